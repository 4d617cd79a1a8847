// `npm run bench`: the project's speed figures, measured in one run. `-- --json` ends with one JSON
// object, a key per figure. Ratios (encrypted vs plain, ours vs a baseline) are what to compare
// between machines; absolute times vary.
import { benchImport } from './import';
import { benchStore } from './store';
import { benchTriage } from './triage';
import { benchWorkspace, REVIEW_GOALS_MS } from './workspace';

const json = process.argv.includes('--json');
const figures: Record<string, number | string> = {};

function section(name: string, run: () => Record<string, number | string>) {
  const started = Date.now();
  const result = run();
  Object.assign(figures, result);
  if (!json) {
    console.log(`\n${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    for (const [k, v] of Object.entries(result)) console.log(`  ${k.padEnd(34)} ${v}`);
  }
}

section('Encrypted store: 100k cases inserted and queried, encrypted vs plain SQLite', () => benchStore());
section('Triage: the labelled dev corpus classified round after round (ms per message, first call)', () => benchTriage());
section('Mail import: a generated 10k-message mbox, and one of real-sized messages, into an encrypted workspace, vs mailparser alone', () => benchImport());
section('Case review: 100k cases and 1M messages; dashboard, overdue page, full-text search (median ms)', () => benchWorkspace());

if (json) console.log(JSON.stringify(figures));
else {
  console.log('\nGoals: store_insert_ratio and store_query_ratio ≤ 1.25; import_vs_mailparser_ratio ≥ 0.5 (fastest run of each side).');
  console.log(`       review_dashboard_ms < ${REVIEW_GOALS_MS.dashboard}, review_overdue_page_ms < ${REVIEW_GOALS_MS.overduePage}, review_search_ms < ${REVIEW_GOALS_MS.search}.`);
}
