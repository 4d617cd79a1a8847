import type { GlobalFlags } from '../args';
import { parseCommand } from '../args';
import { EXIT, usageError } from '../errors';
import type { CliIo } from '../io';
import { openUnlocked } from '../session';

export async function auditCommand(argv: string[], globals: GlobalFlags, io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(argv, { json: { type: 'boolean' } }, true);
  if (positionals[0] !== 'verify') throw usageError('Usage: dpo audit verify [--json]');
  const host = await openUnlocked(globals, io);
  try {
    const result = await host.api['audit.verify']({});
    if (values.json) io.stdout(JSON.stringify(result));
    else (result.ok ? io.stdout : io.stderr)(result.message);
    return result.ok ? EXIT.ok : EXIT.failed;
  } finally {
    host.dispose();
  }
}
