// The whole triage output (every field of every suggestion and its explanation) for the labelled
// corpus, the held-out fixtures and a generated mailbox, as one JSON file. For making the
// classifier faster without changing what it says: write a snapshot before, one after, and compare
// the files byte for byte (`cmp before.json after.json`).
//   node bin/run-ts.mjs scripts/triage-snapshot.ts OUT.json [GENERATED_MESSAGES=3000]
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMessage } from '../electron/host/mail/parse-message';
import { triageInput } from '../electron/host/mail/triage-input';
import { splitMbox } from '../electron/host/mail/mbox-splitter';
import { classifyMessage } from '../shared/triage/classify';
import { HELDOUT } from '../shared/triage/fixtures/heldout';
import { writeBenchMbox } from './bench/import-mbox';

const [out, generated = '3000'] = process.argv.slice(2);
if (!out) {
  console.error('usage: triage-snapshot.ts OUT.json [GENERATED_MESSAGES]');
  process.exit(2);
}
const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus');

const raws: Buffer[] = [];
for (const dir of (await readdir(CORPUS, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => join(CORPUS, d.name)).sort()) {
  for (const f of (await readdir(dir)).filter((f) => f.endsWith('.eml')).sort()) raws.push(await readFile(join(dir, f)));
}
for (const h of HELDOUT) raws.push(Buffer.from(h.eml));
const dir = await mkdtemp(join(tmpdir(), 'dpo-snapshot-'));
try {
  const mbox = join(dir, 'generated.mbox');
  await writeBenchMbox(mbox, Number(generated));
  for await (const m of splitMbox(mbox)) raws.push(m.raw);
} finally {
  await rm(dir, { recursive: true, force: true });
}

const started = performance.now();
const triage: unknown[] = [];
for (const raw of raws) {
  const m = await parseMessage(raw);
  triage.push(classifyMessage(await triageInput(m)));
}
console.error(`${raws.length} messages parsed and classified in ${(performance.now() - started).toFixed(0)} ms`);
await writeFile(out, JSON.stringify(triage, (_k, v) => (v instanceof Set ? [...v] : v), 1));
