// Types of the letter engine: what a letter is merged from, what a template is, what comes out.
import type { EscalationStage, Regime, RequestType } from '../domain/ids';

/** Languages a letter can be written in. Every template has at least en, de and fr. */
export const LETTER_LANGS = ['en', 'de', 'fr'] as const;
export type LetterLang = (typeof LETTER_LANGS)[number];

/** Kinds of deadline a letter can quote; the deadline engine fills them as calendar dates. */
export type DueKind =
  | 'acknowledgement' // e.g. CCPA §7021(a) 10 business days
  | 'response' // the statutory answer date (Art. 12(3) one month, 45 days, ...)
  | 'extended' // the outer limit after an extension
  | 'complaint-response' // DPF 45 days, UK s.164A acknowledgement
  | 'requester-reply'; // the date by which we ask the requester to answer (ID, clarification, fee)

/** ISO calendar date "2026-02-28", or an ISO instant "2026-01-31T09:12:00Z" (read in the organisation's zone). */
export type IsoDate = string;

export interface LadderStep {
  stage: EscalationStage;
  name: string; // "BBB National Programs", "Your local data protection authority"
  contact?: string; // URL, address or e-mail
  note?: string; // e.g. "free of charge; the organisation must respond within 45 days"
}

/** A part of an Art. 17(3) refusal: what is kept and on which ground. */
export interface RefusedItem {
  what: string;
  ground: 'a' | 'b' | 'c' | 'd' | 'e'; // Art. 17(3)(a)–(e) GDPR
  detail?: string;
}

export interface Money {
  amount: number;
  currency: string; // ISO 4217, "EUR", "USD", "CHF"
}

export interface Addressee {
  name: string;
  address?: string; // lines separated by "\n"
  email?: string;
}

/** The Art. 15(1) GDPR information items that go with an access response. */
export interface AccessInformation {
  purposes?: string; // (a)
  categories?: string; // (b)
  recipients?: string; // (c)
  retention?: string; // (d)
  source?: string; // (g)
  automatedDecisions?: string; // (h)
  transferSafeguards?: string; // Art. 15(2)
}

export interface LetterContext {
  case: {
    ref: string; // "DPO-2026-0042"
    requestTypes: RequestType[];
    regimes: Regime[];
    receivedAt: IsoDate;
    dueDates: Partial<Record<DueKind, IsoDate>>;
    language?: string; // the request's language, e.g. "de"
    subject?: string; // subject of the request e-mail
    externalRef?: string; // the recourse body's or regulator's own reference
  };
  requester: { name: string; email: string; address?: string };
  organisation: {
    name: string;
    legalName?: string;
    address: string; // lines separated by "\n"
    dpoName?: string;
    dpoEmail: string;
    country: string; // ISO 3166-1 alpha-2
    timeZone?: string; // IANA zone used to read instants as dates
    supervisoryAuthority?: string; // name (and contact) of the competent supervisory authority
    recourseBody?: string; // e.g. "BBB National Programs"
    erasureExceptions?: string[]; // the organisation's own published exceptions, in its words
    ladder?: LadderStep[]; // escalation route in order, starting with the organisation
  };
  letter?: {
    reasons?: string; // reasons for a refusal (manifestly unfounded or excessive)
    extensionReasons?: string;
    fee?: Money;
    feeReason?: string;
    identityDocuments?: string; // what we ask for to confirm identity
    clarificationQuestions?: string[];
    refusedItems?: RefusedItem[];
    erasedItems?: string; // what was erased
    rectifiedItems?: string; // what was corrected, and how
    restrictionScope?: string; // which processing is restricted, and until when/why
    portabilityFormat?: string; // "JSON and CSV in a ZIP archive"
    attachments?: string[]; // file names enclosed
    access?: AccessInformation;
    objectionScope?: string; // what processing stops (e.g. "marketing e-mails and newsletters")
    disclosures?: string[]; // Shine the Light: categories and recipients; [] means none
    disclosureYear?: number; // Shine the Light: the preceding calendar year
    complaintSummary?: string;
    complaintOutcome?: string; // our answer to the complaint
    actionsTaken?: string; // what we did, for a recourse body or regulator
    addressee?: Addressee; // a recourse body or regulator written to
    outcome?: string; // closure: how the case ended
    /**
     * The requester's next steps already written per language, e.g. from shared/escalation
     * requesterNextSteps(ladder, history, lang).paragraphs, which leaves out stages already tried.
     * Used instead of organisation.ladder when given for the letter's language.
     */
    nextSteps?: Partial<Record<LetterLang, string[]>>;
  };
  today: IsoDate;
}

/** One block of a rendered letter body. */
export type LetterBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

export interface RenderedLetter {
  templateId: string;
  lang: LetterLang;
  title: string; // the template's name in that language
  subject: string;
  letterhead: string[]; // organisation name, address lines, DPO e-mail
  recipient: string[]; // name, address lines (or e-mail)
  dateLine: string; // today, written the language's way
  refLine: string; // "Our reference: DPO-2026-0042"
  salutation: string;
  blocks: LetterBlock[];
  closing: string;
  signature: string[];
  /** The letter as plain text from salutation to signature: the body of an e-mail reply. */
  text: string;
  caseRef: string;
  organisationName: string;
  senderEmail: string; // the DPO's address, the From of an e-mail reply
  recipientEmail?: string; // the requester's (or the body's) address, the To of an e-mail reply
  date: IsoDate; // today as a calendar date, for document metadata
}

export interface MissingField {
  field: string; // "letter.extensionReasons"
  label: string; // "the reasons for the extension"
}

export type RenderProblem =
  | { kind: 'missing-fields'; fields: MissingField[] }
  | { kind: 'unknown-fields'; fields: string[] } // an edited text names a field that does not exist
  | { kind: 'raw-placeholder'; snippets: string[] } // broken braces left in an edited text
  | { kind: 'unknown-template'; templateId: string }
  | { kind: 'unsupported-language'; templateId: string; lang: string; languages: LetterLang[] };

export type RenderResult = { ok: true; letter: RenderedLetter } | { ok: false; problem: RenderProblem };

export interface TemplateInfo {
  id: string;
  title: string; // English title
  purpose: string; // one sentence for the DPO
  languages: LetterLang[];
  requestTypes: RequestType[]; // the request types it usually answers; [] = any
}
