import { describe, expect, it } from 'vitest';
import { buildClockEvent, emptyEventDraft, eventsFor } from './event-forms';

describe('which events the actions bar offers first', () => {
  it('a UK GDPR access request offers the extension and the clock stop first, and keeps the DPF referrals under "More"', () => {
    const { relevant, other } = eventsFor(['uk-gdpr']);
    expect(relevant).toEqual(expect.arrayContaining(['extension', 'clock-stop', 'clock-restart', 'clock-start-later', 'refusal']));
    expect(relevant).not.toContain('panel-referral');
    expect(other).toEqual(expect.arrayContaining(['panel-referral', 'commerce-referral', 'arbitration-notice', 'appeal', 'designated-channel']));
  });

  it('a DPF complaint offers the panel, Commerce and Annex I arbitration events first', () => {
    expect(eventsFor(['dpf']).relevant).toEqual(['panel-referral', 'panel-advice', 'commerce-referral', 'arbitration-notice']);
  });

  it('every event is offered somewhere, once', () => {
    const { relevant, other } = eventsFor(['ca-shine-the-light']);
    expect(relevant).toContain('designated-channel');
    expect(new Set([...relevant, ...other]).size).toBe(relevant.length + other.length);
    expect(relevant.length + other.length).toBe(12);
  });
});

describe('turning a filled dialog into the event the host records', () => {
  it('an extension told on 20 September 2025 with reasons becomes an extension event with its note', () => {
    const draft = { ...emptyEventDraft('extension', '2025-09-20'), reasons: 'Many requests from the same person', note: 'Letter sent by email' };
    expect(buildClockEvent('extension', draft, '2025-09-03')).toEqual({
      event: { type: 'extension', date: '2025-09-20', reasons: 'Many requests from the same person' },
      note: 'Letter sent by email',
    });
  });

  it('an extension without reasons is refused: the notice must give them', () => {
    const out = buildClockEvent('extension', emptyEventDraft('extension', '2025-09-20'), '2025-09-03');
    expect(out).toEqual({ errors: { reasons: 'Give the reasons told to the requester.' } });
  });

  it('a clock stop dated before receipt is refused with the reason', () => {
    const out = buildClockEvent('clock-stop', emptyEventDraft('clock-stop', '2025-09-01'), '2025-09-03');
    expect(out).toEqual({ errors: { date: 'This date is before the request was received.' } });
  });

  it('a clock stop for identity documents records its reason, and the restart its date as "to"', () => {
    expect(buildClockEvent('clock-stop', { ...emptyEventDraft('clock-stop', '2025-09-05'), reason: 'identity' }, '2025-09-03')).toEqual({ event: { type: 'clock-stop', from: '2025-09-05', reason: 'identity' } });
    expect(buildClockEvent('clock-restart', emptyEventDraft('clock-restart', '2025-09-12'), '2025-09-03')).toEqual({ event: { type: 'clock-restart', to: '2025-09-12' } });
  });

  it('a later clock start defaults to "identity documents received"', () => {
    expect(buildClockEvent('clock-start-later', emptyEventDraft('clock-start-later', '2025-09-10'), '2025-09-03')).toEqual({ event: { type: 'clock-start-later', date: '2025-09-10', reason: 'id-received' } });
  });

  it('a Shine the Light request must say where it arrived; the designated address is recorded as true', () => {
    const draft = emptyEventDraft('designated-channel', '2025-09-10');
    expect(buildClockEvent('designated-channel', draft, '2025-09-03')).toEqual({ errors: { designated: 'Say where the request arrived.' } });
    expect(buildClockEvent('designated-channel', { ...draft, designated: 'yes' }, '2025-09-03')).toEqual({ event: { type: 'designated-channel', designated: true } });
  });

  it('a date that is not on the calendar (31 September) is refused by the event schema', () => {
    const out = buildClockEvent('refusal', emptyEventDraft('refusal', '2025-09-31'), '2025-09-03');
    expect('errors' in out && out.errors.date).toMatch(/calendar date/);
  });
});
