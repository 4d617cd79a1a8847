// Dates as a DPO reads them. Due dates are local calendar dates (YYYY-MM-DD) and are shown as such,
// never shifted through a time zone; receipt is an instant shown in the case's own zone.
import { daysBetween } from '../../shared/domain/dates';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-03-12" → "12 Mar 2026". */
export function formatCivilDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return date;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** An instant as a date and time in a zone: "12 Mar 2026, 14:05". */
export function formatInstant(iso: string, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  try {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    }).formatToParts(d);
    const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
    return `${get('day')} ${get('month')} ${get('year')}, ${get('hour')}:${get('minute')}`;
  } catch {
    return d.toISOString();
  }
}

// Building an Intl.DateTimeFormat costs far more than using one; a table row calls this per cell,
// so one formatter per zone is kept.
const civilFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in a zone, YYYY-MM-DD. */
export function civilDateIn(iso: string, timeZone?: string): string {
  try {
    const key = timeZone ?? '';
    let formatter = civilFormatters.get(key);
    if (!formatter) civilFormatters.set(key, (formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
    return formatter.format(new Date(iso));
  } catch {
    return iso.slice(0, 10);
  }
}

/** Today on this computer's calendar, YYYY-MM-DD. */
export function todayLocal(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The current local time as HH:MM. */
export function timeLocal(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

export type Countdown = { text: string; tone: 'overdue' | 'today' | 'soon' | 'later' };

/** How far a due date is from today: "in 12 days", "due today", "3 days overdue". */
export function countdown(due: string, today: string): Countdown {
  const days = daysBetween(today, due.slice(0, 10));
  if (days < 0) return { text: `${-days} ${-days === 1 ? 'day' : 'days'} overdue`, tone: 'overdue' };
  if (days === 0) return { text: 'due today', tone: 'today' };
  return { text: `in ${days} ${days === 1 ? 'day' : 'days'}`, tone: days <= 7 ? 'soon' : 'later' };
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function timeZones(): string[] {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  const zones = new Set(supported);
  zones.add('UTC');
  zones.add(browserTimeZone());
  return [...zones].sort();
}
