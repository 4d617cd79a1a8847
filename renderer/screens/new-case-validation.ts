// The new-case form's draft, checked by the contract's schema and turned into per-field messages.
import type { z } from 'zod';
import type { NewCase } from '../../shared/contract/cases';
import type { Channel, Jurisdiction, Regime, RequestType } from '../../shared/domain/ids';

export interface NewCaseDraft {
  name: string;
  email: string;
  requestTypes: RequestType[];
  regimes: Regime[];
  jurisdiction: Jurisdiction | '';
  date: string;
  time: string;
  timeZone: string;
  channel: Channel;
  subject: string;
}

type Errors = Partial<Record<keyof NewCaseDraft, string>>;

const FIELD_OF_PATH: Record<string, keyof NewCaseDraft> = {
  'requester.name': 'name',
  'requester.email': 'email',
  requestTypes: 'requestTypes',
  regimes: 'regimes',
  jurisdiction: 'jurisdiction',
  receivedLocal: 'date',
  timeZone: 'timeZone',
  channel: 'channel',
  subject: 'subject',
};

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1) + (/[.!?]$/.test(s) ? '' : '.');

export function validateNewCase(draft: NewCaseDraft, schema: typeof NewCase): { errors: Errors; input: z.input<typeof NewCase> | null } {
  const errors: Errors = {};
  if (!draft.email.trim()) errors.email = "Give the requester's email address.";
  if (!draft.date) errors.date = 'Give the date the request was received.';
  if (draft.time && !/^\d{2}:\d{2}$/.test(draft.time)) errors.time = 'Use a time such as 09:30.';
  if (draft.date && draft.date > farFuture()) errors.date = 'That date is in the future.';
  const input: z.input<typeof NewCase> = {
    requester: { name: draft.name, email: draft.email },
    requestTypes: draft.requestTypes,
    regimes: draft.regimes,
    ...(draft.jurisdiction ? { jurisdiction: draft.jurisdiction } : {}),
    ...(draft.date ? { receivedLocal: draft.time ? `${draft.date}T${draft.time}` : draft.date } : {}),
    timeZone: draft.timeZone,
    channel: draft.channel,
    ...(draft.subject.trim() ? { subject: draft.subject.trim() } : {}),
  };
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = FIELD_OF_PATH[issue.path.join('.')];
      if (field && !errors[field]) errors[field] = sentence(issue.message);
    }
  }
  const ok = parsed.success && Object.keys(errors).length === 0;
  return { errors, input: ok ? input : null };
}

/** Tomorrow, local: a receipt date after it is a typing slip (time zones allow a day's lead). */
function farFuture(now = new Date()): string {
  const t = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
}
