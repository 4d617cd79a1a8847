import type { GlobalFlags } from '../args';
import { parseCommand } from '../args';
import { CliError, EXIT } from '../errors';
import { readPassphrase, type CliIo } from '../io';
import { openHost } from '../session';

export async function initCommand(argv: string[], globals: GlobalFlags, io: CliIo): Promise<number> {
  const { values } = parseCommand(argv, { json: { type: 'boolean' } });
  const host = openHost(globals, io);
  try {
    if (host.workspace.exists()) throw new CliError(EXIT.failed, `A workspace already exists in ${host.workspace.dir}; nothing was changed.`);
    const passphrase = await readPassphrase(io, globals.passphraseFile, 'Choose a passphrase: ');
    if (!globals.passphraseFile && !io.env.DPO_PASSPHRASE) {
      const again = await io.prompt('Type it again: ', { secret: true });
      if (again !== passphrase) throw new CliError(EXIT.usage, 'The two passphrases differ; nothing was created.');
    }
    if (passphrase.length < 8) io.stderr('Warning: a passphrase under 8 characters is easy to guess. Consider changing it in Settings.');
    const { recoveryCode } = await host.api['workspace.create']({ passphrase });
    if (values.json) io.stdout(JSON.stringify({ dataDir: host.workspace.dir, recoveryCode }));
    else {
      io.stdout(`Created an encrypted workspace in ${host.workspace.dir}.`);
      io.stdout(`Recovery code (shown once; keep it somewhere safe, away from this computer):\n\n    ${recoveryCode}\n`);
    }
    return EXIT.ok;
  } finally {
    host.dispose();
  }
}
