// The case workspace at scale: 100k cases and 1M messages, the dashboard counts, the first page of
// the overdue list and a full-text search, each a median over repeated runs, in an encrypted
// workspace and in a plain copy of the same file. The data is written once into the plain file and
// the copy is then encrypted in place (PRAGMA rekey), so both hold exactly the same rows.
import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { copyFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listCases } from '../../electron/host/cases/repo';
import { dashboardCounts } from '../../electron/host/review/dashboard';
import { openEncrypted, openPlain, type Db } from '../../electron/host/store/database';
import { dueForDeletion } from '../../electron/host/trust/retention';
import { medianOf, round, time, withTempDir } from './util';
import { generateWorkspace } from './workspace-data';

const AS_OF = '2025-06-01';
const RUNS = 20;
const SEARCH = 'paweł łukasiewicz'; // a requester's name: two words to intersect, and ł to fold

export const REVIEW_GOALS_MS = { dashboard: 50, overduePage: 50, search: 100 };

function encryptCopy(plainFile: string, file: string, key: Buffer): number {
  copyFileSync(plainFile, file);
  return time(() => {
    const db = new Database(file);
    db.pragma('journal_mode = DELETE'); // rekey rewrites every page and cannot run in WAL mode
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`rekey="x'${key.toString('hex')}'"`);
    db.close();
  }).ms;
}

function measure(db: Db): { dashboard: number; overduePage: number; search: number; retention: number; overdueTotal: number; searchTotal: number } {
  const page = { sort: 'due' as const, limit: 50, offset: 0 };
  // One untimed pass first: the figures are for a workspace in use, not the first query after unlock.
  const overdue = listCases(db, { ...page, overdue: true }, AS_OF);
  const found = listCases(db, { ...page, search: SEARCH }, AS_OF);
  dashboardCounts(db, AS_OF);
  return {
    dashboard: medianOf(RUNS, () => dashboardCounts(db, AS_OF)),
    overduePage: medianOf(RUNS, () => listCases(db, { ...page, overdue: true }, AS_OF)),
    search: medianOf(RUNS, () => listCases(db, { ...page, search: SEARCH }, AS_OF)),
    // The retention screen's list: every closed case and the day its retention ends (60k here).
    retention: medianOf(5, () => dueForDeletion(db, AS_OF)),
    overdueTotal: overdue.total,
    searchTotal: found.total,
  };
}

export function benchWorkspace(cases = 100_000, messagesPerCase = 10): Record<string, number> {
  return withTempDir((dir) => {
    const plainFile = join(dir, 'plain.db');
    const generate = time(() => {
      const db = openPlain(plainFile);
      // Generation only: no journal and no syncing. The queries run with the app's own settings.
      db.pragma('journal_mode = OFF');
      db.pragma('synchronous = OFF');
      try {
        return generateWorkspace(db, cases, messagesPerCase, cases / 5);
      } finally {
        db.close();
      }
    });
    const key = randomBytes(32);
    const encryptMs = encryptCopy(plainFile, join(dir, 'encrypted.db'), key);
    const encrypted = openEncrypted(join(dir, 'encrypted.db'), key);
    const plain = openPlain(plainFile);
    try {
      const e = measure(encrypted);
      const p = measure(plain);
      return {
        review_cases: generate.value.cases,
        review_messages: generate.value.messages,
        review_file_mb: round(statSync(join(dir, 'encrypted.db')).size / 2 ** 20, 0),
        review_generate_s: round(generate.ms / 1000, 1),
        review_encrypt_copy_s: round(encryptMs / 1000, 1),
        review_overdue_total: e.overdueTotal,
        review_search_hits: e.searchTotal,
        review_dashboard_ms: round(e.dashboard),
        review_overdue_page_ms: round(e.overduePage),
        review_search_ms: round(e.search),
        review_retention_preview_ms: round(e.retention),
        review_dashboard_plain_ms: round(p.dashboard),
        review_overdue_page_plain_ms: round(p.overduePage),
        review_search_plain_ms: round(p.search),
        review_dashboard_ratio: round(e.dashboard / p.dashboard),
        review_overdue_page_ratio: round(e.overduePage / p.overduePage),
        review_search_ratio: round(e.search / p.search),
      };
    } finally {
      encrypted.close();
      plain.close();
    }
  });
}
