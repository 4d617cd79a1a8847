// The worked date examples of the legal reference (§5), one test each. Examples 1–4 give no year: the year
// chosen is named in each test, picked so that the regulator's stated date is a working day unless the
// example is about the weekend move.
import { describe, expect, it } from 'vitest';
import { computeDeadlines, type DeadlineInput } from './index';

function due(input: DeadlineInput, kind: string): string | null {
  const found = computeDeadlines(input).find((d) => d.kind === kind);
  if (!found) throw new Error(`no ${kind} deadline`);
  return found.due;
}
const uk = (receivedAt: string, extra: Partial<DeadlineInput> = {}): DeadlineInput => ({ regime: 'uk-gdpr', requestType: 'access', receivedAt, ...extra });
const eu = (receivedAt: string, extra: Partial<DeadlineInput> = {}): DeadlineInput => ({ regime: 'gdpr', requestType: 'access', receivedAt, ...extra });

describe('ICO examples (UK)', () => {
  it('1: a request received on 3 September (2025) is due on 3 October', () => {
    expect(due(uk('2025-09-03'), 'respond')).toBe('2025-10-03');
  });
  it('2: a request received on the New Year bank holiday (2024) is due at the end of 1 February', () => {
    expect(due(uk('2024-01-01'), 'respond')).toBe('2024-02-01');
  });
  it('3: a request received Mon 25 Nov 2024 is due Fri 27 Dec, past Christmas Day and Boxing Day', () => {
    const [respond] = computeDeadlines(uk('2024-11-25'));
    expect(respond.due).toBe('2024-12-27');
    expect(respond.trace.join(' ')).toContain('Christmas Day');
    expect(respond.trace.join(' ')).toContain('Boxing Day');
  });
  it('4: received 31 January: due 28 February (2025), 29 February in a leap year (2024), next Monday when the 28th is a weekend (2026)', () => {
    expect(due(uk('2025-01-31'), 'respond')).toBe('2025-02-28');
    expect(due(uk('2024-01-31'), 'respond')).toBe('2024-02-29');
    expect(due(uk('2026-01-31'), 'respond')).toBe('2026-03-02');
  });
  it('5: received Sat 31 Jan 2026: 28 Feb is a Saturday, so Mon 2 Mar 2026 in the UK and in the EU', () => {
    const [respond] = computeDeadlines(uk('2026-01-31'));
    expect(respond.due).toBe('2026-03-02');
    expect(respond.trace).toContain('Received Sat 31 Jan 2026 (Europe/London, default for uk-gdpr).');
    expect(respond.trace.some((l) => l.includes('Sat 28 Feb 2026 (no 31 Feb, so the last day of February)'))).toBe(true);
    expect(respond.trace).toContain('Sat 28 Feb 2026 is a Saturday: moved to the next working day, Mon 2 Mar 2026.');
    expect(due(eu('2026-01-31'), 'respond')).toBe('2026-03-02');
  });
  it('6: received Mon 31 Jan 2028 is due Tue 29 Feb 2028 (leap year clamp)', () => {
    expect(due(uk('2028-01-31'), 'respond')).toBe('2028-02-29');
    expect(due(eu('2028-01-31'), 'respond')).toBe('2028-02-29');
  });
  it('7: a complex request of 3 Sep 2025: extension notice by Fri 3 Oct, extended deadline Wed 3 Dec 2025', () => {
    const list = computeDeadlines(uk('2025-09-03', { events: [{ type: 'extension', date: '2025-09-20', reasons: 'complex' }] }));
    expect(list.find((d) => d.kind === 'extension-notice')?.due).toBe('2025-10-03');
    const extended = list.find((d) => d.kind === 'respond-extended');
    expect(extended?.due).toBe('2025-12-03');
    expect(extended?.governing).toBe(true);
    expect(extended?.warning).toBeUndefined();
  });
  it('10: received 30 January in a non-leap year (2025) is due 28 February', () => {
    expect(due(uk('2025-01-30'), 'respond')).toBe('2025-02-28');
  });
  it('11: received 1 August (2025) is due 1 September under the current rule; 2 September under the pre-2019 rule (2018)', () => {
    expect(due(uk('2025-08-01'), 'respond')).toBe('2025-09-01');
    expect(due(uk('2018-08-01'), 'respond')).toBe('2018-09-03'); // 2 Sep 2018 was a Sunday
  });
  it('12: clarification asked Thu 5 Mar and answered Thu 19 Mar 2026 adds 15 days: due Fri 17 Apr 2026', () => {
    const list = computeDeadlines(uk('2026-03-02', { events: [{ type: 'paused', from: '2026-03-05', to: '2026-03-19', reason: 'clarification' }] }));
    const respond = list.find((d) => d.kind === 'respond');
    expect(respond?.due).toBe('2026-04-17');
    expect(respond?.trace.join(' ')).toContain('15 days, both included');
    const stopRestart = computeDeadlines(uk('2026-03-02', { events: [{ type: 'clock-stop', from: '2026-03-05' }, { type: 'clock-restart', to: '2026-03-19' }] }));
    expect(stopRestart.find((d) => d.kind === 'respond')?.due).toBe('2026-04-17');
  });
  it('13: ID asked 3 Mar and received Tue 10 Mar 2026: the clock runs from then, due Fri 10 Apr 2026', () => {
    expect(due(uk('2026-03-02', { events: [{ type: 'clock-start-later', date: '2026-03-10', reason: 'id-received' }] }), 'respond')).toBe('2026-04-10');
  });
  it('14: a complaint to the controller on Fri 19 Jun 2026 is acknowledged by Mon 20 Jul 2026', () => {
    const list = computeDeadlines(uk('2026-06-19', { requestType: 'complaint' }));
    const ack = list.find((d) => d.kind === 'acknowledge');
    expect(ack?.due).toBe('2026-07-20');
    expect(ack?.warning).toBeUndefined();
    expect(list.find((d) => d.kind === 'respond')?.due).toBeNull();
  });
});

describe('EU GDPR examples', () => {
  it('8: a complex EU request of 31 Jan 2026 is extended to 28 Apr 2026, the earlier reading', () => {
    const extended = computeDeadlines(eu('2026-01-31', { events: [{ type: 'extension', date: '2026-02-20' }] })).find((d) => d.kind === 'respond-extended');
    expect(extended?.due).toBe('2026-04-28');
    expect(extended?.trace.join(' ')).toContain('Thu 30 Apr 2026');
  });
  it('9: received 25 Sep 2026: 25 Oct is a Sunday, so Mon 26 Oct 2026', () => {
    expect(due(eu('2026-09-25'), 'respond')).toBe('2026-10-26');
    expect(due(eu('2026-09-25', { country: 'DE' }), 'respond')).toBe('2026-10-26');
  });
  it('26: a complaint lodged with an authority on Thu 15 Jan 2026 gives an Art. 78(2) remedy after Wed 15 Apr 2026', () => {
    expect(due(eu('2026-01-15', { requestType: 'regulator' }), 'regulator-progress')).toBe('2026-04-15');
  });
});

describe('California examples', () => {
  it('15: a request to know of Mon 5 Jan 2026: confirm by Tue 20 Jan (MLK Day skipped), respond by Wed 18 Feb, extended to Sat 4 Apr', () => {
    const list = computeDeadlines({ regime: 'ccpa', requestType: 'access', receivedAt: '2026-01-05', events: [{ type: 'extension' }] });
    expect(list.find((d) => d.kind === 'acknowledge')?.due).toBe('2026-01-20');
    expect(list.find((d) => d.kind === 'respond')?.due).toBe('2026-02-18');
    expect(list.find((d) => d.kind === 'respond-extended')?.due).toBe('2026-04-04');
  });
  it('15 (CCP §12 reading): respond by Thu 19 Feb 2026 when the organisation chooses to exclude the first day', () => {
    expect(due({ regime: 'ccpa', requestType: 'access', receivedAt: '2026-01-05', overrides: { 'ccpa.day-counting': 'exclude-first-day' } }, 'respond')).toBe('2026-02-19');
  });
  it('16: an opt-out of sale on Mon 5 Jan 2026 is due Tue 27 Jan 2026 (15 business days)', () => {
    expect(due({ regime: 'ccpa', requestType: 'sale-share-opt-out', receivedAt: '2026-01-05' }, 'respond')).toBe('2026-01-27');
  });
  it('17: Shine the Light on Wed 1 Jul 2026: Fri 31 Jul at the designated address, Sat 28 Nov 2026 elsewhere', () => {
    expect(due({ regime: 'ca-shine-the-light', requestType: 'shine-the-light', receivedAt: '2026-07-01' }, 'respond')).toBe('2026-07-31');
    expect(due({ regime: 'ca-shine-the-light', requestType: 'shine-the-light', receivedAt: '2026-07-01', events: [{ type: 'designated-channel', designated: false }] }, 'respond')).toBe('2026-11-28');
  });
});

describe('Swiss, Brazilian and US state examples', () => {
  it('18: a Swiss access request of Tue 1 Dec 2026 is due Thu 31 Dec 2026', () => {
    expect(due({ regime: 'ch-fadp', requestType: 'access', receivedAt: '2026-12-01' }, 'respond')).toBe('2026-12-31');
  });
  it('19: a Swiss fee notice of Wed 4 Mar 2026: reflection ends Sat 14 Mar, reply due Mon 13 Apr 2026', () => {
    const list = computeDeadlines({ regime: 'ch-fadp', requestType: 'access', receivedAt: '2026-03-02', events: [{ type: 'fee-notice', date: '2026-03-04' }] });
    expect(list.find((d) => d.kind === 'reflection-ends')?.due).toBe('2026-03-14');
    expect(list.find((d) => d.kind === 'respond')?.due).toBe('2026-04-13');
  });
  it('20: an LGPD access request of Tue 10 Mar 2026 is due Wed 25 Mar 2026', () => {
    expect(due({ regime: 'lgpd', requestType: 'access', receivedAt: '2026-03-10' }, 'respond')).toBe('2026-03-25');
  });
  it('21: Virginia, Mon 1 Jun 2026: respond Thu 16 Jul, extended Sun 30 Aug; appeal of Tue 1 Sep decided by Sat 31 Oct 2026', () => {
    const list = computeDeadlines({ regime: 'us-state', requestType: 'erasure', receivedAt: '2026-06-01', country: 'US-VA', events: [{ type: 'extension', date: '2026-07-01' }, { type: 'appeal', date: '2026-09-01' }] });
    expect(list.find((d) => d.kind === 'respond')?.due).toBe('2026-07-16');
    expect(list.find((d) => d.kind === 'respond-extended')?.due).toBe('2026-08-30');
    expect(list.find((d) => d.kind === 'appeal-decision')?.due).toBe('2026-10-31');
    expect(due({ regime: 'us-state', requestType: 'follow-up', receivedAt: '2026-09-01' }, 'appeal-decision')).toBe('2026-10-31');
  });
});

describe('Data Privacy Framework and CAN-SPAM examples', () => {
  it('22: a DPF complaint of Mon 2 Feb 2026 is answered by Thu 19 Mar 2026', () => {
    expect(due({ regime: 'dpf', requestType: 'complaint', receivedAt: '2026-02-02' }, 'respond')).toBe('2026-03-19');
  });
  it('23: referred to the EU DPA panel Mon 2 Mar 2026: advice by Fri 1 May, compliance by Tue 26 May 2026', () => {
    const list = computeDeadlines({ regime: 'dpf', requestType: 'regulator', receivedAt: '2026-03-02' });
    expect(list.find((d) => d.kind === 'panel-advice')?.due).toBe('2026-05-01');
    expect(list.find((d) => d.kind === 'panel-comply')?.due).toBe('2026-05-26');
  });
  it('24: an Annex I notice of Mon 4 May 2026 targets completion by Sun 2 Aug 2026, flagged unconfirmed', () => {
    const arb = computeDeadlines({ regime: 'dpf', requestType: 'complaint', receivedAt: '2026-02-02', events: [{ type: 'arbitration-notice', date: '2026-05-04' }] }).find((d) => d.kind === 'arbitration-complete');
    expect(arb?.due).toBe('2026-08-02');
    expect(arb?.confidence).toBe('?');
  });
  it('25: a CAN-SPAM unsubscribe of Fri 20 Nov 2026 stops sending by Mon 7 Dec 2026 (Thanksgiving skipped)', () => {
    const [stop] = computeDeadlines({ regime: 'can-spam', requestType: 'objection', receivedAt: '2026-11-20' });
    expect(stop.kind).toBe('stop-sending');
    expect(stop.due).toBe('2026-12-07');
    expect(stop.trace.join(' ')).toContain('Thanksgiving');
  });
});
