// How each fact a template needs is typed in the editor and where it goes in the letter's extras:
// "letter.fee" is an amount and a currency, "letter.clarificationQuestions" one question a line,
// "due.requesterReply" a date. Kept free of React so it can be tested on its own.
import type { LetterExtras } from '../../../shared/contract/letters';

export type InputKind = 'text' | 'lines' | 'money' | 'date' | 'year' | 'refused' | 'addressee';

export interface ExtraInput {
  field: string;
  kind: InputKind;
  hint?: string;
}

const LINES = new Set(['letter.clarificationQuestions', 'letter.attachments', 'letter.disclosures']);

export function inputFor(field: string): ExtraInput {
  if (field === 'letter.fee') return { field, kind: 'money' };
  if (field === 'due.requesterReply') return { field, kind: 'date', hint: 'The date by which the requester should answer.' };
  if (field === 'letter.disclosureYear') return { field, kind: 'year' };
  if (field === 'letter.refusedItems') return { field, kind: 'refused', hint: 'One a line: what is kept | Art. 17(3) ground a–e | detail' };
  if (field === 'letter.addressee.name') return { field, kind: 'addressee' };
  if (LINES.has(field)) return { field, kind: 'lines', hint: 'One a line.' };
  return { field, kind: 'text' };
}

/** The extras key a field is stored under, as a path: ["access", "purposes"], ["requesterReplyBy"]. */
export function pathOf(field: string): string[] {
  if (field === 'due.requesterReply') return ['requesterReplyBy'];
  if (field === 'case.externalRef') return ['externalRef'];
  if (field === 'org.supervisoryAuthority') return ['supervisoryAuthority'];
  if (field === 'org.recourseBody') return ['recourseBody'];
  if (field === 'letter.addressee.name') return ['addressee'];
  return field.replace(/^letter\./, '').split('.');
}

export function getExtra(extras: LetterExtras, field: string): unknown {
  let v: unknown = extras;
  for (const k of pathOf(field)) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

/** A copy of the extras with one field set; an empty value removes the key, so it counts as missing. */
export function setExtra(extras: LetterExtras, field: string, value: unknown): LetterExtras {
  const path = pathOf(field);
  const out = structuredClone(extras) as Record<string, unknown>;
  let at = out;
  for (const k of path.slice(0, -1)) {
    if (!at[k] || typeof at[k] !== 'object') at[k] = {};
    at = at[k] as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0 && field !== 'letter.disclosures');
  if (empty) delete at[last];
  else at[last] = value;
  if (path.length > 1 && Object.keys(at).length === 0) delete out[path[0]];
  return out as LetterExtras;
}

export const linesOf = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

const GROUNDS = new Set(['a', 'b', 'c', 'd', 'e']);

/** "Invoices 2023–2025 | b | tax law" lines as refused items; lines without a valid ground are reported. */
export function parseRefused(text: string): { items: NonNullable<LetterExtras['refusedItems']>; bad: string[] } {
  const items: NonNullable<LetterExtras['refusedItems']> = [];
  const bad: string[] = [];
  for (const line of linesOf(text)) {
    const [what, ground, ...rest] = line.split('|').map((s) => s.trim());
    const g = (ground ?? '').toLowerCase().replace(/[()]/g, '');
    if (!what || !GROUNDS.has(g)) {
      bad.push(line);
      continue;
    }
    const detail = rest.join(' | ').trim();
    items.push({ what, ground: g as 'a', ...(detail ? { detail } : {}) });
  }
  return { items, bad };
}

export function refusedText(items: LetterExtras['refusedItems']): string {
  return (items ?? []).map((i) => [i.what, i.ground, i.detail].filter(Boolean).join(' | ')).join('\n');
}
