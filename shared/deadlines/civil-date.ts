// Calendar dates ("civil dates", YYYY-MM-DD) and the arithmetic on them. Deadlines are dates, not instants,
// so every calculation runs on midnight UTC (date-fns through @date-fns/tz for months and formatting): the
// machine's own zone and its DST changes never enter.
import { TZDate } from '@date-fns/tz';
import { addMonths as fnsAddMonths } from 'date-fns/addMonths';
import { format } from 'date-fns/format';

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

// TZDate asks Intl for the zone offset on every operation, which is slow in a loop over a case list; the
// results depend only on the arguments, so they are remembered (a few thousand distinct dates at most).
const memo = new Map<string, string | number>();
function remember<T extends string | number>(key: string, compute: () => T): T {
  let v = memo.get(key);
  if (v === undefined) {
    if (memo.size > 200_000) memo.clear();
    v = compute();
    memo.set(key, v);
  }
  return v as T;
}

function toDate(d: CivilDate): TZDate {
  const [y, m, day] = d.split('-').map(Number);
  return new TZDate(y, m - 1, day, 'UTC');
}

function fromDate(d: Date): CivilDate {
  return format(d, 'yyyy-MM-dd');
}

const DAY_MS = 86_400_000;
const utcMs = (d: CivilDate) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));

// Day steps run in hot loops (working-day counts over a case list). A UTC day is always 86 400 000 ms, so
// the built-in Date does them exactly and without the Intl offset lookups TZDate needs; months and
// formatting still go through date-fns.
export function addDays(d: CivilDate, n: number): CivilDate {
  return new Date(utcMs(d) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Same date n months later; date-fns clamps to the last day when that month is shorter (31 Jan → 28 Feb). */
export function addMonths(d: CivilDate, n: number): CivilDate {
  return remember(`m|${d}|${n}`, () => fromDate(fnsAddMonths(toDate(d), n)));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return Math.round((utcMs(to) - utcMs(from)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: CivilDate): number {
  return new Date(utcMs(d)).getUTCDay();
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
  return remember(`s|${d}`, () => format(toDate(d), 'EEE d MMM yyyy'));
}

/** "31 Feb" style label for a day that may not exist in a month: used to explain a month-end clamp. */
export function showMissingDay(day: number, monthOf: CivilDate): string {
  return `${day} ${remember(`M|${monthOf}`, () => format(toDate(monthOf), 'MMM'))}`;
}

export function monthName(d: CivilDate): string {
  return remember(`N|${d}`, () => format(toDate(d), 'MMMM'));
}

export function weekdayName(d: CivilDate): string {
  return remember(`W|${d}`, () => format(toDate(d), 'EEEE'));
}

export function maxDate(a: CivilDate, b: CivilDate): CivilDate {
  return a >= b ? a : b;
}

export function minDate(a: CivilDate, b: CivilDate): CivilDate {
  return a <= b ? a : b;
}
