// Prepared statements are compiled once per connection and reused: preparing costs more than
// running a small query.
import type { Db } from './database';

type Statement = ReturnType<Db['prepare']>;
const cache = new WeakMap<Db, Map<string, Statement>>();

export function stmt(db: Db, sql: string): Statement {
  let byDb = cache.get(db);
  if (!byDb) cache.set(db, (byDb = new Map()));
  let statement = byDb.get(sql);
  if (!statement) byDb.set(sql, (statement = db.prepare(sql)));
  return statement;
}
