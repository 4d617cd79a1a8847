// dpo restore FILE.dpobackup --data-dir NEW [--json]: a backup into a new workspace folder. A folder that
// already holds a workspace is refused (exit 1, untouched); a wrong passphrase exits 3.
import { resolve } from 'node:path';
import type { GlobalFlags } from '../args';
import { parseCommand } from '../args';
import { EXIT, usageError } from '../errors';
import { readPassphrase, type CliIo } from '../io';
import { dataDirOf } from '../session';

export async function restoreCommand(argv: string[], globals: GlobalFlags, io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(argv, { json: { type: 'boolean' } }, true);
  if (positionals.length !== 1) throw usageError('Usage: dpo restore FILE.dpobackup --data-dir NEW_FOLDER [--json]');
  const [{ restoreBackup, holdsWorkspace }, { checkExistingFile }] = await Promise.all([import('../../host/trust/restore'), import('../../host/trust/files')]);
  const dataDir = dataDirOf(globals, io);
  if (holdsWorkspace(dataDir)) {
    io.stderr(`${dataDir} already holds a workspace. Restore into a new, empty folder with --data-dir; nothing was changed.`);
    return EXIT.failed;
  }
  const file = checkExistingFile(resolve(positionals[0]), 'backup');
  const passphrase = await readPassphrase(io, globals.passphraseFile, 'Passphrase of the backed-up workspace: ');
  const result = await restoreBackup(file, dataDir, passphrase);
  if (values.json) io.stdout(JSON.stringify(result));
  else io.stdout(`Restored the backup of ${result.backupCreatedAt} into ${result.dataDir}: ${result.cases} cases, ${result.messages} messages, ${result.letters} letters, ${result.auditEvents} audit events (integrity and audit chain checked).`);
  return EXIT.ok;
}
