// The dashboard's five numbers, in one statement. Each uses an index (the open-cases partial index
// on due_at, cases(status, due_at), messages(triage_status)), and each matches the list it opens:
// overdue ↔ cases.list {overdue}, due within 7 days ↔ {dueWithinDays: 7}, waiting ↔ {status:
// ['waiting-requester']}, escalated ↔ {status: ['escalated']}, new in triage ↔ the triage queue.
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import type { Db } from '../store/database';
import { stmt } from '../store/statements';

export interface DashboardCounts {
  asOf: string;
  overdue: number;
  dueWithin7: number;
  waitingRequester: number;
  escalated: number;
  newInTriage: number;
}

export const DUE_SOON_DAYS = 7;

/** A calendar date plus whole days, as YYYY-MM-DD (noon UTC keeps clear of any zone's midnight). */
export function plusDays(date: string, days: number): string {
  return format(addDays(new Date(`${date}T12:00:00Z`), days), 'yyyy-MM-dd');
}

export function dashboardCounts(db: Db, asOf: string): DashboardCounts {
  const row = stmt(db, `SELECT
      (SELECT count(*) FROM cases WHERE status != 'closed' AND due_at IS NOT NULL AND due_at < @asOf) AS overdue,
      (SELECT count(*) FROM cases WHERE status != 'closed' AND due_at IS NOT NULL AND due_at >= @asOf AND due_at <= @soon) AS dueWithin7,
      (SELECT count(*) FROM cases WHERE status = 'waiting-requester') AS waitingRequester,
      (SELECT count(*) FROM cases WHERE status = 'escalated') AS escalated,
      (SELECT count(*) FROM messages WHERE triage_status = 'pending') AS newInTriage`).get({ asOf, soon: plusDays(asOf, DUE_SOON_DAYS) }) as Omit<DashboardCounts, 'asOf'>;
  return { asOf, ...row };
}
