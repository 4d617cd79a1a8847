// The gate's reports for CI artifacts, written here and synchronously: electronegativity's own
// writer fires its file writes without waiting for them, so a caller could remove the folder (a
// test's temporary one) while a write was still under way.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from './electronegativity-gate';

const WIKI = 'https://github.com/doyensec/electronegativity/wiki/';
const csvCell = (v: string | number | null) => `"${String(v ?? '').replace(/"/g, '""')}"`;

export function writeReports(outDir: string, name: string, findings: readonly Finding[]): void {
  const header = ['check', 'severity', 'confidence', 'file', 'line', 'description', 'reviewed as'];
  const rows = findings.map((f) => [f.check, f.severity, f.confidence, f.file, f.line, f.description, f.waived]);
  writeFileSync(join(outDir, `electronegativity-${name}.csv`), [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n');

  const rules = [...new Map(findings.map((f) => [f.check, { id: f.check, fullDescription: { text: f.description }, helpUri: `${WIKI}${f.check}` }])).values()];
  const results = findings.map((f) => ({
    ruleId: f.check,
    level: f.waived ? 'note' : f.severity === 'HIGH' ? 'error' : 'warning',
    message: { text: f.waived ? `${f.description} (reviewed: ${f.waived})` : f.description },
    locations: [{ physicalLocation: { artifactLocation: { uri: f.file }, region: { startLine: Math.max(1, f.line) } } }],
  }));
  const sarif = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [{ tool: { driver: { name: 'Electronegativity', informationUri: 'https://github.com/doyensec/electronegativity', rules } }, results }] };
  writeFileSync(join(outDir, `electronegativity-${name}.sarif`), JSON.stringify(sarif, null, 2));
}
