// The queue's provisional due dates are remembered per local day of receipt: the same dates as
// asking the deadline engine for every message.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCaseDeadlines } from '../../../../shared/deadlines';
import type { Regime, RequestType } from '../../../../shared/domain/ids';
import { dueDateOf } from '../../cases/schedule';
import { DueEstimator } from './due';

const direct = (types: RequestType[], regimes: Regime[], receivedAt: string, timeZone: string) => {
  try {
    return dueDateOf(computeCaseDeadlines({ regimes, requestTypes: types, receivedAt, timeZone }));
  } catch {
    return null;
  }
};

describe('provisional due dates in the queue', () => {
  it('an erasure request received at 23:30 on 10 March in Los Angeles counts from 10 March, not from UTC\'s 11 March', () => {
    const due = new DueEstimator('America/Los_Angeles');
    const late = due.estimate(['erasure'], ['gdpr'], '2026-03-11T06:30:00Z', null);
    expect(due.estimate(['erasure'], ['gdpr'], '2026-03-10T17:00:00Z', null)).toBe(late);
    expect(late).toBe(direct(['erasure'], ['gdpr'], '2026-03-11T06:30:00Z', 'America/Los_Angeles'));
    // An hour later it is 11 March there too: due a month on, 11 April, a Saturday, so Monday the 13th.
    expect(due.estimate(['erasure'], ['gdpr'], '2026-03-11T07:30:00Z', null)).toBe('2026-04-13');
    expect(late).toBe('2026-04-10');
  });

  it('remembering them changes no date: any instant, zone and kind of request', () => {
    const zones = ['Europe/Berlin', 'America/Los_Angeles', 'Pacific/Auckland', 'UTC', 'Asia/Kolkata'];
    const estimator = new Map(zones.map((z) => [z, new DueEstimator(z)]));
    // Few days (across both clock changes of March 2026), any time of day: most dates are remembered ones.
    const DAY = 86_400_000;
    const instant = fc.tuple(fc.integer({ min: 0, max: 29 }), fc.integer({ min: 0, max: DAY - 1 })).map(([d, ms]) => new Date(Date.parse('2026-03-05T00:00:00Z') + d * DAY + ms).toISOString());
    const kind = fc.constantFrom<[RequestType[], Regime[]]>([['access'], ['gdpr']], [['erasure'], ['uk-gdpr']], [['erasure'], ['ccpa']], [['access', 'erasure'], ['gdpr']], [['sale-share-opt-out'], ['ccpa']], [['access'], ['lgpd']], [['complaint'], ['gdpr']]);
    fc.assert(fc.property(instant, fc.constantFrom(...zones), kind, (at, zone, [types, regimes]) => {
      expect(estimator.get(zone)!.estimate(types, regimes, at, null)).toBe(direct(types, regimes, at, zone));
    }), { numRuns: 1000 });
  });
});
