import { HostError } from '../../shared/contract/define';

/** Exit codes: 1 something failed, 2 the command was not right, 3 the passphrase was not right. */
export const EXIT = { ok: 0, failed: 1, usage: 2, passphrase: 3 } as const;

export class CliError extends Error {
  constructor(readonly exitCode: number, message: string) {
    super(message);
  }
}

export const usageError = (message: string) => new CliError(EXIT.usage, message);

export function exitCodeFor(err: unknown): number {
  if (err instanceof CliError) return err.exitCode;
  if (err instanceof HostError) {
    if (err.code === 'wrong-passphrase') return EXIT.passphrase;
    if (err.code === 'invalid-input' || err.code === 'missing-fields') return EXIT.usage;
  }
  return EXIT.failed;
}
