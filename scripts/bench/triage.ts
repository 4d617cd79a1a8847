// Triage benchmark: the labelled dev corpus parsed once, then classified round after round. Runs in
// its own process so the first call pays for module load and regex compilation as the app would.
// Goal: triage_ms_per_message ≲ 1 (the import must stay at least half as fast as mailparser alone).
import { spawnSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { median, round } from './util';

const CHILD_FLAG = 'DPO_BENCH_TRIAGE_CHILD';
const ENTRY = 'scripts/bench/triage.ts';
const RUN_TS = join(import.meta.dirname, '..', '..', 'bin', 'run-ts.mjs');
const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'triage-dev');

export function benchTriage(rounds = Number(process.env.DPO_BENCH_TRIAGE_ROUNDS ?? 30)): Record<string, number> {
  const child = spawnSync(process.execPath, [RUN_TS, ENTRY, String(rounds)], { encoding: 'utf8', env: { ...process.env, [CHILD_FLAG]: '1' } });
  if (child.status !== 0) throw new Error(`triage benchmark failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!);
}

async function measure(rounds: number): Promise<Record<string, number>> {
  const { parseMessage } = await import('../../electron/host/mail/parse-message');
  const files = (await readdir(CORPUS)).filter((f) => f.endsWith('.eml')).sort();
  const inputs = [];
  for (const f of files) {
    const m = await parseMessage(await readFile(join(CORPUS, f)));
    inputs.push({ subject: m.subject, text: m.text, html: m.html, from: m.from, to: m.to, headers: m.headers, date: m.date, inReplyTo: m.inReplyTo, references: m.references });
  }
  let t = performance.now();
  const { classifyMessage } = await import('../../shared/triage/classify');
  const loadMs = performance.now() - t;
  t = performance.now();
  classifyMessage(inputs[0]);
  const firstMs = performance.now() - t;
  // The median round: other work on the machine should not move the figure much.
  const perRound: number[] = [];
  for (let r = 0; r < rounds; r++) {
    t = performance.now();
    for (const input of inputs) classifyMessage(input);
    perRound.push(performance.now() - t);
  }
  return {
    triage_messages: inputs.length * rounds,
    triage_ms_per_message: round(median(perRound) / inputs.length, 3),
    triage_load_ms: round(loadMs, 1),
    triage_first_call_ms: round(firstMs, 1),
  };
}

if (process.env[CHILD_FLAG] === '1') console.log(JSON.stringify(await measure(Number(process.argv[2] ?? 30))));
