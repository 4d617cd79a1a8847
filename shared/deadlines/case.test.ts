// Cases under several regimes at once, and the organisation's own promise: the earliest answer governs.
import { describe, expect, it } from 'vitest';
import { computeCaseDeadlines, computeDeadlines } from './index';

const governing = (list: ReturnType<typeof computeCaseDeadlines>) => list.filter((d) => d.governing);

describe('the governing deadline of a case', () => {
  it("the society's 30-day promise governs when it is earlier than the GDPR month (received 1 Mar 2026: 31 Mar vs 1 Apr)", () => {
    const promise = { days: 30, label: "the society's privacy policy promises a reply within 30 days" };
    const list = computeCaseDeadlines({ regimes: ['gdpr'], requestTypes: ['access'], receivedAt: '2026-03-01', promise });
    const [g] = governing(list);
    expect(governing(list)).toHaveLength(1);
    expect(g.kind).toBe('promise');
    expect(g.due).toBe('2026-03-31');
    expect(g.basis).toContain("the society's privacy policy");
    expect(list.find((d) => d.kind === 'respond')?.due).toBe('2026-04-01');
  });
  it('the GDPR month governs when the promise is later (received 15 Feb 2026: Mon 16 Mar vs Tue 17 Mar)', () => {
    const list = computeCaseDeadlines({ regimes: ['gdpr'], requestTypes: ['erasure'], receivedAt: '2026-02-15', promise: { days: 30, label: 'policy: within 30 days' } });
    expect(governing(list)[0].kind).toBe('respond');
    expect(governing(list)[0].due).toBe('2026-03-16');
  });
  it('a UK resident complaining to a DPF company with an access request inside: the UK month governs', () => {
    const list = computeCaseDeadlines({
      regimes: ['uk-gdpr', 'dpf'], requestTypes: ['access', 'complaint'], receivedAt: '2026-02-02T10:15:00Z', timeZone: 'Europe/London',
    });
    expect(list.find((d) => d.regime === 'dpf' && d.kind === 'respond' && d.due !== null)?.due).toBe('2026-03-19');
    expect(list.find((d) => d.regime === 'uk-gdpr' && d.kind === 'acknowledge')?.due).toBe('2026-03-04');
    const [g] = governing(list);
    expect([g.regime, g.kind, g.due]).toEqual(['uk-gdpr', 'respond', '2026-03-02']);
  });
  it('an EU erasure that is also a marketing unsubscribe: CAN-SPAM\'s 10 business days come first', () => {
    const list = computeCaseDeadlines({
      regimes: ['gdpr', 'can-spam'], requestTypes: ['erasure', 'objection'], receivedAt: '2026-11-20', countries: { gdpr: 'DE' },
    });
    expect(list.filter((d) => d.regime === 'gdpr' && d.kind === 'respond')).toHaveLength(1);
    expect(list.find((d) => d.regime === 'gdpr' && d.kind === 'respond')?.due).toBe('2026-12-21');
    expect(list.some((d) => d.kind === 'not-applicable')).toBe(false);
    const [g] = governing(list);
    expect([g.regime, g.kind, g.due]).toEqual(['can-spam', 'stop-sending', '2026-12-07']);
  });
  it('once extended, each regime\'s extended date replaces its first deadline; the earliest extended date governs', () => {
    const list = computeCaseDeadlines({ regimes: ['gdpr', 'ccpa'], requestTypes: ['access'], receivedAt: '2026-01-05', events: [{ type: 'extension' }] });
    expect(list.find((d) => d.regime === 'gdpr' && d.kind === 'respond-extended')?.due).toBe('2026-04-06');
    const [g] = governing(list);
    expect([g.regime, g.kind, g.due]).toEqual(['ccpa', 'respond-extended', '2026-04-04']);
  });
  it('a COPPA-only case has no governing date, because none is invented', () => {
    const list = computeCaseDeadlines({ regimes: ['coppa'], requestTypes: ['child-data-deletion'], receivedAt: '2026-05-04' });
    expect(governing(list)).toHaveLength(0);
    expect(list[0].noFixedPeriod).toBe(true);
  });
  it('a regime with no clock for any of the request types still says why, once', () => {
    const list = computeCaseDeadlines({ regimes: ['uk-gdpr', 'can-spam'], requestTypes: ['access', 'rectification'], receivedAt: '2026-05-04' });
    expect(list.filter((d) => d.regime === 'can-spam')).toHaveLength(1);
    expect(list.find((d) => d.regime === 'can-spam')?.kind).toBe('not-applicable');
  });
  it('a single-regime result marks its own governing deadline too', () => {
    const list = computeDeadlines({ regime: 'ccpa', requestType: 'access', receivedAt: '2026-01-05' });
    expect(list.filter((d) => d.governing).map((d) => d.kind)).toEqual(['respond']);
  });
});
