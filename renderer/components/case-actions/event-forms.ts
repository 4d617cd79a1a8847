// The dated clock events a DPO records on a case, as forms: what each asks for, which regimes know it,
// and how a filled form becomes the ClockEvent the host recomputes deadlines from.
import { ClockEvent } from '../../../shared/deadlines/types';
import type { Regime } from '../../../shared/domain/ids';

export type EventKind = Exclude<ClockEvent['type'], 'paused'>;

export interface EventDraft {
  date: string;
  reasons: string;
  reason: string;
  designated: '' | 'yes' | 'no';
  note: string;
}

export type EventField = 'date' | 'reasons' | 'reason' | 'designated';

export interface EventForm {
  kind: EventKind;
  /** Button text on the actions bar. */
  button: string;
  title: string;
  /** One sentence on what the law does with it. */
  help: string;
  dateLabel?: string;
  reasonsLabel?: string;
  /** Choices for a fixed reason, value → label. */
  reasonChoices?: Record<string, string>;
  designated?: boolean;
  /** Regimes whose deadlines this event moves; shown first when the case has one of them. */
  regimes: readonly Regime[];
  group: 'clock' | 'decision' | 'us' | 'dpf';
}

export const STOP_REASONS = { clarification: 'Clarification asked', identity: 'Identity documents asked', fee: 'Fee asked' } as const;
export const LATER_START_REASONS = { 'id-received': 'Identity documents received', 'fee-paid': 'Fee paid', 'authority-received': 'Proof of authority received' } as const;

export const EVENT_FORMS: Record<EventKind, EventForm> = {
  extension: {
    kind: 'extension', button: 'Extend', title: 'Extend the deadline', group: 'clock',
    help: 'Record the day the requester was told of the extension, with the reasons. A notice given after the first period is late; the host says so.',
    dateLabel: 'Requester told on', reasonsLabel: 'Reasons given',
    regimes: ['gdpr', 'uk-gdpr', 'ccpa', 'us-state'],
  },
  'clock-stop': {
    kind: 'clock-stop', button: 'Stop clock', title: 'Stop the clock', group: 'clock',
    help: 'From the day you asked for clarification, identity documents or a fee, the clock stands still until the answer arrives.',
    dateLabel: 'Stopped from', reasonChoices: STOP_REASONS,
    regimes: ['uk-gdpr', 'gdpr', 'ch-fadp', 'lgpd', 'us-state', 'ccpa', 'ca-shine-the-light'],
  },
  'clock-restart': {
    kind: 'clock-restart', button: 'Restart clock', title: 'Restart the clock', group: 'clock',
    help: 'The answer arrived: the clock runs again from the next day.',
    dateLabel: 'Answer received on',
    regimes: ['uk-gdpr', 'gdpr', 'ch-fadp', 'lgpd', 'us-state', 'ccpa', 'ca-shine-the-light'],
  },
  'clock-start-later': {
    kind: 'clock-start-later', button: 'Clock starts later', title: 'The clock starts later than receipt', group: 'clock',
    help: 'Under UK GDPR the month runs from the day the identity documents, the fee or the proof of authority arrived.',
    dateLabel: 'Received on', reasonChoices: LATER_START_REASONS,
    regimes: ['uk-gdpr', 'gdpr', 'ch-fadp', 'lgpd', 'us-state', 'ccpa', 'ca-shine-the-light'],
  },
  'fee-notice': {
    kind: 'fee-notice', button: 'Fee notice', title: 'A fee was notified', group: 'decision',
    help: 'Switzerland: a ten-day reflection period follows the fee notice, and the thirty days start when it ends.',
    dateLabel: 'Fee notified on',
    regimes: ['ch-fadp', 'uk-gdpr', 'gdpr'],
  },
  refusal: {
    kind: 'refusal', button: 'Refusal', title: 'The request was refused', group: 'decision',
    help: 'Record the day the requester was told the organisation will not act, and why.',
    dateLabel: 'Refusal sent on',
    regimes: ['gdpr', 'uk-gdpr', 'ch-fadp', 'lgpd', 'ccpa', 'us-state'],
  },
  'designated-channel': {
    kind: 'designated-channel', button: 'Designated channel', title: 'Where the request arrived (Shine the Light)', group: 'us',
    help: 'A Shine the Light request at the designated address is answered in 30 days; elsewhere, in 150 days.',
    designated: true,
    regimes: ['ca-shine-the-light'],
  },
  appeal: {
    kind: 'appeal', button: 'Appeal', title: 'The consumer appealed', group: 'us',
    help: 'US state laws: the appeal of a refusal must be decided within the state\'s period from the day it was received.',
    dateLabel: 'Appeal received on',
    regimes: ['us-state'],
  },
  'panel-referral': {
    kind: 'panel-referral', button: 'DPF panel referral', title: 'Referred to the EU DPA panel (DPF)', group: 'dpf',
    help: 'The panel of EU data protection authorities gives its advice within 60 days of the referral.',
    dateLabel: 'Referred on',
    regimes: ['dpf'],
  },
  'panel-advice': {
    kind: 'panel-advice', button: 'DPF panel advice', title: 'The EU DPA panel gave its advice (DPF)', group: 'dpf',
    help: 'The organisation must comply with the panel\'s advice within 25 days.',
    dateLabel: 'Advice given on',
    regimes: ['dpf'],
  },
  'commerce-referral': {
    kind: 'commerce-referral', button: 'Commerce referral', title: 'A DPA referred the complaint to the Dept. of Commerce', group: 'dpf',
    help: 'The Department of Commerce answers the authority within 90 days.',
    dateLabel: 'Referred on',
    regimes: ['dpf'],
  },
  'arbitration-notice': {
    kind: 'arbitration-notice', button: 'Arbitration notice', title: 'Notice of Annex I arbitration (DPF)', group: 'dpf',
    help: 'Binding arbitration under Annex I, only after the earlier recourse routes; the arbitration completes within 90 days.',
    dateLabel: 'Notice received on',
    regimes: ['dpf'],
  },
};

export const EVENT_KINDS = Object.keys(EVENT_FORMS) as EventKind[];

/** The events that move a clock of the case's regimes, then the rest, each list in the table's order. */
export function eventsFor(regimes: readonly Regime[]): { relevant: EventKind[]; other: EventKind[] } {
  const applies = (k: EventKind) => EVENT_FORMS[k].regimes.some((r) => regimes.includes(r));
  return { relevant: EVENT_KINDS.filter(applies), other: EVENT_KINDS.filter((k) => !applies(k)) };
}

export function emptyEventDraft(kind: EventKind, today: string): EventDraft {
  const form = EVENT_FORMS[kind];
  return { date: form.dateLabel ? today : '', reasons: '', reason: form.reasonChoices ? Object.keys(form.reasonChoices)[0] : '', designated: '', note: '' };
}

export type EventErrors = Partial<Record<EventField, string>>;

/** The ClockEvent a filled form stands for, or the message for each field that stops it. */
export function buildClockEvent(kind: EventKind, draft: EventDraft, receivedOn: string): { event: ClockEvent; note?: string } | { errors: EventErrors } {
  const form = EVENT_FORMS[kind];
  const errors: EventErrors = {};
  if (form.dateLabel) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) errors.date = 'Give the date.';
    else if (draft.date < receivedOn) errors.date = 'This date is before the request was received.';
  }
  // The law asks for reasons in the extension notice; recording none would hide that the notice lacked them.
  if (kind === 'extension' && !draft.reasons.trim()) errors.reasons = 'Give the reasons told to the requester.';
  if (form.designated && !draft.designated) errors.designated = 'Say where the request arrived.';
  if (Object.keys(errors).length) return { errors };

  const candidate = ((): unknown => {
    switch (kind) {
      case 'extension': return { type: kind, date: draft.date, reasons: draft.reasons.trim() };
      case 'clock-stop': return { type: kind, from: draft.date, reason: draft.reason };
      case 'clock-restart': return { type: kind, to: draft.date };
      case 'clock-start-later': return { type: kind, date: draft.date, reason: draft.reason };
      case 'designated-channel': return { type: kind, designated: draft.designated === 'yes' };
      default: return { type: kind, date: draft.date };
    }
  })();
  const parsed = ClockEvent.safeParse(candidate);
  if (!parsed.success) return { errors: { date: parsed.error.issues[0]?.message ?? 'Check the date.' } };
  const note = draft.note.trim();
  return note ? { event: parsed.data, note } : { event: parsed.data };
}
