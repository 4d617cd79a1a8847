// What happens to the clocks when something is recorded on the case: an extension, a pause, ID arriving,
// a fee notice, a refusal, a request sent to the wrong address, an appeal, a referral.
import { describe, expect, it } from 'vitest';
import { computeDeadlines, type DeadlineInput } from './index';

const find = (input: DeadlineInput, kind: string) => computeDeadlines(input).find((d) => d.kind === kind);

describe('extensions', () => {
  it('an EU extension notified after the first month is flagged on the notice and on the extended date', () => {
    const list = computeDeadlines({ regime: 'gdpr', requestType: 'access', receivedAt: '2026-01-31', events: [{ type: 'extension', date: '2026-03-05', reasons: 'many requests' }] });
    const notice = list.find((d) => d.kind === 'extension-notice');
    expect(notice?.due).toBe('2026-03-02');
    expect(notice?.warning).toBe('The extension notice was given on Thu 5 Mar 2026, after its deadline of Mon 2 Mar 2026.');
    expect(list.find((d) => d.kind === 'respond-extended')?.warning).toContain('after its deadline');
  });
  it('the organisation may choose the "three months from receipt" reading for EU extensions: 30 Apr 2026', () => {
    const ext = find({ regime: 'gdpr', requestType: 'access', receivedAt: '2026-01-31', events: [{ type: 'extension' }], overrides: { 'gdpr.extension.reading': 'from-receipt' } }, 'respond-extended');
    expect(ext?.due).toBe('2026-04-30');
    expect(ext?.trace).toContain('Overridden by organisation: from-receipt instead of earlier (rule gdpr.extension.reading; from-receipt = Three months from the date of receipt).');
  });
  it('without an extension the base deadline governs and no extended date is shown', () => {
    const list = computeDeadlines({ regime: 'uk-gdpr', requestType: 'access', receivedAt: '2025-09-03' });
    expect(list.find((d) => d.kind === 'respond-extended')).toBeUndefined();
    expect(list.find((d) => d.governing)?.kind).toBe('respond');
  });
  it('a CCPA extension notified on day 50 is late; the 90-day maximum still stands', () => {
    const list = computeDeadlines({ regime: 'ccpa', requestType: 'erasure', receivedAt: '2026-01-05', events: [{ type: 'extension', date: '2026-02-23' }] });
    expect(list.find((d) => d.kind === 'extension-notice')?.warning).toContain('after its deadline of Wed 18 Feb 2026');
    expect(list.find((d) => d.kind === 'respond-extended')?.due).toBe('2026-04-04');
  });
  it('a Swiss delay notice gives the date the organisation announced, never an invented one', () => {
    const stated = find({ regime: 'ch-fadp', requestType: 'access', receivedAt: '2026-12-01', events: [{ type: 'extension', date: '2026-12-20', until: '2027-01-29' }] }, 'respond-extended');
    expect(stated?.due).toBe('2027-01-29');
    const open = find({ regime: 'ch-fadp', requestType: 'access', receivedAt: '2026-12-01', events: [{ type: 'extension', date: '2026-12-20' }] }, 'respond-extended');
    expect(open?.due).toBeNull();
    expect(open?.noFixedPeriod).toBe(true);
  });
});

describe('pauses and later starts', () => {
  it('a UK clock still stopped has no date, and says so', () => {
    const respond = find({ regime: 'uk-gdpr', requestType: 'access', receivedAt: '2026-03-02', events: [{ type: 'clock-stop', from: '2026-03-05' }] }, 'respond');
    expect(respond?.due).toBeNull();
    expect(respond?.warning).toContain('clock is stopped');
  });
  it('a UK pause of 5–9 Mar 2026 moves 2 Apr to Tue 7 Apr; a pause starting 20 Apr, after that end, does not count', () => {
    const respond = find({ regime: 'uk-gdpr', requestType: 'access', receivedAt: '2026-03-02', events: [
      { type: 'paused', from: '2026-03-05', to: '2026-03-09' }, { type: 'paused', from: '2026-04-20', to: '2026-04-21' },
    ] }, 'respond');
    expect(respond?.due).toBe('2026-04-07');
    expect(respond?.trace.join(' ')).toContain('began after the period had ended');
  });
  it('a UK extension after a clarification pause adds the paused days too: 2 Jun 2026 + 15 = Wed 17 Jun 2026', () => {
    const ext = find({ regime: 'uk-gdpr', requestType: 'access', receivedAt: '2026-03-02', events: [
      { type: 'paused', from: '2026-03-05', to: '2026-03-19' }, { type: 'extension', date: '2026-03-25' },
    ] }, 'respond-extended');
    expect(ext?.due).toBe('2026-06-17');
  });
  it('the GDPR does not pause for ID unless the organisation switches that on', () => {
    const input: DeadlineInput = { regime: 'gdpr', requestType: 'access', receivedAt: '2026-03-02', events: [{ type: 'clock-start-later', date: '2026-03-10', reason: 'id-received' }] };
    const off = find(input, 'respond');
    expect(off?.due).toBe('2026-04-02');
    expect(off?.trace.join(' ')).toContain('does not stop the GDPR clock');
    expect(find({ ...input, overrides: { 'gdpr.pause-for-identity': true } }, 'respond')?.due).toBe('2026-04-10');
  });
  it('CCPA verification never stops the clock, and the trace says why', () => {
    const respond = find({ regime: 'ccpa', requestType: 'access', receivedAt: '2026-01-05', events: [{ type: 'paused', from: '2026-01-06', to: '2026-01-20' }] }, 'respond');
    expect(respond?.due).toBe('2026-02-18');
    expect(respond?.trace.join(' ')).toContain('regardless of time required to verify');
  });
  it('a UK clock starts on the latest of ID, authority and fee: fee paid 20 Mar 2026 → due Mon 20 Apr 2026', () => {
    const respond = find({ regime: 'uk-gdpr', requestType: 'access', receivedAt: '2026-03-02', events: [
      { type: 'clock-start-later', date: '2026-03-10', reason: 'id-received' }, { type: 'clock-start-later', date: '2026-03-20', reason: 'fee-paid' },
    ] }, 'respond');
    expect(respond?.due).toBe('2026-04-20');
    expect(respond?.trace.join(' ')).toContain('when the fee was paid');
  });
});

describe('refusals, channels, appeals and referrals', () => {
  it('an EU refusal must be notified within one month even when the reply was extended', () => {
    const list = computeDeadlines({ regime: 'gdpr', requestType: 'erasure', receivedAt: '2026-09-25', events: [{ type: 'extension', date: '2026-10-01' }, { type: 'refusal', date: '2026-11-02' }] });
    const refusal = list.find((d) => d.kind === 'refusal-notice');
    expect(refusal?.due).toBe('2026-10-26');
    expect(refusal?.warning).toContain('after its deadline');
  });
  it('a Virginia decline notice is due within 45 days, on time here', () => {
    const refusal = find({ regime: 'us-state', requestType: 'access', receivedAt: '2026-06-01', events: [{ type: 'refusal', date: '2026-07-10' }] }, 'refusal-notice');
    expect(refusal?.due).toBe('2026-07-16');
    expect(refusal?.warning).toBeUndefined();
  });
  it('a Colorado appeal is decided within 45 days, flagged as unconfirmed', () => {
    const appeal = find({ regime: 'us-state', requestType: 'follow-up', receivedAt: '2026-09-01', country: 'US-CO' }, 'appeal-decision');
    expect(appeal?.due).toBe('2026-10-16');
    expect(appeal?.confidence).toBe('?');
  });
  it('Utah has no appeal step, so a follow-up there has no clock', () => {
    expect(find({ regime: 'us-state', requestType: 'follow-up', receivedAt: '2026-09-01', country: 'US-UT' }, 'not-applicable')?.due).toBeNull();
  });
  it('panel advice given early (1 Apr 2026) starts the 25 days from then: comply by Sun 26 Apr 2026', () => {
    const comply = find({ regime: 'dpf', requestType: 'regulator', receivedAt: '2026-03-02', events: [{ type: 'panel-advice', date: '2026-04-01' }] }, 'panel-comply');
    expect(comply?.due).toBe('2026-04-26');
  });
  it('a DPA referral to the Department of Commerce gets a 90-day marker flagged unconfirmed, and the organisation can set 60', () => {
    const input: DeadlineInput = { regime: 'dpf', requestType: 'complaint', receivedAt: '2026-02-02', events: [{ type: 'commerce-referral', date: '2026-04-01' }] };
    expect(find(input, 'commerce-response')?.due).toBe('2026-06-30');
    const set = find({ ...input, overrides: { 'dpf.commerce.days': 60 } }, 'commerce-response');
    expect(set?.due).toBe('2026-05-31');
    expect(set?.trace).toContain('Overridden by organisation: 60 days instead of 90 days (rule dpf.commerce.days).');
  });
});

describe('no fixed period', () => {
  it('a parent asking to delete a child\'s data under COPPA gets "promptly", never a made-up date', () => {
    const [d] = computeDeadlines({ regime: 'coppa', requestType: 'child-data-deletion', receivedAt: '2026-05-04' });
    expect(d.kind).toBe('respond');
    expect(d.due).toBeNull();
    expect(d.noFixedPeriod).toBe(true);
    expect(d.governing).toBeUndefined();
  });
  it('CAN-SPAM has nothing to say about an access request', () => {
    const [d] = computeDeadlines({ regime: 'can-spam', requestType: 'access', receivedAt: '2026-05-04' });
    expect(d.kind).toBe('not-applicable');
    expect(d.due).toBeNull();
  });
  it('a UK complaint received before section 164A applies is flagged as good practice only', () => {
    expect(find({ regime: 'uk-gdpr', requestType: 'complaint', receivedAt: '2026-03-02' }, 'acknowledge')?.warning).toContain('not a statutory duty');
  });
});
