// Public holidays per country, year ends, leap years, and the local date of receipt across time zones and
// daylight-saving changes.
import { describe, expect, it } from 'vitest';
import { computeDeadlines, DeadlineInputError, type DeadlineInput } from './index';

function due(input: DeadlineInput, kind = 'respond'): string | null {
  const found = computeDeadlines(input).find((d) => d.kind === kind);
  if (!found) throw new Error(`no ${kind} deadline`);
  return found.due;
}

describe('public holidays move a month-based deadline to the next working day', () => {
  it('GB-ENG: a UK request of Tue 3 Mar 2026 falls on Good Friday, then Easter Monday, so Tue 7 Apr 2026', () => {
    const [respond] = computeDeadlines({ regime: 'uk-gdpr', requestType: 'erasure', receivedAt: '2026-03-03' });
    expect(respond.due).toBe('2026-04-07');
    expect(respond.trace.join(' ')).toMatch(/Good Friday.*Easter Monday/);
  });
  it('GB-ENG: the Boxing Day substitute bank holiday (Mon 28 Dec 2026) is skipped', () => {
    expect(due({ regime: 'uk-gdpr', requestType: 'access', receivedAt: '2026-11-28' })).toBe('2026-12-29');
  });
  it('DE: an EU request of 1 Apr 2026 lands on Labour Day (Fri 1 May) and moves to Mon 4 May 2026; with no country it stays on 1 May', () => {
    expect(due({ regime: 'gdpr', requestType: 'access', receivedAt: '2026-04-01', country: 'DE' })).toBe('2026-05-04');
    expect(due({ regime: 'gdpr', requestType: 'access', receivedAt: '2026-04-01' })).toBe('2026-05-01');
  });
  it('FR: a request of 14 Jun 2026 lands on 14 July and moves to Wed 15 Jul 2026', () => {
    expect(due({ regime: 'gdpr', requestType: 'rectification', receivedAt: '2026-06-14', country: 'FR' })).toBe('2026-07-15');
  });
  it('IE: 25 Sep 2026 → Sun 25 Oct → Mon 26 Oct is the October bank holiday → Tue 27 Oct 2026', () => {
    expect(due({ regime: 'gdpr', requestType: 'access', receivedAt: '2026-09-25', country: 'IE' })).toBe('2026-10-27');
  });
  it('US-CA: César Chávez Day (31 Mar 2026) is skipped in CCPA business days but not in federal CAN-SPAM days', () => {
    expect(due({ regime: 'ccpa', requestType: 'erasure', receivedAt: '2026-03-23' }, 'acknowledge')).toBe('2026-04-07');
    expect(due({ regime: 'can-spam', requestType: 'objection', receivedAt: '2026-03-23' }, 'stop-sending')).toBe('2026-04-06');
    expect(due({ regime: 'can-spam', requestType: 'objection', receivedAt: '2026-03-23', country: 'US-CA' }, 'stop-sending')).toBe('2026-04-07');
  });
  it('US-CA: the day after Thanksgiving is a California holiday, so a CCPA opt-out of Fri 20 Nov 2026 runs to Tue 15 Dec (Mon 14 Dec on the federal calendar)', () => {
    expect(due({ regime: 'ccpa', requestType: 'sale-share-opt-out', receivedAt: '2026-11-20' })).toBe('2026-12-15');
    expect(due({ regime: 'ccpa', requestType: 'sale-share-opt-out', receivedAt: '2026-11-20', overrides: { 'ccpa.business-day-calendar': 'US' } })).toBe('2026-12-14');
  });
  it('CCPA business days skip federal holidays as well as California ones: Columbus Day (12 Oct 2026) moves the confirmation to Tue 20 Oct', () => {
    const ack = computeDeadlines({ regime: 'ccpa', requestType: 'access', receivedAt: '2026-10-05' }).find((d) => d.kind === 'acknowledge');
    expect(ack?.due).toBe('2026-10-20');
    expect(ack?.trace.join(' ')).toContain('Columbus Day');
    expect(due({ regime: 'ccpa', requestType: 'access', receivedAt: '2026-10-05', country: 'US-CA' }, 'acknowledge')).toBe('2026-10-19');
  });
});

describe('year ends and leap years', () => {
  it('a UK request of 1 Dec 2026 runs into New Year: Fri 1 Jan 2027 is a bank holiday, so Mon 4 Jan 2027', () => {
    expect(due({ regime: 'uk-gdpr', requestType: 'access', receivedAt: '2026-12-01' })).toBe('2027-01-04');
  });
  it('an EU request of 31 Dec 2025 ends Sat 31 Jan 2026 → Mon 2 Feb; in Ireland St Brigid\'s Day pushes it to Tue 3 Feb', () => {
    expect(due({ regime: 'gdpr', requestType: 'access', receivedAt: '2025-12-31' })).toBe('2026-02-02');
    expect(due({ regime: 'gdpr', requestType: 'access', receivedAt: '2025-12-31', country: 'IE' })).toBe('2026-02-03');
  });
  it('a UK request of 29 Feb 2024 ends on Good Friday 29 Mar 2024 → Tue 2 Apr 2024', () => {
    expect(due({ regime: 'uk-gdpr', requestType: 'access', receivedAt: '2024-02-29' })).toBe('2024-04-02');
  });
  it('an EU request of 29 Feb 2028 is due Wed 29 Mar 2028', () => {
    expect(due({ regime: 'gdpr', requestType: 'access', receivedAt: '2028-02-29' })).toBe('2028-03-29');
  });
  it('CCPA 45 days from 1 February count one day fewer in a leap year: 16 Mar 2028 vs 17 Mar 2027', () => {
    expect(due({ regime: 'ccpa', requestType: 'access', receivedAt: '2028-02-01' })).toBe('2028-03-16');
    expect(due({ regime: 'ccpa', requestType: 'access', receivedAt: '2027-02-01' })).toBe('2027-03-17');
  });
  it('a CCPA request of 31 Dec 2026 is due Sat 13 Feb 2027, kept on the Saturday', () => {
    const r = computeDeadlines({ regime: 'ccpa', requestType: 'access', receivedAt: '2026-12-31' }).find((d) => d.kind === 'respond');
    expect(r?.due).toBe('2027-02-13');
    expect(r?.trace.join(' ')).toContain('the date is kept');
  });
});

describe('the local date of receipt', () => {
  it('a message at 23:30 in London on 31 Jan 2026 is received 31 January', () => {
    const [r] = computeDeadlines({ regime: 'uk-gdpr', requestType: 'access', receivedAt: '2026-01-31T23:30:00Z', timeZone: 'Europe/London' });
    expect(r.due).toBe('2026-03-02');
    expect(r.trace[0]).toBe('Received 2026-01-31T23:30:00Z, which is Sat 31 Jan 2026 at 23:30 in Europe/London: the local date counts.');
  });
  it('23:30 on 31 Jan in Los Angeles is 1 Feb in UTC, but the request counts from 31 Jan: due 16 Mar 2026', () => {
    expect(due({ regime: 'ccpa', requestType: 'access', receivedAt: '2026-02-01T07:30:00Z', timeZone: 'America/Los_Angeles' })).toBe('2026-03-16');
    expect(due({ regime: 'ccpa', requestType: 'access', receivedAt: '2026-01-31T23:30:00-08:00', timeZone: 'America/Los_Angeles' })).toBe('2026-03-16');
    expect(due({ regime: 'ccpa', requestType: 'access', receivedAt: '2026-01-31T23:30', timeZone: 'America/Los_Angeles' })).toBe('2026-03-16');
  });
  it('00:30 on 1 Jun in Berlin (22:30 UTC on 31 May) is received 1 June: due Wed 1 Jul 2026', () => {
    expect(due({ regime: 'gdpr', requestType: 'access', receivedAt: '2026-05-31T22:30:00Z', timeZone: 'Europe/Berlin', country: 'DE' })).toBe('2026-07-01');
  });
  it('without a time zone, the zone of the organisation\'s country is used: 22:30 UTC on 31 May is still 31 May in Dublin', () => {
    const [r] = computeDeadlines({ regime: 'gdpr', requestType: 'access', receivedAt: '2026-05-31T22:30:00Z', country: 'IE' });
    expect(r.due).toBe('2026-06-30');
    expect(r.trace[0]).toBe('Received 2026-05-31T22:30:00Z, which is Sun 31 May 2026 at 23:30 in Europe/Dublin, the time zone of IE: the local date counts.');
    expect(due({ regime: 'gdpr', requestType: 'access', receivedAt: '2026-05-31T22:30:00Z' })).toBe('2026-07-01'); // Brussels: 1 June
  });
  it('across the spring change in London: 23:30 UTC on 29 Mar 2026 is 00:30 BST on 30 March', () => {
    expect(due({ regime: 'uk-gdpr', requestType: 'access', receivedAt: '2026-03-28T23:30:00Z', timeZone: 'Europe/London' })).toBe('2026-04-28');
    expect(due({ regime: 'uk-gdpr', requestType: 'access', receivedAt: '2026-03-29T23:30:00Z', timeZone: 'Europe/London' })).toBe('2026-04-30');
  });
  it('across the autumn change in London: 23:30 UTC on 24 Oct is 25 Oct (BST); 23:30 UTC on 31 Oct is still 31 Oct (GMT)', () => {
    expect(due({ regime: 'uk-gdpr', requestType: 'access', receivedAt: '2026-10-24T23:30:00Z', timeZone: 'Europe/London' })).toBe('2026-11-25');
    expect(due({ regime: 'uk-gdpr', requestType: 'access', receivedAt: '2026-10-31T23:30:00Z', timeZone: 'Europe/London' })).toBe('2026-11-30');
  });
  it('across the US spring change: 23:30 PDT on Sun 8 Mar 2026 counts ten business days from 8 March, Fri 20 Mar', () => {
    expect(due({ regime: 'ccpa', requestType: 'access', receivedAt: '2026-03-09T06:30:00Z', timeZone: 'America/Los_Angeles' }, 'acknowledge')).toBe('2026-03-20');
  });
});

describe('input a DPO must correct', () => {
  it('rejects 30 February, an unknown time zone, an unknown calendar and an unknown rule with a plain sentence', () => {
    expect(() => computeDeadlines({ regime: 'gdpr', requestType: 'access', receivedAt: '2026-02-30' })).toThrow(DeadlineInputError);
    expect(() => computeDeadlines({ regime: 'gdpr', requestType: 'access', receivedAt: '2026-02-03', timeZone: 'Mars/Olympus' })).toThrow(/not a time zone/);
    expect(() => computeDeadlines({ regime: 'gdpr', requestType: 'access', receivedAt: '2026-02-03', country: 'XX' })).toThrow(/holiday calendar code/);
    expect(() => computeDeadlines({ regime: 'gdpr', requestType: 'access', receivedAt: '2026-02-03', overrides: { 'gdpr.nonsense': 3 } })).toThrow(/no deadline rule/);
    expect(() => computeDeadlines({ regime: 'gdpr', requestType: 'access', receivedAt: '2026-02-03', events: [{ type: 'paused', from: '2026-02-31', to: '2026-03-01' }] })).toThrow(/events\.0\.from/);
  });
});
