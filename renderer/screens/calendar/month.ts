// The days a month view shows: whole weeks, Monday first, from the week holding the 1st to the week
// holding the last day. Dates are calendar dates (YYYY-MM-DD) computed in UTC, so no zone shifts them.
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfWeek } from 'date-fns/endOfWeek';
import { format } from 'date-fns/format';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfWeek } from 'date-fns/startOfWeek';

const utc = (date: string) => new Date(`${date}T12:00:00Z`);
const iso = (d: Date) => format(d, 'yyyy-MM-dd');

export function monthDays(month: string): string[] {
  const first = startOfWeek(startOfMonth(utc(`${month}-01`)), { weekStartsOn: 1 });
  const last = endOfWeek(endOfMonth(utc(`${month}-01`)), { weekStartsOn: 1 });
  const days: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) days.push(iso(d));
  return days;
}

/** "2026-06" plus n months. */
export function shiftMonth(month: string, n: number): string {
  return format(addMonths(utc(`${month}-01`), n), 'yyyy-MM');
}

export function monthTitle(month: string): string {
  return format(utc(`${month}-01`), 'MMMM yyyy');
}
