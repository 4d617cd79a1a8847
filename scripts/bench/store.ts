// 100k cases inserted and queried, in an encrypted workspace and in a plain SQLite file with the same
// schema and settings. The figure that matters is the ratio, measured in one run on one machine:
// the two databases are filled and queried in alternating slices, so a busy moment of the machine
// falls on both alike.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createCase, listCases } from '../../electron/host/cases/repo';
import { openEncrypted, openPlain, type Db } from '../../electron/host/store/database';
import { migrate } from '../../electron/host/store/migrations';
import type { RequestType } from '../../shared/domain/ids';
import { round, time, withTempDir } from './util';

const TYPES: RequestType[] = ['access', 'erasure', 'rectification', 'objection', 'portability', 'complaint'];
const SLICES = 10;

function insertSlice(db: Db, from: number, to: number): number {
  const now = new Date('2026-06-01T00:00:00Z');
  return time(() =>
    db.transaction(() => {
      for (let i = from; i < to; i++) {
        const day = String(1 + (i % 28)).padStart(2, '0');
        const month = String(1 + (i % 12)).padStart(2, '0');
        createCase(db, {
          requestTypes: [TYPES[i % TYPES.length]],
          regimes: ['gdpr'],
          receivedLocal: `2025-${month}-${day}T10:00`,
          timeZone: 'Europe/Berlin',
          requester: { name: `Requester ${i}`, email: `requester${i}@example.org` },
          subject: `Request number ${i}`,
          channel: 'email',
        }, { now, defaultTimeZone: 'Europe/Berlin' });
      }
    })(),
  ).ms;
}

function queryOnce(db: Db): number {
  const query = { sort: 'due' as const, limit: 50, offset: 0 };
  return time(() => {
    listCases(db, { ...query, overdue: true }, '2025-07-01');
    listCases(db, { ...query, dueWithinDays: 7 }, '2025-07-01');
    listCases(db, { ...query, search: 'requester4242' }, '2025-07-01');
  }).ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

export function benchStore(count = 100_000): Record<string, number> {
  return withTempDir((dir) => {
    const encrypted = openEncrypted(join(dir, 'encrypted.db'), randomBytes(32));
    const plain = openPlain(join(dir, 'plain.db'));
    try {
      migrate(encrypted);
      migrate(plain);
      const insert = { encrypted: 0, plain: 0 };
      const step = Math.ceil(count / SLICES);
      for (let from = 0; from < count; from += step) {
        const to = Math.min(count, from + step);
        insert.encrypted += insertSlice(encrypted, from, to);
        insert.plain += insertSlice(plain, from, to);
      }
      const queries = { encrypted: [] as number[], plain: [] as number[] };
      for (let i = 0; i < 15; i++) {
        queries.encrypted.push(queryOnce(encrypted));
        queries.plain.push(queryOnce(plain));
      }
      const q = { encrypted: median(queries.encrypted), plain: median(queries.plain) };
      return {
        store_cases: count,
        store_insert_encrypted_ms: round(insert.encrypted),
        store_insert_plain_ms: round(insert.plain),
        store_insert_ratio: round(insert.encrypted / insert.plain),
        store_query_encrypted_ms: round(q.encrypted),
        store_query_plain_ms: round(q.plain),
        store_query_ratio: round(q.encrypted / q.plain),
      };
    } finally {
      encrypted.close();
      plain.close();
    }
  });
}
