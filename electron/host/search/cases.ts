// Which cases a search hits: the case itself (ref, requester, subject) or any of its messages.
import { ftsQuery } from './query';

/** SQL for the ids of the cases a search hits, with its parameter; null when nothing is searchable. */
export function caseHits(text: string): { sql: string; fts: string } | null {
  const fts = ftsQuery(text);
  if (!fts) return null;
  return {
    sql: `SELECT CASE WHEN rowid < 0 THEN -rowid ELSE (SELECT case_id FROM messages WHERE id = search_index.rowid) END
          FROM search_index WHERE search_index MATCH @fts`,
    fts,
  };
}
