// The `dpo` command run in-process, as a terminal would run it, for the CLI tests: its exit code,
// what it printed and what it said on stderr.
import { join } from 'node:path';
import { runCli } from '../../electron/cli/main';
import { tempDir, testHost } from './temp-workspace';

export const CLI_PASSPHRASE = 'correct horse battery staple';

/** An empty workspace made by the app, closed again: the CLI opens it with the passphrase. */
export async function cliWorkspace(): Promise<string> {
  const dir = join(tempDir(), 'workspace');
  const host = testHost(dir);
  await host.api['workspace.create']({ passphrase: CLI_PASSPHRASE, remember: false });
  host.dispose();
  return dir;
}

/** Runs `dpo ARGV... --data-dir DIR` (no --data-dir when dir is null). */
export async function dpo(dir: string | null, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli([...argv, ...(dir ? ['--data-dir', dir] : [])], {
    stdout: (s) => { out += s; },
    stderr: (s) => { err += `${s}\n`; },
    env: { DPO_PASSPHRASE: CLI_PASSPHRASE, DPO_NO_PROGRESS: '1' },
    prompt: async () => null,
  });
  return { code, out, err };
}
