// The launcher behind `dpo` and the project's scripts: which V8 flags a command starts with, and
// that it starts with them exactly once (V8 aborts if its garbage collector is changed while running).
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { v8FlagsFor } from '../bin/node-runtime.mjs';

const ROOT = join(import.meta.dirname, '..');
const NODE22 = join(ROOT, 'node_modules', '.bin', 'node');

/** What a process started by bin/run-ts.mjs says about itself. */
function startedWith(env: Record<string, string>, nodeArgs: string[] = []): { execArgv: string[]; napi: number } {
  const run = spawnSync(NODE22, [...nodeArgs, join(ROOT, 'bin', 'run-ts.mjs'), 'test/fixtures/runtime/print-runtime.ts'], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout.trim());
}

describe('the V8 flags a dpo command runs with', () => {
  it('on two cores or fewer, garbage is collected on the thread that allocates, and code is optimised sooner and inlines less, so a large import keeps both cores', () => {
    const twoCores = ['--single-threaded-gc', '--max-inlined-bytecode-size-cumulative=120', '--invocation-count-for-turbofan=250'];
    expect(v8FlagsFor(1, {})).toEqual(twoCores);
    expect(v8FlagsFor(2, {})).toEqual(twoCores);
  });

  it('on more cores, V8 keeps its own helper threads', () => {
    expect(v8FlagsFor(4, {})).toEqual([]);
  });

  it('DPO_NODE_V8_FLAGS replaces the choice, and an empty value means V8 as it comes', () => {
    expect(v8FlagsFor(2, { DPO_NODE_V8_FLAGS: '' })).toEqual([]);
    expect(v8FlagsFor(8, { DPO_NODE_V8_FLAGS: ' --single-threaded-gc  --stack-trace-limit=30 ' })).toEqual(['--single-threaded-gc', '--stack-trace-limit=30']);
  });

  it('a command is restarted once with the flags it lacks, keeping the ones it was started with', () => {
    const started = startedWith({ DPO_NODE_V8_FLAGS: '--stack-trace-limit=30' }, ['--max-old-space-size=2048']);
    expect(started.execArgv).toEqual(['--max-old-space-size=2048', '--stack-trace-limit=30']);
    expect(started.napi).toBeGreaterThanOrEqual(10);
  });

  it('a command already started with its flags, or asked for none, runs as it is', () => {
    expect(startedWith({ DPO_NODE_V8_FLAGS: '--stack-trace-limit=30' }, ['--stack-trace-limit=30']).execArgv).toEqual(['--stack-trace-limit=30']);
    expect(startedWith({ DPO_NODE_V8_FLAGS: '' }).execArgv).toEqual([]);
  });

  it('stopping a restarted command stops the process doing the work, not only the launcher', async () => {
    const launcher = spawn(NODE22, [join(ROOT, 'bin', 'run-ts.mjs'), 'test/fixtures/runtime/wait.ts'], { env: { ...process.env, DPO_NODE_V8_FLAGS: '--stack-trace-limit=30' }, stdio: ['ignore', 'pipe', 'inherit'] });
    const [line] = (await once(launcher.stdout, 'data')) as [Buffer];
    const { pid } = JSON.parse(line.toString()) as { pid: number };
    expect(pid).not.toBe(launcher.pid);
    launcher.kill('SIGTERM');
    const [code, signal] = await once(launcher, 'exit');
    expect([code, signal]).toEqual([null, 'SIGTERM']);
    // The command got the signal too and is gone (kill with 0 only asks whether it exists).
    const gone = async () => { for (let i = 0; i < 100; i++) { try { process.kill(pid, 0); } catch { return true; } await new Promise((r) => setTimeout(r, 50)); } return false; };
    expect(await gone()).toBe(true);
  });
});
