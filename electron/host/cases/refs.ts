// Case references: DPO-<year>-<4-digit number>, numbered per year of receipt, never reused.
import type { Db } from '../store/database';
import { stmt } from '../store/statements';

export const CASE_REF_PATTERN = /\bDPO-(\d{4})-(\d{4,6})\b/;

export function nextCaseRef(db: Db, year: number): string {
  const row = stmt(db, 'SELECT next FROM ref_counters WHERE year = ?').get(year) as { next: number } | undefined;
  const n = row?.next ?? 1;
  stmt(db, 'INSERT INTO ref_counters (year, next) VALUES (?, ?) ON CONFLICT(year) DO UPDATE SET next = excluded.next').run(year, n + 1);
  return `DPO-${year}-${String(n).padStart(4, '0')}`;
}
