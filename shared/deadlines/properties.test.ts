// Properties that must hold for any request on any day: no deadline before receipt, no extended date before
// the first one, month deadlines land on working days, and at most one deadline governs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGIMES, REQUEST_TYPES } from '../domain/ids';
import { TZDate } from '@date-fns/tz';
import { addDays as fnsAddDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { getDay } from 'date-fns/getDay';
import { addDays, daysBetween, weekday } from './civil-date';
import { computeDeadlines, isWorkingDay, makeCalendar, type DeadlineInput } from './index';

const dayArb = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDays('2010-01-01', n));
const countryArb = fc.constantFrom(undefined, 'GB-ENG', 'DE', 'FR', 'IE', 'US-CA', 'CH', 'BR');

const inputArb: fc.Arbitrary<DeadlineInput> = fc.record({
  regime: fc.constantFrom(...REGIMES),
  requestType: fc.constantFrom(...REQUEST_TYPES),
  receivedAt: dayArb,
  country: countryArb,
  extended: fc.boolean(),
  pause: fc.option(fc.tuple(fc.integer({ min: -5, max: 60 }), fc.integer({ min: 0, max: 30 }))),
  later: fc.option(fc.integer({ min: -3, max: 40 })),
}).map(({ extended, pause, later, ...rest }) => {
  const events: NonNullable<DeadlineInput['events']> = [];
  if (extended) events.push({ type: 'extension' });
  if (pause) events.push({ type: 'paused', from: addDays(rest.receivedAt, pause[0]), to: addDays(rest.receivedAt, pause[0] + pause[1]) });
  if (later !== null) events.push({ type: 'clock-start-later', date: addDays(rest.receivedAt, later), reason: 'id-received' });
  return { ...rest, events };
});

describe('for any request on any day', () => {
  it('no deadline falls before the day of receipt', () => {
    fc.assert(fc.property(inputArb, (input) => {
      for (const d of computeDeadlines(input)) if (d.due !== null) expect(d.due >= (input.receivedAt as string)).toBe(true);
    }), { numRuns: 400 });
  });
  it('an extended date never precedes the first deadline of the same clock', () => {
    fc.assert(fc.property(inputArb, (input) => {
      const list = computeDeadlines(input);
      const base = list.find((d) => d.kind === 'respond');
      const ext = list.find((d) => d.kind === 'respond-extended');
      if (base?.due && ext?.due) expect(ext.due >= base.due).toBe(true);
    }), { numRuns: 400 });
  });
  it('at most one deadline governs, and it has a date', () => {
    fc.assert(fc.property(inputArb, (input) => {
      const gov = computeDeadlines(input).filter((d) => d.governing);
      expect(gov.length).toBeLessThanOrEqual(1);
      if (gov[0]) expect(gov[0].due).not.toBeNull();
    }), { numRuns: 200 });
  });
  it('every trace opens with the receipt and every dated trace closes with the due date', () => {
    fc.assert(fc.property(inputArb, (input) => {
      for (const d of computeDeadlines(input)) {
        expect(d.trace[0]).toMatch(/^Received /);
        if (d.due !== null) expect(d.trace[d.trace.length - 1]).toMatch(/^Due: end of /);
      }
    }), { numRuns: 200 });
  });
  it('a UK month deadline is a working day 28 to 35 days after receipt (Easter or Christmas can add four days)', () => {
    const cal = makeCalendar('GB-ENG', ['public']);
    const recentArb = dayArb.filter((d) => d >= '2019-08-15'); // the earlier "day after" rule is tested elsewhere
    fc.assert(fc.property(recentArb, (receivedAt) => {
      const [respond] = computeDeadlines({ regime: 'uk-gdpr', requestType: 'access', receivedAt });
      expect(isWorkingDay(cal, respond.due as string)).toBe(true);
      expect(daysBetween(receivedAt, respond.due as string)).toBeGreaterThanOrEqual(28);
      expect(daysBetween(receivedAt, respond.due as string)).toBeLessThanOrEqual(35);
    }), { numRuns: 300 });
  });
  it('ten CCPA business days are a working day at least 12 calendar days after receipt', () => {
    const cal = makeCalendar('US-CA', ['public']);
    fc.assert(fc.property(dayArb, (receivedAt) => {
      const ack = computeDeadlines({ regime: 'ccpa', requestType: 'erasure', receivedAt }).find((d) => d.kind === 'acknowledge');
      expect(isWorkingDay(cal, ack?.due as string)).toBe(true);
      expect(daysBetween(receivedAt, ack?.due as string)).toBeGreaterThanOrEqual(12);
    }), { numRuns: 300 });
  });
  it('day steps agree with date-fns on every day from 2010 to 2040', () => {
    fc.assert(fc.property(dayArb, fc.integer({ min: -400, max: 400 }), (d, n) => {
      const [y, m, day] = d.split('-').map(Number);
      const viaLibrary = fnsAddDays(new TZDate(y, m - 1, day, 'UTC'), n);
      expect(addDays(d, n)).toBe(format(viaLibrary, 'yyyy-MM-dd'));
      expect(daysBetween(d, addDays(d, n))).toBe(n);
      expect(weekday(d)).toBe(getDay(new TZDate(y, m - 1, day, 'UTC')));
    }), { numRuns: 500 });
  });
});
