// Numbered schema migrations, tracked by PRAGMA user_version. They run at unlock, all in one
// transaction: a failure leaves the database exactly as it was.
import type { Db } from '../database';
import * as m001 from './001-initial';
import * as m002 from './002-triage';
import * as m003 from './003-search-and-views';
import * as m004 from './004-letters';

export interface Migration { version: number; name: string; up(db: Db): void }

export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial schema', up: m001.up },
  { version: 2, name: 'triage queue and thread keys', up: m002.up },
  { version: 3, name: 'full-text search, saved views, notification log', up: m003.up },
  { version: 4, name: 'letter versions and correspondence files', up: m004.up },
];

export const LATEST_VERSION = migrations[migrations.length - 1].version;

export class DatabaseTooNewError extends Error {
  constructor(readonly found: number) {
    super(`This workspace was written by a newer DPO Desk (schema ${found}; this version knows up to ${LATEST_VERSION}). Update DPO Desk to open it; nothing was changed.`);
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Bring the database to `target` (default: the latest). Returns the versions applied. */
export function migrate(db: Db, target: number = LATEST_VERSION): number[] {
  const current = schemaVersion(db);
  if (current > LATEST_VERSION) throw new DatabaseTooNewError(current);
  const pending = migrations.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return pending.map((m) => m.version);
}
