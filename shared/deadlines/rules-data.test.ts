// The rules table a DPO sees in Settings: every unconfirmed figure is there, can be overridden, and the
// override shows in the trace.
import { describe, expect, it } from 'vitest';
import { computeDeadlines, describeRules, parseOverrideValue, RULES, validateOverrides, type DeadlineInput } from './index';

const due = (input: DeadlineInput, kind = 'respond') => computeDeadlines(input).find((d) => d.kind === kind)?.due;

describe('the rules table', () => {
  it('lists every figure the legal reference leaves open, marked as such', () => {
    const open = ['dpf.arbitration.days', 'dpf.commerce.days', 'ccpa.day-counting', 'ccpa.business-day-calendar', 'can-spam.business-day-calendar',
      'ch-fadp.roll-forward', 'lgpd.roll-forward', 'us-state.colorado.appeal.days', 'gdpr.extension.reading', 'uk-gdpr.complaint.ack-start'];
    for (const id of open) expect(RULES.find((r) => r.id === id)?.ambiguous, id).toBe(true);
    expect(RULES.find((r) => r.id === 'dpf.arbitration.days')).toMatchObject({ value: 90, unit: 'calendar-days', confidence: '?' });
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
  it('describes each rule for a Settings screen, with the organisation\'s value beside the default', () => {
    const rows = describeRules({ 'dpf.arbitration.days': 60 });
    const arb = rows.find((r) => r.id === 'dpf.arbitration.days');
    expect(arb).toMatchObject({ effective: 60, overridden: true, shown: '60 days', shownDefault: '90 days' });
    expect(rows.find((r) => r.id === 'gdpr.calendar')?.shown).toBe('Saturdays and Sundays only');
    expect(rows.filter((r) => r.overridden)).toHaveLength(1);
  });
  it('refuses overrides of the wrong kind with a sentence', () => {
    expect(() => validateOverrides({ 'dpf.arbitration.days': -1 })).toThrow('must be a whole number of at least 1');
    expect(() => validateOverrides({ 'gdpr.extension.reading': 'whatever' })).toThrow('one of earlier, after-first-month, from-receipt');
    expect(() => validateOverrides({ 'gdpr.calendar': 'ZZ' })).toThrow('holiday calendar code');
    expect(() => validateOverrides({ 'calendar.holiday-types': 'public,bank', 'gdpr.calendar': 'IE' })).not.toThrow();
  });
  it('reads override values typed as text', () => {
    expect(parseOverrideValue('dpf.commerce.days', '60')).toBe(60);
    expect(parseOverrideValue('ch-fadp.roll-forward', 'true')).toBe(true);
    expect(parseOverrideValue('ccpa.day-counting', 'exclude-first-day')).toBe('exclude-first-day');
  });
});

describe('overrides change the dates and say so', () => {
  it('UK complaint acknowledgement counted from the day of receipt: Thu 16 Jul instead of Fri 17 Jul 2026', () => {
    const base: DeadlineInput = { regime: 'uk-gdpr', requestType: 'complaint', receivedAt: '2026-06-17' };
    expect(due(base, 'acknowledge')).toBe('2026-07-17');
    expect(due({ ...base, overrides: { 'uk-gdpr.complaint.ack-start': 'day-of-receipt' } }, 'acknowledge')).toBe('2026-07-16');
  });
  it('Swiss and Brazilian periods stay on a weekend by default and move when roll-forward is switched on', () => {
    expect(due({ regime: 'ch-fadp', requestType: 'access', receivedAt: '2026-10-02' })).toBe('2026-11-01');
    expect(due({ regime: 'ch-fadp', requestType: 'access', receivedAt: '2026-10-02', overrides: { 'ch-fadp.roll-forward': true } })).toBe('2026-11-02');
    expect(due({ regime: 'lgpd', requestType: 'access', receivedAt: '2026-04-10' })).toBe('2026-04-25');
    expect(due({ regime: 'lgpd', requestType: 'access', receivedAt: '2026-04-10', overrides: { 'lgpd.roll-forward': true } })).toBe('2026-04-27');
  });
  it('an Annex I period set to 60 days by the organisation shows in the trace', () => {
    const arb = computeDeadlines({ regime: 'dpf', requestType: 'complaint', receivedAt: '2026-02-02', events: [{ type: 'arbitration-notice', date: '2026-05-04' }], overrides: { 'dpf.arbitration.days': 60 } })
      .find((d) => d.kind === 'arbitration-complete');
    expect(arb?.due).toBe('2026-07-03');
    expect(arb?.trace).toContain('Overridden by organisation: 60 days instead of 90 days (rule dpf.arbitration.days).');
  });
  it('counting bank holidays too (public,bank) moves an Irish Good Friday deadline', () => {
    // 3 Apr 2026 is Good Friday: a bank holiday in Ireland, not a public one.
    expect(due({ regime: 'gdpr', requestType: 'access', receivedAt: '2026-03-03', country: 'IE' })).toBe('2026-04-03');
    expect(due({ regime: 'gdpr', requestType: 'access', receivedAt: '2026-03-03', country: 'IE', overrides: { 'calendar.holiday-types': 'public,bank' } })).toBe('2026-04-07');
  });
});
