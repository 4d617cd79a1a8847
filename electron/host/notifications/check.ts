// Desktop notifications for deadlines: once when a case's due date comes within `daysBefore` days,
// once when it has just passed, and a weekly digest on the first check of each ISO week. What was
// shown is remembered in the database (notification_log), so checking often never repeats one.
// Due dates that passed more than PASSED_WINDOW days ago are not announced: they are on the
// dashboard already, and a first check on an old workspace must not fire hundreds of notifications.
import { format } from 'date-fns/format';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import type { NotifierPort } from '../ports';
import { plusDays } from '../review/dashboard';
import type { Db } from '../store/database';
import { stmt } from '../store/statements';
import { weeklyDigest } from './digest';

export const DEFAULT_DAYS_BEFORE = 3;
const PASSED_WINDOW = 7;
/** Above this many in one check, one grouped notification says how many and which. */
const MAX_SINGLE = 5;

export interface SentNotification { title: string; body: string; ref?: string }

interface DueRow { id: number; ref: string; due_at: string; request_types_json: string; requester: string }

const longDate = (d: string) => format(new Date(`${d}T12:00:00Z`), 'EEEE d MMMM yyyy');
const types = (json: string) => (JSON.parse(json) as string[]).join(' and ');

export function checkNotifications(db: Db, notifier: NotifierPort, asOf: string, daysBefore: number): SentNotification[] {
  const sent: SentNotification[] = [];
  const seen = stmt(db, 'SELECT 1 FROM notification_log WHERE key = ?');
  const remember = stmt(db, 'INSERT OR IGNORE INTO notification_log (key, notified_on) VALUES (?, ?)');
  const fresh = (rows: DueRow[], reason: string) => rows.filter((r) => !seen.get(`due:${r.id}:${r.due_at}:${reason}`));
  const select = `SELECT c.id, c.ref, c.due_at, c.request_types_json, p.name AS requester FROM cases c JOIN parties p ON p.id = c.requester_id
    WHERE c.status != 'closed' AND c.due_at IS NOT NULL AND c.due_at >= @lo AND c.due_at <= @hi ORDER BY c.due_at, c.ref`;

  const soon = fresh(stmt(db, select).all({ lo: asOf, hi: plusDays(asOf, daysBefore) }) as DueRow[], 'soon');
  const passed = fresh(stmt(db, select).all({ lo: plusDays(asOf, -PASSED_WINDOW), hi: plusDays(asOf, -1) }) as DueRow[], 'passed');

  const announce = (rows: DueRow[], reason: 'soon' | 'passed') => {
    if (rows.length === 0) return;
    if (rows.length > MAX_SINGLE) {
      const title = reason === 'soon' ? `${rows.length} deadlines in the next ${daysBefore} days` : `${rows.length} deadlines have passed`;
      sent.push({ title, body: rows.map((r) => `${r.ref} (${r.due_at})`).join(', ') });
    } else {
      for (const r of rows) {
        const days = Math.round((Date.parse(r.due_at) - Date.parse(asOf)) / 86_400_000);
        const title = reason === 'passed' ? `${r.ref} is overdue` : days === 0 ? `${r.ref} is due today` : `${r.ref} is due in ${days} day${days === 1 ? '' : 's'}`;
        const body = `${types(r.request_types_json)} request from ${r.requester}, ${reason === 'passed' ? 'was due' : 'due'} ${longDate(r.due_at)}.`;
        sent.push({ title, body: body[0].toUpperCase() + body.slice(1), ref: r.ref });
      }
    }
    for (const r of rows) remember.run(`due:${r.id}:${r.due_at}:${reason}`, asOf);
  };

  const week = `digest:${getISOWeekYear(new Date(`${asOf}T12:00:00Z`))}-W${String(getISOWeek(new Date(`${asOf}T12:00:00Z`))).padStart(2, '0')}`;
  db.transaction(() => {
    announce(passed, 'passed');
    announce(soon, 'soon');
    if (!seen.get(week)) {
      const digest = weeklyDigest(db, asOf);
      sent.push({ title: digest.title, body: digest.text });
      remember.run(week, asOf);
    }
  })();
  // Shown after the log is committed: a failing notifier must not make the next check repeat them all.
  for (const n of sent) {
    try {
      notifier.notify(n.title, n.body);
    } catch {
      // The desktop may refuse notifications; the dashboard still shows the same facts.
    }
  }
  return sent;
}
