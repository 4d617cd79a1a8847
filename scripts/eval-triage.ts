// npm run eval:triage [-- --json] [--dir PATH] [--set dev|own|written|generators|all]
// Classifies the labelled corpus (../shared/corpus/triage-dev by default), our own held-out
// fixtures and the mail written for us by people who had not seen the classifier
// (test/fixtures/triage-written), and letters rendered from public request generators
// (test/fixtures/triage-generators), and prints confusion tables, per-class precision/recall and accuracies.
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMessage } from '../electron/host/mail/parse-message';
import { triageInput } from '../electron/host/mail/triage-input';
import { classifyMessage } from '../shared/triage/classify';
import { HELDOUT } from '../shared/triage/fixtures/heldout';
import type { Triage } from '../shared/triage/types';

interface Label { file: string; request_type: string; jurisdiction: string; language: string; subject_has_privacy_policy: boolean }
interface Row { file: string; label: Label; triage: Triage }

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function classifyRaw(raw: Buffer) {
  const m = await parseMessage(raw);
  return classifyMessage(await triageInput(m));
}

async function loadDev(dir: string): Promise<Row[]> {
  const labels: Label[] = JSON.parse(await readFile(join(dir, 'labels.json'), 'utf8'));
  const byFile = new Map(labels.map((l) => [l.file, l]));
  const files = (await readdir(dir)).filter((f) => f.endsWith('.eml')).sort();
  const rows: Row[] = [];
  for (const f of files) {
    const label = byFile.get(f);
    if (!label) continue;
    rows.push({ file: f, label, triage: await classifyRaw(await readFile(join(dir, f))) });
  }
  return rows;
}

/** Sets of labelled mail, each written by someone who had not seen the classifier. */
const WRITTEN = join(repo, 'test', 'fixtures', 'triage-written');
/** Letters rendered from public request generators' templates (test/fixtures/triage-generators/README.md). */
const GENERATORS = join(repo, 'test', 'fixtures', 'triage-generators');

/** Every labelled folder under `root`, each message named by its folder. */
async function loadSets(root: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const set of (await readdir(root, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort()) rows.push(...(await loadDev(join(root, set))).map((r) => ({ ...r, file: `${set}/${r.file}` })));
  return rows;
}

async function loadOwn(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const h of HELDOUT) rows.push({ file: h.id, label: { file: h.id, ...h.label }, triage: await classifyRaw(Buffer.from(h.eml, 'utf8')) });
  return rows;
}

interface ClassStats { support: number; predicted: number; correct: number; precision: number | null; recall: number | null }

function evaluate(rows: Row[], actual: (r: Row) => string, predicted: (r: Row) => string) {
  const classes = [...new Set(rows.flatMap((r) => [actual(r), predicted(r)]))].sort();
  const confusion: Record<string, Record<string, number>> = {};
  for (const a of classes) confusion[a] = Object.fromEntries(classes.map((p) => [p, 0]));
  for (const r of rows) confusion[actual(r)][predicted(r)]++;
  const perClass: Record<string, ClassStats> = {};
  for (const c of classes) {
    const support = rows.filter((r) => actual(r) === c).length;
    const pred = rows.filter((r) => predicted(r) === c).length;
    const correct = confusion[c][c];
    perClass[c] = { support, predicted: pred, correct, precision: pred ? correct / pred : null, recall: support ? correct / support : null };
  }
  const accuracy = rows.length ? rows.filter((r) => actual(r) === predicted(r)).length / rows.length : 0;
  return { classes, confusion, perClass, accuracy };
}

function pct(x: number | null): string { return x === null ? '   - ' : `${(x * 100).toFixed(0).padStart(4)}%`; }

function printEval(title: string, e: ReturnType<typeof evaluate>): void {
  console.log(`\n${title}: accuracy ${(e.accuracy * 100).toFixed(1)}%`);
  const w = Math.max(...e.classes.map((c) => c.length), 8);
  const abbrev = (c: string) => c.slice(0, 6).padStart(6);
  console.log(`${'actual \\ predicted'.padEnd(w)} ${e.classes.map(abbrev).join(' ')}`);
  for (const a of e.classes) {
    console.log(`${a.padEnd(w)} ${e.classes.map((p) => String(e.confusion[a][p] || '.').padStart(6)).join(' ')}`);
  }
  console.log(`${'class'.padEnd(w)}  support  precision  recall`);
  for (const c of e.classes) {
    const s = e.perClass[c];
    console.log(`${c.padEnd(w)}  ${String(s.support).padStart(7)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}`);
  }
}

function summarise(rows: Row[]) {
  const type = evaluate(rows, (r) => r.label.request_type, (r) => r.triage.requestType);
  const jurisdiction = evaluate(rows, (r) => r.label.jurisdiction, (r) => r.triage.jurisdiction);
  const language = rows.filter((r) => r.label.language === r.triage.language).length / (rows.length || 1);
  const flag = rows.filter((r) => r.label.subject_has_privacy_policy === r.triage.subjectHasPrivacyPolicy).length / (rows.length || 1);
  const errors = rows.filter((r) => r.label.request_type !== r.triage.requestType || r.label.jurisdiction !== r.triage.jurisdiction || r.label.language !== r.triage.language)
    .map((r) => ({ file: r.file, expected: `${r.label.request_type}/${r.label.jurisdiction}/${r.label.language}`, got: `${r.triage.requestType}/${r.triage.jurisdiction}/${r.triage.language}`, why: r.triage.explanation.slice(0, 3) }));
  return { messages: rows.length, type, jurisdiction, languageAccuracy: language, privacyPolicyFlagAccuracy: flag, errors };
}

async function main(): Promise<void> {
  const dir = resolve(arg('--dir') ?? join(repo, '..', 'shared', 'corpus', 'triage-dev'));
  const set = arg('--set') ?? 'all';
  const out: Record<string, ReturnType<typeof summarise>> = {};
  if (set === 'dev' || set === 'all') out.dev = summarise(await loadDev(dir));
  if (set === 'own' || set === 'all') out.own = summarise(await loadOwn());
  if (set === 'written' || set === 'all') out.written = summarise(await loadSets(WRITTEN));
  if (set === 'generators' || set === 'all') out.generators = summarise(await loadSets(GENERATORS));
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(Object.fromEntries(Object.entries(out).map(([k, s]) => [k, {
      messages: s.messages, requestTypeAccuracy: s.type.accuracy, jurisdictionAccuracy: s.jurisdiction.accuracy,
      languageAccuracy: s.languageAccuracy, privacyPolicyFlagAccuracy: s.privacyPolicyFlagAccuracy,
      requestType: { confusion: s.type.confusion, perClass: s.type.perClass },
      jurisdiction: { confusion: s.jurisdiction.confusion, perClass: s.jurisdiction.perClass }, errors: s.errors,
    }])), null, 2));
    return;
  }
  for (const [name, s] of Object.entries(out)) {
    const title = { dev: `labelled corpus ${dir}`, own: 'own held-out fixtures (shared/triage/fixtures)', written: 'mail written by others (test/fixtures/triage-written)', generators: "public request generators' letters (test/fixtures/triage-generators)" }[name];
    console.log(`\n=== ${title}: ${s.messages} messages ===`);
    printEval('Request type', s.type);
    printEval('Jurisdiction', s.jurisdiction);
    console.log(`\nLanguage accuracy ${(s.languageAccuracy * 100).toFixed(1)}%   PRIVACY POLICY flag accuracy ${(s.privacyPolicyFlagAccuracy * 100).toFixed(1)}%`);
    if (s.errors.length) {
      console.log('\nMisclassified:');
      for (const e of s.errors) console.log(`  ${e.file}: expected ${e.expected}, got ${e.got}\n      ${e.why.join('\n      ')}`);
    }
    console.log(`\nSUMMARY ${name}: request type ${(s.type.accuracy * 100).toFixed(1)}%, jurisdiction ${(s.jurisdiction.accuracy * 100).toFixed(1)}%, language ${(s.languageAccuracy * 100).toFixed(1)}%, flag ${(s.privacyPolicyFlagAccuracy * 100).toFixed(1)}%`);
  }
}

await main();
