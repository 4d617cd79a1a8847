// Prepared statements are compiled once per connection and reused: preparing costs more than
// running a small query.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from './database';

type Statement = Database.Statement<unknown[]>;
const cache = new WeakMap<Db, Map<string, Statement>>();

export function stmt(db: Db, sql: string): Statement {
  let byDb = cache.get(db);
  if (!byDb) cache.set(db, (byDb = new Map()));
  let statement = byDb.get(sql);
  if (!statement) byDb.set(sql, (statement = db.prepare<unknown[]>(sql)));
  return statement;
}
