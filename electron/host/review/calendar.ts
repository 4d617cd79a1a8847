// Deadlines in a date range, for the calendar: every kind (respond, extension notice, appeal…), not
// only the governing one, of open cases unless asked otherwise.
import type { CalendarDeadline } from '../../../shared/contract/workspace-views';
import type { Db } from '../store/database';
import { stmt } from '../store/statements';

const MAX_ITEMS = 5000;

export function calendarDeadlines(db: Db, from: string, to: string, includeClosed = false): { items: CalendarDeadline[]; truncated: boolean } {
  const rows = stmt(db, `SELECT d.due, c.ref, d.kind, d.regime, d.governing, d.basis, c.status, p.name AS requester, c.subject
      FROM deadlines d JOIN cases c ON c.id = d.case_id JOIN parties p ON p.id = c.requester_id
      WHERE d.due >= @from AND d.due <= @to AND (@includeClosed = 1 OR c.status != 'closed')
      ORDER BY d.due, c.ref, d.governing DESC LIMIT @limit`).all({ from, to, includeClosed: includeClosed ? 1 : 0, limit: MAX_ITEMS + 1 }) as Array<{
    due: string; ref: string; kind: string; regime: string | null; governing: number; basis: string; status: CalendarDeadline['status']; requester: string; subject: string;
  }>;
  return {
    truncated: rows.length > MAX_ITEMS,
    items: rows.slice(0, MAX_ITEMS).map((r) => ({ date: r.due, ref: r.ref, kind: r.kind, regime: r.regime, governing: r.governing === 1, basis: r.basis, status: r.status, requesterName: r.requester, subject: r.subject })),
  };
}
