// When was a request received, as a local date in the organisation's time zone? A message stamped
// 2026-01-31T23:30:00-08:00 is received on 31 January in Los Angeles even though UTC already says 1 February.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { type CivilDate, isCivilDate, showDate } from './civil-date';
import { DeadlineInputError } from './errors';

export interface Receipt {
  /** Local date of receipt in `timeZone`. */
  date: CivilDate;
  /** The first trace line: what was received when, in plain words. */
  line: string;
}

const LOCAL_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;
const INSTANT_RE = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

const knownZones = new Set<string>();

export function isTimeZone(zone: string): boolean {
  if (knownZones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    knownZones.add(zone);
    return true;
  } catch {
    return false;
  }
}

/**
 * Accepts a plain date (that local date), a local date and time without offset (wall time in `timeZone`),
 * or an instant with Z or an offset (converted to `timeZone`).
 */
export function localDateOfReceipt(receivedAt: string, timeZone: string, zoneNote = ''): Receipt {
  if (!isTimeZone(timeZone)) throw new DeadlineInputError(`"${timeZone}" is not a time zone name such as Europe/London or America/Los_Angeles.`);
  const s = receivedAt.trim();
  if (isCivilDate(s)) return { date: s, line: `Received ${showDate(s)} (${timeZone}${zoneNote}).` };
  const local = LOCAL_RE.exec(s);
  if (local) {
    const [, date, hh, mm, ss] = local;
    if (!isCivilDate(date) || Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59) throw badDate(receivedAt);
    return { date, line: `Received ${showDate(date)} at ${hh}:${mm} local time (${timeZone}${zoneNote}).` };
  }
  const instant = INSTANT_RE.exec(s);
  if (instant && isCivilDate(instant[1]) && !Number.isNaN(Date.parse(s))) {
    const there = new TZDate(Date.parse(s), timeZone);
    const date = format(there, 'yyyy-MM-dd');
    const time = format(there, 'HH:mm');
    return { date, line: `Received ${s}, which is ${showDate(date)} at ${time} in ${timeZone}${zoneNote}: the local date counts.` };
  }
  throw badDate(receivedAt);
}

function badDate(value: string): DeadlineInputError {
  return new DeadlineInputError(`"${value}" is not a date of receipt: write it as YYYY-MM-DD, YYYY-MM-DDTHH:MM, or an instant such as 2026-01-31T23:30:00Z.`);
}
