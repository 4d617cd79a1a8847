// Calendar dates ("civil dates", YYYY-MM-DD) and the arithmetic on them. Deadlines are dates, not instants,
// so every calculation runs on midnight UTC through @date-fns/tz: no local-zone or DST surprises.
import { TZDate } from '@date-fns/tz';
import { addDays as fnsAddDays, addMonths as fnsAddMonths, differenceInCalendarDays, format, getDay } from 'date-fns';

/** A calendar date written YYYY-MM-DD. */
export type CivilDate = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCivilDate(s: unknown): s is CivilDate {
  if (typeof s !== 'string') return false;
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1900 && y <= 2999 && probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

function toDate(d: CivilDate): TZDate {
  const [y, m, day] = d.split('-').map(Number);
  return new TZDate(y, m - 1, day, 'UTC');
}

function fromDate(d: Date): CivilDate {
  return format(d, 'yyyy-MM-dd');
}

export function addDays(d: CivilDate, n: number): CivilDate {
  return fromDate(fnsAddDays(toDate(d), n));
}

/** Same date n months later; date-fns clamps to the last day when that month is shorter (31 Jan → 28 Feb). */
export function addMonths(d: CivilDate, n: number): CivilDate {
  return fromDate(fnsAddMonths(toDate(d), n));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: CivilDate): number {
  return getDay(toDate(d));
}

export function isWeekend(d: CivilDate): boolean {
  const w = weekday(d);
  return w === 0 || w === 6;
}

export function dayOfMonth(d: CivilDate): number {
  return Number(d.slice(8, 10));
}

export function year(d: CivilDate): number {
  return Number(d.slice(0, 4));
}

/** "Sat 31 Jan 2026" */
export function showDate(d: CivilDate): string {
  return format(toDate(d), 'EEE d MMM yyyy');
}

/** "31 Feb" style label for a day that may not exist in a month: used to explain a month-end clamp. */
export function showMissingDay(day: number, monthOf: CivilDate): string {
  return `${day} ${format(toDate(monthOf), 'MMM')}`;
}

export function monthName(d: CivilDate): string {
  return format(toDate(d), 'MMMM');
}

export function weekdayName(d: CivilDate): string {
  return format(toDate(d), 'EEEE');
}

export function maxDate(a: CivilDate, b: CivilDate): CivilDate {
  return a >= b ? a : b;
}

export function minDate(a: CivilDate, b: CivilDate): CivilDate {
  return a <= b ? a : b;
}
