// The merge fields a template may name, where each comes from in the LetterContext, and how it is
// written in a given language. A field whose value is absent or blank is "missing".
import { COMMON, ERASURE_GROUNDS, REQUEST_TYPE_NAMES, STAGE_NAMES } from './labels';
import { formatLetterDate, formatList, formatMoney } from './format';
import type { DueKind, LetterContext, LetterLang } from './types';

export type FieldValue = string | string[] | undefined;

export interface FieldDef {
  label: string; // what the DPO is told is missing, in plain words
  list?: boolean; // rendered as a bulleted list block
  emptyOk?: boolean; // an empty list is an answer ("none"), not a missing value
  get(ctx: LetterContext, lang: LetterLang): FieldValue;
}

const text = (label: string, get: (ctx: LetterContext) => string | undefined): FieldDef => ({ label, get });

function date(label: string, get: (ctx: LetterContext) => string | undefined): FieldDef {
  return {
    label,
    get: (ctx, lang) => {
      const v = get(ctx);
      return v ? formatLetterDate(v, lang, ctx.organisation.timeZone) : undefined;
    },
  };
}

function due(kind: DueKind, label: string): FieldDef {
  return date(label, (ctx) => ctx.case.dueDates?.[kind]);
}

const list = (label: string, get: (ctx: LetterContext, lang: LetterLang) => string[] | undefined, emptyOk = false): FieldDef => ({
  label, list: true, emptyOk, get,
});

export const FIELDS: Record<string, FieldDef> = {
  'case.ref': text('the case reference', (c) => c.case.ref),
  'case.receivedAt': date('the date the request was received', (c) => c.case.receivedAt),
  'case.subject': text('the subject of the request', (c) => c.case.subject),
  'case.externalRef': text("the recourse body's or regulator's reference", (c) => c.case.externalRef),
  'case.requestTypes': {
    label: 'the request types',
    get: (c, lang) => (c.case.requestTypes?.length ? formatList(c.case.requestTypes.map((t) => REQUEST_TYPE_NAMES[lang][t]), lang) : undefined),
  },
  'requester.name': text("the requester's name", (c) => c.requester.name),
  'requester.email': text("the requester's e-mail address", (c) => c.requester.email),
  'requester.address': text("the requester's postal address", (c) => c.requester.address),
  'org.name': text("the organisation's name", (c) => c.organisation.name),
  'org.legalName': text("the organisation's legal name", (c) => c.organisation.legalName),
  'org.address': text("the organisation's address", (c) => c.organisation.address),
  'org.dpoName': text("the data protection officer's name", (c) => c.organisation.dpoName),
  'org.dpoEmail': text("the data protection officer's e-mail address", (c) => c.organisation.dpoEmail),
  'org.supervisoryAuthority': text('the competent supervisory authority', (c) => c.organisation.supervisoryAuthority),
  'org.recourseBody': text('the independent recourse body', (c) => c.organisation.recourseBody),
  'org.erasureExceptions': list("the organisation's published exceptions to erasure", (c) => c.organisation.erasureExceptions),
  'org.ladder.next': list('the next steps of the escalation route', (c, lang) =>
    c.letter?.nextSteps?.[lang] ?? c.organisation.ladder
      ?.filter((s) => s.stage !== 'organisation')
      .map((s) => `${STAGE_NAMES[lang][s.stage]}${COMMON[lang].colon}${s.name}${s.contact ? ` (${s.contact})` : ''}${s.note ? `, ${s.note}` : ''}`),
  ),
  'due.acknowledgement': due('acknowledgement', 'the acknowledgement due date'),
  'due.response': due('response', 'the response due date'),
  'due.extended': due('extended', 'the extended due date'),
  'due.complaintResponse': due('complaint-response', 'the complaint response due date'),
  'due.requesterReply': due('requester-reply', 'the date by which the requester should reply'),
  today: date("today's date", (c) => c.today),
  'letter.reasons': text('the reasons for the refusal', (c) => c.letter?.reasons),
  'letter.extensionReasons': text('the reasons for the extension', (c) => c.letter?.extensionReasons),
  'letter.fee': {
    label: 'the fee amount',
    get: (c, lang) => (c.letter?.fee && Number.isFinite(c.letter.fee.amount) && c.letter.fee.currency
      ? formatMoney(c.letter.fee.amount, c.letter.fee.currency, lang) : undefined),
  },
  'letter.feeReason': text('the reason for the fee', (c) => c.letter?.feeReason),
  'letter.identityDocuments': text('the information asked for to confirm identity', (c) => c.letter?.identityDocuments),
  'letter.clarificationQuestions': list('the clarification questions', (c) => c.letter?.clarificationQuestions),
  'letter.refusedItems': list('the data kept and the Art. 17(3) ground for each', (c, lang) =>
    c.letter?.refusedItems?.map((r) => `${r.what}${COMMON[lang].colon}${ERASURE_GROUNDS[lang][r.ground]}${r.detail ? ` (${r.detail})` : ''}`),
  ),
  'letter.erasedItems': text('what was erased', (c) => c.letter?.erasedItems),
  'letter.rectifiedItems': text('what was rectified', (c) => c.letter?.rectifiedItems),
  'letter.restrictionScope': text('which processing is restricted', (c) => c.letter?.restrictionScope),
  'letter.portabilityFormat': text('the format of the exported data', (c) => c.letter?.portabilityFormat),
  'letter.attachments': list('the enclosed files', (c) => c.letter?.attachments),
  'letter.access.purposes': text('the purposes of the processing (Art. 15(1)(a))', (c) => c.letter?.access?.purposes),
  'letter.access.categories': text('the categories of personal data (Art. 15(1)(b))', (c) => c.letter?.access?.categories),
  'letter.access.recipients': text('the recipients (Art. 15(1)(c))', (c) => c.letter?.access?.recipients),
  'letter.access.retention': text('the storage period (Art. 15(1)(d))', (c) => c.letter?.access?.retention),
  'letter.access.source': text('the source of the data (Art. 15(1)(g))', (c) => c.letter?.access?.source),
  'letter.access.automatedDecisions': text('automated decision-making (Art. 15(1)(h))', (c) => c.letter?.access?.automatedDecisions),
  'letter.access.transferSafeguards': text('the safeguards for transfers (Art. 15(2))', (c) => c.letter?.access?.transferSafeguards),
  'letter.objectionScope': text('the processing that stops', (c) => c.letter?.objectionScope),
  'letter.disclosures': list('the disclosures for direct marketing (an empty list means none)', (c) => c.letter?.disclosures, true),
  'letter.disclosureYear': text('the calendar year the disclosures cover', (c) =>
    c.letter?.disclosureYear !== undefined ? String(c.letter.disclosureYear) : undefined),
  'letter.complaintSummary': text('a summary of the complaint', (c) => c.letter?.complaintSummary),
  'letter.complaintOutcome': text('our answer to the complaint', (c) => c.letter?.complaintOutcome),
  'letter.actionsTaken': text('the actions taken', (c) => c.letter?.actionsTaken),
  'letter.addressee.name': text('the name of the body written to', (c) => c.letter?.addressee?.name),
  'letter.outcome': text('how the case ended', (c) => c.letter?.outcome),
};

/** True when the value counts as given: non-blank text, or a list with a non-blank item (or empty, if allowed). */
export function isPresent(def: FieldDef, value: FieldValue): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) {
    const items = value.filter((v) => typeof v === 'string' && v.trim() !== '');
    return items.length > 0 || (def.emptyOk === true && value.length === 0);
  }
  return value.trim() !== '';
}

/** The field's value in that language, or undefined when it is missing. */
export function resolveField(name: string, ctx: LetterContext, lang: LetterLang): FieldValue {
  const def = FIELDS[name];
  if (!def) return undefined;
  let value: FieldValue;
  try {
    value = def.get(ctx, lang);
  } catch {
    return undefined; // e.g. an unreadable date: treated as not given rather than printed wrong
  }
  if (value === undefined || !isPresent(def, value)) return undefined;
  return Array.isArray(value) ? value.filter((v) => v.trim() !== '').map((v) => v.trim()) : value.trim();
}
