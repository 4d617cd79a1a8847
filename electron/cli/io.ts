// Where the CLI writes, and how it asks for a passphrase without echoing it.
import { readFileSync } from 'node:fs';
import { CliError, EXIT } from './errors';

export interface CliIo {
  stdout(s: string): void;
  stderr(s: string): void;
  env: NodeJS.ProcessEnv;
  /** Asks on the terminal; null when there is no terminal to ask on. */
  prompt(question: string, opts?: { secret?: boolean }): Promise<string | null>;
}

export function processIo(): CliIo {
  return {
    stdout: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
    stderr: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
    env: process.env,
    prompt: (question, opts) => (process.stdin.isTTY ? askTerminal(question, opts?.secret ?? false) : Promise.resolve(null)),
  };
}

function askTerminal(question: string, secret: boolean): Promise<string> {
  return new Promise((resolve) => {
    const stdin = process.stdin;
    process.stderr.write(question);
    let answer = '';
    stdin.setRawMode?.(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          stdin.setRawMode?.(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stderr.write('\n');
          resolve(answer);
          return;
        }
        if (ch === '\u0003') process.exit(130);
        if (ch === '\u007f') answer = answer.slice(0, -1);
        else {
          answer += ch;
          if (!secret) process.stderr.write(ch);
        }
      }
    };
    stdin.on('data', onData);
  });
}

/** The passphrase from --passphrase-file, DPO_PASSPHRASE, or a prompt on the terminal. */
export async function readPassphrase(io: CliIo, passphraseFile: string | undefined, question = 'Passphrase: '): Promise<string> {
  if (passphraseFile) {
    try {
      return readFileSync(passphraseFile, 'utf8').replace(/\r?\n$/, '');
    } catch {
      throw new CliError(EXIT.usage, `Could not read the passphrase file ${passphraseFile}.`);
    }
  }
  if (io.env.DPO_PASSPHRASE) return io.env.DPO_PASSPHRASE;
  const answer = await io.prompt(question, { secret: true });
  if (answer === null) throw new CliError(EXIT.passphrase, 'No passphrase given: set DPO_PASSPHRASE, use --passphrase-file FILE, or run in a terminal to be asked.');
  return answer;
}
