// dpo case export REF --out FILE.zip [--json] and dpo verify-export FILE.zip [--json].
// verify-export needs no workspace: anyone holding the bundle can check it. Exit 0 intact, 1 tampered, 2 usage.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GlobalFlags } from '../args';
import { parseCommand } from '../args';
import { EXIT, usageError } from '../errors';
import type { CliIo } from '../io';
import { openUnlocked } from '../session';

export async function caseExportCommand(argv: string[], globals: GlobalFlags, io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(argv, { out: { type: 'string' }, json: { type: 'boolean' } }, true);
  if (positionals.length !== 1 || !values.out) throw usageError('Usage: dpo case export REF --out FILE.zip [--json]');
  const host = await openUnlocked(globals, io);
  try {
    const result = await host.api['evidence.export']({ ref: positionals[0], out: resolve(values.out) });
    if (values.json) io.stdout(JSON.stringify(result));
    else io.stdout(`Evidence bundle for ${positionals[0].toUpperCase()} written to ${result.path}: ${result.files} files, manifest SHA-256 ${result.manifestSha256}.`);
    return EXIT.ok;
  } finally {
    host.dispose();
  }
}

export async function verifyExportCommand(argv: string[], _globals: GlobalFlags, io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(argv, { json: { type: 'boolean' } }, true);
  if (positionals.length !== 1) throw usageError('Usage: dpo verify-export FILE.zip [--json]');
  const file = resolve(positionals[0]);
  if (!existsSync(file)) throw usageError(`There is no file ${file}.`);
  const { verifyEvidenceBundle } = await import('../../host/trust/verify-bundle');
  const result = await verifyEvidenceBundle(file);
  if (values.json) io.stdout(JSON.stringify(result));
  else if (result.ok) io.stdout(`The bundle for ${result.ref} is intact: ${result.files} files match the manifest, ${result.auditEvents} audit events verify and link to the log's head.`);
  else io.stderr(`The bundle${result.ref ? ` for ${result.ref}` : ''} has been changed or is damaged:\n${result.problems.map((p) => `  - ${p}`).join('\n')}`);
  return result.ok ? EXIT.ok : EXIT.failed;
}
