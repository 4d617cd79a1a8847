// The weekly summary: what is overdue and what falls due in the next seven days, in words.
import { format } from 'date-fns/format';
import { dashboardCounts, DUE_SOON_DAYS, plusDays } from '../review/dashboard';
import type { Db } from '../store/database';
import { stmt } from '../store/statements';

const LIST = 10;

export function weeklyDigest(db: Db, asOf: string): { title: string; text: string } {
  const counts = dashboardCounts(db, asOf);
  const rows = (lo: string, hi: string) => stmt(db, `SELECT c.ref, c.due_at, p.name FROM cases c JOIN parties p ON p.id = c.requester_id
      WHERE c.status != 'closed' AND c.due_at IS NOT NULL AND c.due_at >= @lo AND c.due_at <= @hi ORDER BY c.due_at, c.ref LIMIT ${LIST}`).all({ lo, hi }) as Array<{ ref: string; due_at: string; name: string }>;
  const overdue = rows('0000-01-01', plusDays(asOf, -1));
  const soon = rows(asOf, plusDays(asOf, DUE_SOON_DAYS));
  const line = (r: { ref: string; due_at: string; name: string }) => `  ${r.ref}  due ${r.due_at}  ${r.name}`;
  const more = (shown: number, total: number) => (total > shown ? [`  … and ${total - shown} more`] : []);
  const week = format(new Date(`${asOf}T12:00:00Z`), 'd MMMM yyyy');
  const text = [
    `${counts.overdue} overdue, ${counts.dueWithin7} due in the next ${DUE_SOON_DAYS} days, ${counts.waitingRequester} waiting on the requester, ${counts.escalated} escalated, ${counts.newInTriage} new in triage.`,
    ...(overdue.length ? ['', 'Overdue:', ...overdue.map(line), ...more(overdue.length, counts.overdue)] : []),
    ...(soon.length ? ['', `Due by ${plusDays(asOf, DUE_SOON_DAYS)}:`, ...soon.map(line), ...more(soon.length, counts.dueWithin7)] : []),
  ].join('\n');
  return { title: `DPO Desk: the week of ${week}`, text };
}
