// Starting the crash worker as a real child process and killing it with SIGKILL after a delay.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

export interface KillAt {
  /** Acknowledgements to wait for first (0: count from READY). Makes the moment independent of machine speed. */
  afterAcks: number;
  delayMs: number;
}
export interface KilledRun { acks: string[]; done: boolean; killed: boolean; stderr: string; at: KillAt }

/** Runs the worker and kills it with SIGKILL `delayMs` after READY or after the given acknowledgement. */
export function runAndKill(args: string[], env: Record<string, string>, at: KillAt): Promise<KilledRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(ROOT, 'node_modules', '.bin', 'node'), ['--import', 'tsx', join(ROOT, 'test', 'crash', 'worker.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, TSX_TSCONFIG_PATH: join(ROOT, 'tsconfig.run.json'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: string[] = [];
    let killed = false;
    let done = false;
        let buffer = '';
    let stderr = '';
    const timeout = setTimeout(() => child.kill('SIGKILL'), 120_000);
    const arm = () => setTimeout(() => { killed = child.kill('SIGKILL'); }, at.delayMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line === 'READY' && at.afterAcks === 0) arm();
        else if (line === 'DONE') done = true;
        else if (line.startsWith('ACK ') && acks.push(line.slice(4)) === at.afterAcks) arm();
      }
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    // 'close' waits for stdout to drain: every acknowledgement written before the kill is counted.
    child.on('close', (code, signal) => {
      clearTimeout(timeout);
      if (code !== 0 && signal !== 'SIGKILL') reject(new Error(`worker exited with ${code}: ${stderr}`));
      else resolve({ acks, done, killed: signal === 'SIGKILL', stderr, at });
    });
  });
}

/** A seeded sequence of kill moments, so a failing run can be repeated. */
export function killMoments(seed: number, count: number, maxAcks: number, maxDelayMs: number): KillAt[] {
  let s = seed >>> 0;
  const next = () => (s = (s * 1664525 + 1013904223) >>> 0);
  return Array.from({ length: count }, () => ({ afterAcks: next() % (maxAcks + 1), delayMs: next() % maxDelayMs }));
}
