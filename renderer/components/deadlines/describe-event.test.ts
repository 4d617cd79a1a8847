import { describe, expect, it } from 'vitest';
import { describeRecordedEvent } from './describe-event';

describe('recorded events as the DPO reads them', () => {
  it('an extension shows the reasons given', () => {
    expect(describeRecordedEvent({ kind: 'extension', onDate: '2025-09-20', data: { type: 'extension', date: '2025-09-20', reasons: 'Complex request' } })).toEqual({ what: 'Extension notified', detail: 'Complex request' });
  });

  it('a clock stop for identity documents says so in words', () => {
    expect(describeRecordedEvent({ kind: 'clock-stop', onDate: '2025-09-05', data: { type: 'clock-stop', from: '2025-09-05', reason: 'identity' } }).detail).toBe('Identity documents asked');
  });

  it('a Shine the Light request outside the designated address is named as such', () => {
    expect(describeRecordedEvent({ kind: 'designated-channel', onDate: '2025-09-05', data: { type: 'designated-channel', designated: false } }).detail).toBe('Arrived outside the designated address');
  });

  it('a DPF arbitration notice reads as the Annex I notice', () => {
    expect(describeRecordedEvent({ kind: 'arbitration-notice', onDate: '2025-12-01', data: { type: 'arbitration-notice', date: '2025-12-01' } }).what).toBe('Annex I arbitration notice');
  });
});
