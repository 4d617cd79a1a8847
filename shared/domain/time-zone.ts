// Receipt is an instant; statutory periods count in the organisation's local calendar. These two
// conversions are the only place the app crosses between them.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { z } from 'zod';

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const TimeZone = z.string().refine(isTimeZone, 'not a known time zone (use a name such as Europe/Berlin)');

/** The instant of a local date and time in a zone: "2026-01-31T23:30" in Europe/London → 2026-01-31T23:30:00.000Z. */
export function localToInstant(local: string, zone: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/.exec(local);
  if (!m) throw new Error(`"${local}" is not a date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:MM)`);
  const [, y, mo, d, h = '00', mi = '00'] = m;
  return new Date(new TZDate(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), zone).getTime()).toISOString();
}

/** The calendar date an instant falls on in a zone. */
export function instantToLocalDate(instant: string, zone: string): string {
  return format(new TZDate(Date.parse(instant), zone), 'yyyy-MM-dd');
}
