// 100k cases inserted and queried, in an encrypted workspace and in a plain SQLite file with the same
// schema and settings. The figure that matters is the ratio, measured in one run on one machine.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createCase, listCases } from '../../electron/host/cases/repo';
import { openEncrypted, openPlain, type Db } from '../../electron/host/store/database';
import { migrate } from '../../electron/host/store/migrations';
import type { RequestType } from '../../shared/domain/ids';
import { medianOf, round, time, withTempDir } from './util';

const TYPES: RequestType[] = ['access', 'erasure', 'rectification', 'objection', 'portability', 'complaint'];

function fill(db: Db, count: number): number {
  migrate(db);
  const now = new Date('2026-06-01T00:00:00Z');
  return time(() =>
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const day = String(1 + (i % 28)).padStart(2, '0');
        const month = String(1 + (i % 12)).padStart(2, '0');
        const { id } = createCase(db, {
          requestTypes: [TYPES[i % TYPES.length]],
          regimes: ['gdpr'],
          receivedLocal: `2025-${month}-${day}T10:00`,
          timeZone: 'Europe/Berlin',
          requester: { name: `Requester ${i}`, email: `requester${i}@example.org` },
          subject: `Request number ${i}`,
          channel: 'email',
        }, { now, defaultTimeZone: 'Europe/Berlin' });
        db.prepare('UPDATE cases SET due_at = ? WHERE id = ?').run(`2025-${month}-${day}`, id);
      }
    })(),
  ).ms;
}

function queries(db: Db): number {
  const query = { sort: 'due' as const, limit: 50, offset: 0 };
  return medianOf(15, () => {
    listCases(db, { ...query, overdue: true }, '2025-07-01');
    listCases(db, { ...query, dueWithinDays: 7 }, '2025-07-01');
    listCases(db, { ...query, search: 'requester4242' }, '2025-07-01');
  });
}

export function benchStore(count = 100_000): Record<string, number> {
  const run = (open: (file: string) => Db) =>
    withTempDir((dir) => {
      const db = open(join(dir, 'bench.db'));
      try {
        const insertMs = fill(db, count);
        return { insertMs, queryMs: queries(db) };
      } finally {
        db.close();
      }
    });
  const encrypted = run((file) => openEncrypted(file, randomBytes(32)));
  const plain = run((file) => openPlain(file));
  return {
    store_cases: count,
    store_insert_encrypted_ms: round(encrypted.insertMs),
    store_insert_plain_ms: round(plain.insertMs),
    store_insert_ratio: round(encrypted.insertMs / plain.insertMs),
    store_query_encrypted_ms: round(encrypted.queryMs),
    store_query_plain_ms: round(plain.queryMs),
    store_query_ratio: round(encrypted.queryMs / plain.queryMs),
  };
}
