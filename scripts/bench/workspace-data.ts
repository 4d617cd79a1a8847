// A generated workspace for the review benchmark: 100k cases and 1M messages written with batched
// INSERTs in large transactions (the per-case API would spend minutes computing deadlines that the
// queries under test only read back as due_at). Names and words are drawn from small lists, with
// letters such as ł and ø, so the search index holds realistic tokens.
import type { Db } from '../../electron/host/store/database';
import { migrate } from '../../electron/host/store/migrations';

const FIRST = ['Alice', 'Bruno', 'Chloé', 'Dorota', 'Emil', 'Fatima', 'Göran', 'Hana', 'Ivo', 'Jana', 'Kai', 'Léa', 'Marek', 'Nora', 'Oskar', 'Paweł', 'Quentin', 'Rosa', 'Søren', 'Tomás'];
const LAST = ['Kowalczyk', 'Müller', 'Dvořák', 'Łukasiewicz', 'Ødegaard', 'Smith', 'Rossi', 'García', 'Nowak', 'Janssen', 'Dupont', 'Weiß', 'Novák', 'Horvat', 'Silva', 'Berg', 'Costa', 'Fischer', 'Moreau', 'Lindqvist'];
const WORDS = ['please', 'delete', 'my', 'data', 'access', 'request', 'account', 'copy', 'personal', 'information', 'newsletter', 'order', 'invoice', 'consent', 'marketing', 'unsubscribe', 'portability', 'export', 'correct', 'address', 'phone', 'records', 'thank', 'you', 'regards', 'urgent', 'reminder', 'complaint', 'authority', 'reply'];
const TYPES = ['access', 'erasure', 'rectification', 'objection', 'portability', 'complaint'];
const REGIMES = ['gdpr', 'uk-gdpr', 'ccpa', 'dpf'];

/** A small deterministic generator, so the encrypted and plain workspaces can be compared fairly. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const day = (base: number, offset: number) => new Date(base + offset * 86_400_000).toISOString().slice(0, 10);

export interface GeneratedCounts { cases: number; messages: number }

/** Fill a freshly opened database: `cases` cases with `messagesPerCase` messages each, and `pendingMessages` untriaged ones. */
export function generateWorkspace(db: Db, cases: number, messagesPerCase: number, pendingMessages: number): GeneratedCounts {
  migrate(db);
  const rand = rng(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const base = Date.parse('2024-01-01T00:00:00Z');
  const now = '2026-06-01T00:00:00.000Z';
  // Many rows per statement: FTS5 flushes its pending index data at the end of every statement
  // that fires a trigger, so one row per statement would write a tiny index segment per row.
  // Rows are held per table and written parents first (a case's index entry reads its requester).
  const party = batchInsert(db, 'INSERT INTO parties (id, name, email, role, created_at) VALUES', 5);
  const caseInsert = batchInsert(db, `INSERT INTO cases (id, ref, kind, request_types_json, regimes_json, regime, jurisdiction, status, received_at, time_zone, channel,
    requester_id, subject, escalation_stage, due_at, outcome, closed_at, created_at, updated_at) VALUES`, 19, party);
  const message = batchInsert(db, `INSERT INTO messages (case_id, direction, sha256, raw, subject, from_name, from_email, received_at, text_body, triage_status, created_at) VALUES`, 11, caseInsert);
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  let messageCount = 0;
  const raw = Buffer.from('From: a@example.org\r\n\r\nbody');
  const sha = () => (++messageCount).toString(16).padStart(64, '0');

  const batch = 10_000;
  for (let start = 1; start <= cases; start += batch) {
    db.transaction(() => {
      for (let id = start; id < Math.min(start + batch, cases + 1); id++) {
        const name = `${pick(FIRST)} ${pick(LAST)}`;
        const email = `${name.toLowerCase().normalize('NFD').replace(/[^a-z ]/g, '').replace(' ', '.')}${id}@example.org`;
        party.add(id, name, email, 'requester', now);
        const receivedDay = Math.floor(rand() * 900);
        const r = rand();
        const status = r < 0.6 ? 'closed' : r < 0.85 ? 'open' : r < 0.93 ? 'waiting-requester' : 'escalated';
        const type = pick(TYPES);
        const regime = pick(REGIMES);
        const due = day(base, receivedDay + 30);
        const closed = status === 'closed' ? day(base, receivedDay + 5 + Math.floor(rand() * 40)) : null;
        const outcome = closed ? pick(['complied', 'complied', 'partly-complied', 'refused', 'withdrawn']) : null;
        const stage = status === 'escalated' ? pick(['recourse-body', 'dpa']) : 'organisation';
        caseInsert.add(id, `DPO-${2024 + Math.floor(receivedDay / 365)}-${String(id).padStart(6, '0')}`, type === 'complaint' ? 'complaint' : 'request',
          JSON.stringify([type]), JSON.stringify([regime]), regime, 'eu', status, `${day(base, receivedDay)}T09:00:00.000Z`, 'Europe/Berlin', 'email', id, `${type} request: ${sentence(3)}`,
          stage, due, outcome, closed, now, now);
        for (let k = 0; k < messagesPerCase; k++) {
          const inbound = k % 2 === 0;
          message.add(id, inbound ? 'in' : 'out', sha(), raw, `Re: ${type} ${sentence(2)}`, inbound ? name : 'Privacy Team', inbound ? email : 'privacy@example.com',
            `${day(base, receivedDay + k)}T10:00:00.000Z`, sentence(20), 'done', now);
        }
      }
      message.flush();
    })();
  }
  db.transaction(() => {
    for (let i = 0; i < pendingMessages; i++) {
      message.add(null, 'in', sha(), raw, `New request ${sentence(2)}`, 'Someone', 'someone@example.net', `${day(base, 900)}T10:00:00.000Z`, sentence(20), 'pending', now);
    }
    message.flush();
  })();
  return { cases, messages: messageCount };
}

const ROWS_PER_STATEMENT = 100;

interface Batch { add(...values: unknown[]): void; flush(): void }

/** Collects rows and writes them ROWS_PER_STATEMENT at a time on flush, after the rows of `parent`. */
function batchInsert(db: Db, head: string, columns: number, parent?: Batch): Batch {
  const row = `(${Array(columns).fill('?').join(', ')})`;
  const statements = new Map<number, ReturnType<Db['prepare']>>();
  const statementFor = (rows: number) => {
    let s = statements.get(rows);
    if (!s) statements.set(rows, (s = db.prepare(`${head} ${Array(rows).fill(row).join(', ')}`)));
    return s;
  };
  let pending: unknown[] = [];
  return {
    add(...values: unknown[]) {
      for (const v of values) pending.push(v);
    },
    flush() {
      parent?.flush();
      const step = columns * ROWS_PER_STATEMENT;
      for (let i = 0; i < pending.length; i += step) {
        const chunk = pending.slice(i, i + step);
        statementFor(chunk.length / columns).run(chunk);
      }
      pending = [];
    },
  };
}
