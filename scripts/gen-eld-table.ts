// Writes shared/triage/eld-medium-table.ts from the installed eld. Run it after upgrading eld:
// scripts/eld-table.test.ts fails until the file matches the package again.
import { writeFileSync } from 'node:fs';
import { ELD_TABLE_FILE, eldTableModule } from './eld-source';

writeFileSync(ELD_TABLE_FILE, await eldTableModule());
console.log(`wrote ${ELD_TABLE_FILE}`);
