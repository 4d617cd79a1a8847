// Working days: Monday to Friday, less the public holidays that date-holidays knows for a country or region
// ("GB-ENG", "DE", "US-CA"). No holiday is written here by hand.
import Holidays from 'date-holidays';
import { type CivilDate, addDays, isWeekend, showDate, weekdayName, year } from './civil-date';
import { DeadlineInputError } from './errors';

export type HolidayType = 'public' | 'bank' | 'optional' | 'school' | 'observance';

export interface WorkCalendar {
  /** Holiday calendar code such as "GB-ENG", or null for "Saturdays and Sundays only". */
  code: string | null;
  /** Plain words for the trace. */
  describe: string;
  /** Name of the holiday on that date, or null. Weekends are not holidays. */
  holidayOn(d: CivilDate): string | null;
}

const registry = new Holidays();
const yearCache = new Map<string, Map<CivilDate, string>>();

/**
 * "gb-eng" → "GB-ENG"; "us-ca+us" → "US-CA+US" (a union: California and federal holidays). Throws a plain
 * sentence for a code date-holidays does not know.
 */
export function normaliseCalendarCode(code: string): string {
  let normal = codeCache.get(code);
  if (normal === undefined) {
    normal = code.split('+').map(normaliseOne).join('+');
    codeCache.set(code, normal);
  }
  return normal;
}
const codeCache = new Map<string, string>();
let countryNames: Record<string, string> | undefined;

function normaliseOne(code: string): string {
  const [country, state, ...rest] = code.trim().toUpperCase().split('-');
  const countries = (countryNames ??= registry.getCountries() as Record<string, string>);
  if (!country || rest.length > 0 || !countries[country]) {
    throw new DeadlineInputError(`"${code}" is not a holiday calendar code such as GB-ENG, DE, FR, IE, US-CA, CH or BR.`);
  }
  if (state) {
    const states = (registry.getStates(country) ?? {}) as Record<string, string>;
    if (!states[state]) throw new DeadlineInputError(`"${code}": ${countries[country]} has no region "${state}" in the holiday calendar.`);
    return `${country}-${state}`;
  }
  return country;
}

function holidaysOf(code: string, types: readonly HolidayType[], y: number): Map<CivilDate, string> {
  const key = `${code}|${[...types].sort().join(',')}|${y}`;
  let map = yearCache.get(key);
  if (!map) {
    const [country, state] = code.split('-');
    const hd = state ? new Holidays(country, state) : new Holidays(country);
    map = new Map();
    for (const h of hd.getHolidays(y, 'en')) {
      if (!types.includes(h.type as HolidayType)) continue;
      const day = h.date.slice(0, 10);
      map.set(day, map.has(day) ? `${map.get(day)} / ${h.name}` : h.name);
    }
    yearCache.set(key, map);
  }
  return map;
}

/** The main time zone of a calendar's country or region ("IE" → Europe/Dublin, "US-CA" → America/Los_Angeles). */
export function zoneOfCalendar(code: string): string | undefined {
  const first = normaliseCalendarCode(code).split('+')[0];
  if (!zoneCache.has(first)) {
    const [country, state] = first.split('-');
    const hd = state ? new Holidays(country, state) : new Holidays(country);
    zoneCache.set(first, hd.getTimezones()[0]);
  }
  return zoneCache.get(first);
}
const zoneCache = new Map<string, string | undefined>();

export function makeCalendar(code: string | null, types: readonly HolidayType[]): WorkCalendar {
  if (code === null) {
    return { code: null, describe: 'Working days: Monday to Friday (no holiday calendar chosen, so only Saturdays and Sundays are skipped).', holidayOn: () => null };
  }
  const normal = normaliseCalendarCode(code);
  const parts = normal.split('+');
  return {
    code: normal,
    describe: `Working days: Monday to Friday, except ${types.join(' and ')} holidays in ${parts.join(' and in ')} from the date-holidays calendar.`,
    holidayOn: (d) => {
      const names = [...new Set(parts.map((p) => holidaysOf(p, types, year(d)).get(d)).filter((n): n is string => !!n))];
      return names.length ? names.join(' / ') : null;
    },
  };
}

export function isWorkingDay(cal: WorkCalendar, d: CivilDate): boolean {
  return !isWeekend(d) && cal.holidayOn(d) === null;
}

function whyNotWorking(cal: WorkCalendar, d: CivilDate): string {
  const holiday = cal.holidayOn(d);
  if (holiday) return `${showDate(d)} is a public holiday in ${cal.code} (${holiday})`;
  return `${showDate(d)} is a ${weekdayName(d)}`;
}

/**
 * Moves a last day that is not a working day to the next working day, and says why in the trace
 * ("28 Feb 2026 is a Saturday: moved to the next working day, Mon 2 Mar 2026.").
 */
export function rollToWorkingDay(cal: WorkCalendar, d: CivilDate, trace: string[]): CivilDate {
  if (isWorkingDay(cal, d)) return d;
  const reasons: string[] = [];
  let day = d;
  while (!isWorkingDay(cal, day)) {
    reasons.push(whyNotWorking(cal, day));
    day = addDays(day, 1);
  }
  // Weekend days after the first are obvious; name only the first day and any holidays.
  const named = reasons.filter((r, i) => i === 0 || r.includes('holiday'));
  trace.push(`${named.join('; ')}: moved to the next working day, ${showDate(day)}.`);
  return day;
}

/** The n-th working day after `from` (the day of receipt itself is not counted). */
export function addWorkingDays(cal: WorkCalendar, from: CivilDate, n: number, trace: string[]): CivilDate {
  let day = from;
  let counted = 0;
  const skipped: string[] = [];
  while (counted < n) {
    day = addDays(day, 1);
    if (isWorkingDay(cal, day)) counted += 1;
    else if (cal.holidayOn(day)) skipped.push(`${showDate(day)} (${cal.holidayOn(day)})`);
  }
  const holidays = skipped.length ? `; holidays skipped: ${skipped.join(', ')}` : '; no holiday fell in the count';
  trace.push(`Counting ${n} working days after the day of receipt, skipping Saturdays and Sundays${holidays}: day ${n} is ${showDate(day)}.`);
  return day;
}
