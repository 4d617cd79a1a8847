// A recorded clock event in the words of the events list: what happened and the detail given with it.
import { LATER_START_REASONS, STOP_REASONS } from '../case-actions/event-forms';

export interface RecordedEvent {
  kind: string;
  onDate: string;
  data: Record<string, unknown>;
}

const WHAT: Record<string, string> = {
  extension: 'Extension notified',
  'clock-stop': 'Clock stopped',
  'clock-restart': 'Clock restarted',
  paused: 'Clock paused',
  'clock-start-later': 'Clock starts later',
  'fee-notice': 'Fee notified',
  refusal: 'Refusal sent',
  'designated-channel': 'Channel of receipt',
  appeal: 'Appeal received',
  'panel-referral': 'Referred to the EU DPA panel',
  'panel-advice': 'EU DPA panel advice',
  'commerce-referral': 'Referred to the Dept. of Commerce',
  'arbitration-notice': 'Annex I arbitration notice',
};

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

export function describeRecordedEvent(e: RecordedEvent): { what: string; detail: string } {
  const what = WHAT[e.kind] ?? e.kind.replace(/-/g, ' ');
  const d = e.data;
  switch (e.kind) {
    case 'extension':
      return { what, detail: [text(d.reasons), text(d.until) && `until ${d.until}`].filter(Boolean).join('; ') };
    case 'clock-stop':
      return { what, detail: STOP_REASONS[d.reason as keyof typeof STOP_REASONS] ?? text(d.reason) ?? '' };
    case 'clock-start-later':
      return { what, detail: LATER_START_REASONS[d.reason as keyof typeof LATER_START_REASONS] ?? text(d.reason) ?? '' };
    case 'paused':
      return { what, detail: [`${d.from} to ${d.to}`, text(d.reason)].filter(Boolean).join('; ') };
    case 'designated-channel':
      return { what, detail: d.designated ? 'Arrived at the designated address' : 'Arrived outside the designated address' };
    default:
      return { what, detail: '' };
  }
}
