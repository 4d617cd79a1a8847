// What every regime calculation shares: the receipt, the events, the rules in force, and a Draft that
// collects one deadline's trace while its date is worked out.
import type { Regime, RequestType } from '../domain/ids';
import { type WorkCalendar, type HolidayType, makeCalendar } from './calendar';
import {
  type CivilDate, addDays, addMonths, dayOfMonth, isWeekend, maxDate, monthName, showDate, showMissingDay, weekdayName,
} from './civil-date';
import { RuleReader, weakest } from './rule-book';
import type { ClockEvent, Deadline, DeadlineKind } from './types';

export interface Ctx {
  regime: Regime;
  requestType: RequestType;
  /** Local date of receipt. */
  received: CivilDate;
  receiptLine: string;
  /** Calendar code given by the caller, already normalised, or undefined for the regime's default. */
  country: string | undefined;
  events: readonly ClockEvent[];
  rules: RuleReader;
}

export function eventsOf<T extends ClockEvent['type']>(ctx: Ctx, type: T): Extract<ClockEvent, { type: T }>[] {
  return ctx.events.filter((e): e is Extract<ClockEvent, { type: T }> => e.type === type);
}

const NUMBER_WORDS = ['Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six'];
const countWord = (n: number) => NUMBER_WORDS[n] ?? String(n);

export class Draft {
  readonly trace: string[];
  private readonly used = new Set<string>();
  private calendarShown = false;

  constructor(private readonly ctx: Ctx, readonly kind: DeadlineKind, readonly basis: string) {
    this.trace = [ctx.receiptLine];
  }

  note(line: string): this {
    this.trace.push(line);
    return this;
  }

  num(id: string): number { this.used.add(id); return this.ctx.rules.num(id, this.trace); }
  str(id: string): string { this.used.add(id); return this.ctx.rules.str(id, this.trace); }
  flag(id: string): boolean { this.used.add(id); return this.ctx.rules.flag(id, this.trace); }

  /** The working-day calendar: the caller's country, else the regime's default rule, said once in the trace. */
  calendar(defaultRuleId: string): WorkCalendar {
    // Read without counting towards confidence: which holiday types count is a modelling choice, not a legal figure.
    const types = this.ctx.rules.str('calendar.holiday-types', this.trace).split(',').map((s) => s.trim()) as HolidayType[];
    let code: string | null;
    let why: string;
    if (this.ctx.country !== undefined) {
      code = this.ctx.country;
      why = 'as given for this organisation';
    } else {
      const fallback = this.str(defaultRuleId);
      code = fallback === '' ? null : fallback;
      why = `default for ${this.ctx.regime}; set the organisation's country to change it`;
    }
    const cal = makeCalendar(code, types);
    if (!this.calendarShown) {
      this.trace.push(`${cal.describe.replace(/\.$/, '')} (${why}).`);
      this.calendarShown = true;
    }
    return cal;
  }

  /** Same date n months later, clamped to the month's last day, with the clamp explained. */
  monthsAfter(start: CivilDate, n: number, what = ''): CivilDate {
    const result = addMonths(start, n);
    const lead = `${countWord(n)} ${n === 1 ? 'month' : 'months'} after ${showDate(start)}${what}`;
    if (dayOfMonth(result) !== dayOfMonth(start)) {
      this.trace.push(`${lead}: ${showDate(result)} (no ${showMissingDay(dayOfMonth(start), result)}, so the last day of ${monthName(result)}).`);
    } else {
      this.trace.push(`${lead}: ${showDate(result)}.`);
    }
    return result;
  }

  /** n calendar days after `start`; the start day itself is not counted. */
  daysAfter(start: CivilDate, n: number, what = ''): CivilDate {
    const result = addDays(start, n);
    this.trace.push(`${n} days after ${showDate(start)}${what}: ${showDate(result)}.`);
    return result;
  }

  /** Explains that a calendar-day count is not moved off a weekend or holiday. */
  keep(d: CivilDate, cal: WorkCalendar | null, why: string): CivilDate {
    const holiday = cal?.holidayOn(d);
    if (holiday) this.trace.push(`${showDate(d)} is a public holiday in ${cal?.code} (${holiday}); the date is kept: ${why}.`);
    else if (isWeekend(d)) this.trace.push(`${showDate(d)} is a ${weekdayName(d)}; the date is kept: ${why}.`);
    return d;
  }

  finish(due: CivilDate | null, extra: { warning?: string; noFixedPeriod?: boolean } = {}): Deadline {
    let final = due;
    if (final !== null && final < this.ctx.received) {
      // A deadline can never fall before the request arrived (e.g. an override or an event dated too early).
      final = maxDate(final, this.ctx.received);
      this.trace.push(`A deadline cannot precede receipt: ${showDate(final)}.`);
    }
    if (final !== null) this.trace.push(`Due: end of ${showDate(final)}.`);
    const d: Deadline = {
      kind: this.kind, due: final, basis: this.basis, trace: this.trace, regime: this.ctx.regime,
      requestType: this.ctx.requestType, confidence: weakest(this.used), rules: [...this.used],
    };
    if (extra.warning) d.warning = extra.warning;
    if (extra.noFixedPeriod) d.noFixedPeriod = true;
    return d;
  }
}
