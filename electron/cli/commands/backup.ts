// dpo backup [FILE.dpobackup] [--json]: an encrypted snapshot while the workspace may be in use.
// Without FILE it goes to the workspace's backups folder, keeping the last N like the app's schedule.
import { resolve } from 'node:path';
import type { GlobalFlags } from '../args';
import { parseCommand } from '../args';
import { EXIT, usageError } from '../errors';
import type { CliIo } from '../io';
import { openUnlocked } from '../session';

export async function backupCommand(argv: string[], globals: GlobalFlags, io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(argv, { json: { type: 'boolean' } }, true);
  if (positionals.length > 1) throw usageError('Usage: dpo backup [FILE.dpobackup] [--json]');
  const host = await openUnlocked(globals, io);
  try {
    const result = await host.api['backup.create'](positionals[0] ? { path: resolve(positionals[0]) } : {});
    if (values.json) io.stdout(JSON.stringify(result));
    else {
      io.stdout(`Backup written to ${result.path} (${result.bytes} bytes, SHA-256 ${result.sha256}). It is encrypted; restoring it needs the workspace passphrase.`);
      for (const old of result.removed) io.stdout(`Removed an older automatic backup: ${old}`);
    }
    return EXIT.ok;
  } finally {
    host.dispose();
  }
}
