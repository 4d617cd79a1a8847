// Response letters: templates, live preview, versioned drafts, finalising (which locks), export and
// sending. Every letter that leaves the desk is filed in the case's correspondence log with its SHA-256.
import { z } from 'zod';
import { IsoDate } from '../domain/dates';
import { RequestType } from '../domain/ids';
import { LETTER_LANGS } from '../letters/types';
import { method } from './define';

const Ref = z.string().min(1).max(40);
const Id = z.number().int().positive();
const Text = (max = 8000) => z.string().max(max);
const Lines = z.array(z.string().max(2000)).max(200);

export const LetterLang = z.enum(LETTER_LANGS);
export const LetterFormat = z.enum(['pdf', 'docx', 'eml']);
export type LetterFormat = z.infer<typeof LetterFormat>;
export const LetterStatus = z.enum(['draft', 'finalised', 'sent']);
export type LetterStatus = z.infer<typeof LetterStatus>;

/**
 * What the DPO adds for one letter: the facts a template needs that the case cannot know (reasons, fee,
 * what was erased...), and overrides for a few case facts (the date by which we ask for a reply).
 */
export const LetterExtras = z.object({
  reasons: Text().optional(),
  extensionReasons: Text().optional(),
  fee: z.object({ amount: z.number().nonnegative().max(1_000_000), currency: z.string().regex(/^[A-Z]{3}$/, 'a currency code such as EUR') }).optional(),
  feeReason: Text().optional(),
  identityDocuments: Text().optional(),
  clarificationQuestions: Lines.optional(),
  refusedItems: z.array(z.object({ what: Text(2000), ground: z.enum(['a', 'b', 'c', 'd', 'e']), detail: Text(2000).optional() })).max(100).optional(),
  erasedItems: Text().optional(),
  rectifiedItems: Text().optional(),
  restrictionScope: Text().optional(),
  portabilityFormat: Text(2000).optional(),
  attachments: Lines.optional(),
  access: z.object({
    purposes: Text().optional(), categories: Text().optional(), recipients: Text().optional(), retention: Text().optional(),
    source: Text().optional(), automatedDecisions: Text().optional(), transferSafeguards: Text().optional(),
  }).optional(),
  objectionScope: Text().optional(),
  disclosures: Lines.optional(),
  disclosureYear: z.number().int().min(1990).max(2200).optional(),
  complaintSummary: Text().optional(),
  complaintOutcome: Text().optional(),
  actionsTaken: Text().optional(),
  addressee: z.object({ name: Text(500), address: Text(2000).optional(), email: z.string().max(320).optional() }).optional(),
  outcome: Text().optional(),
  /** due.requesterReply: the date by which we ask the requester to answer. */
  requesterReplyBy: IsoDate.optional(),
  /** Overrides for facts the case or the profile may not hold. */
  supervisoryAuthority: Text(1000).optional(),
  recourseBody: Text(1000).optional(),
  externalRef: Text(200).optional(),
});
export type LetterExtras = z.infer<typeof LetterExtras>;

export const MissingFieldView = z.object({ field: z.string(), label: z.string() });
export type MissingFieldView = z.infer<typeof MissingFieldView>;

const LetterBlock = z.union([
  z.object({ kind: z.literal('paragraph'), text: z.string() }),
  z.object({ kind: z.literal('list'), items: z.array(z.string()) }),
]);

export const RenderedLetterView = z.object({
  templateId: z.string(),
  lang: LetterLang,
  title: z.string(),
  subject: z.string(),
  letterhead: z.array(z.string()),
  recipient: z.array(z.string()),
  dateLine: z.string(),
  refLine: z.string(),
  salutation: z.string(),
  blocks: z.array(LetterBlock),
  closing: z.string(),
  signature: z.array(z.string()),
  text: z.string(),
  caseRef: z.string(),
  organisationName: z.string(),
  senderEmail: z.string(),
  recipientEmail: z.string().optional(),
  date: z.string(),
});
export type RenderedLetterView = z.infer<typeof RenderedLetterView>;

export const TemplateView = z.object({
  id: z.string(),
  title: z.string(),
  purpose: z.string(),
  languages: z.array(LetterLang),
  requestTypes: z.array(RequestType),
  /** Facts the DPO gives for this template (field names such as letter.fee), required ones first. */
  extraFields: z.array(z.object({ field: z.string(), label: z.string(), required: z.boolean() })),
});
export type TemplateView = z.infer<typeof TemplateView>;

export const LetterDraftInput = z.object({
  ref: Ref,
  templateId: z.string().min(1).max(80),
  lang: LetterLang.optional(),
  extras: LetterExtras.default({}),
  /** The DPO's own text of the letter body; absent or blank = the template's text. */
  body: Text(100_000).optional(),
  subject: Text(500).optional(),
});

export const PreviewView = z.object({
  lang: LetterLang,
  /** The letter as it would go out; null while fields are missing or the edited text is broken. */
  letter: RenderedLetterView.nullable(),
  missing: z.array(MissingFieldView),
  /** Any other reason it cannot be written (a broken placeholder in the edited text), in words. */
  problem: z.string().nullable(),
  /** The body as editable text, for a first edit. */
  editableBody: z.string().nullable(),
});
export type PreviewView = z.infer<typeof PreviewView>;

export const CorrespondenceView = z.object({
  id: z.number(),
  letterId: z.number().nullable(),
  direction: z.string(),
  channel: z.string(),
  format: z.string(),
  sha256: z.string(),
  bytes: z.number(),
  recipient: z.string().nullable(),
  fileName: z.string().nullable(),
  messageId: z.string().nullable(),
  at: z.string(),
});
export type CorrespondenceView = z.infer<typeof CorrespondenceView>;

export const LetterSummary = z.object({
  letterId: z.number(),
  seriesId: z.number(),
  version: z.number(),
  caseRef: z.string(),
  requesterName: z.string(),
  templateId: z.string(),
  templateTitle: z.string(),
  lang: LetterLang,
  status: LetterStatus,
  createdAt: z.string(),
  finalisedAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  /** The newest version of its series. */
  latest: z.boolean(),
});
export type LetterSummary = z.infer<typeof LetterSummary>;

export const LetterView = LetterSummary.extend({
  extras: LetterExtras,
  /** The DPO's edited body and subject; '' when the template's own text is used. */
  body: z.string(),
  subject: z.string(),
  locked: z.boolean(),
  preview: PreviewView,
  versions: z.array(LetterSummary),
  correspondence: z.array(CorrespondenceView),
});
export type LetterView = z.infer<typeof LetterView>;

export const Attachment = z.object({ fileName: z.string().min(1).max(255), base64: z.string().max(60_000_000), contentType: z.string().max(200).optional() });

export const ExportResult = z.object({ base64: z.string(), fileName: z.string(), sha256: z.string(), bytes: z.number(), correspondenceId: z.number(), messageId: z.string().optional() });
export type ExportResult = z.infer<typeof ExportResult>;

export const SmtpSettingsView = z.object({
  configured: z.boolean(),
  host: z.string(),
  port: z.number(),
  secure: z.boolean(),
  requireTLS: z.boolean(),
  user: z.string(),
  hasPassword: z.boolean(),
  /** The envelope sender; the DPO's address from the letter when empty. */
  envelopeFrom: z.string(),
});
export type SmtpSettingsView = z.infer<typeof SmtpSettingsView>;

export const SmtpSettingsInput = z.object({
  host: z.string().trim().min(1, 'the mail server name').max(255),
  port: z.number().int().min(1).max(65535).default(587),
  secure: z.boolean().default(false),
  requireTLS: z.boolean().default(true),
  user: z.string().trim().max(320).default(''),
  /** Leave out to keep the saved password. */
  password: z.string().min(1).max(1000).optional(),
  envelopeFrom: z.string().trim().max(320).default(''),
});

export const letterMethods = {
  'letters.templates': method(z.object({}), z.array(TemplateView), 'The letter templates, their languages and the facts each needs'),
  'letters.preview': method(LetterDraftInput, PreviewView, 'The letter as it would be written now, or the fields it still needs'),
  'letters.saveDraft': method(
    LetterDraftInput.extend({
      /** A letter of the series being edited; absent starts a new letter. */
      letterId: Id.optional(),
      /** Needed to continue a series whose latest version is finalised or sent. */
      newVersion: z.boolean().default(false),
    }),
    z.object({ letterId: z.number(), seriesId: z.number(), version: z.number() }),
    'Save a draft as a new version (earlier versions are kept)',
  ),
  'letters.list': method(
    z.object({ ref: Ref.optional(), status: LetterStatus.optional(), latestOnly: z.boolean().default(false), limit: z.number().int().min(1).max(5000).default(200) }),
    z.array(LetterSummary),
    'Letters of one case, or recent letters across cases',
  ),
  'letters.get': method(z.object({ letterId: Id }), LetterView, 'One letter version with its preview, versions and correspondence'),
  'letters.finalise': method(z.object({ letterId: Id }), z.object({ letterId: z.number(), status: LetterStatus }), 'Freeze the letter text; it can no longer be edited'),
  'letters.export': method(
    z.object({ letterId: Id, format: LetterFormat, attachments: z.array(Attachment).max(20).default([]), attachPdf: z.boolean().default(true) }),
    ExportResult,
    'Write the letter as PDF, DOCX or .eml, filed in the correspondence log with its SHA-256',
  ),
  'letters.send': method(
    z.object({ letterId: Id, attachments: z.array(Attachment).max(20).default([]), attachPdf: z.boolean().default(true) }),
    ExportResult.extend({ recipient: z.string(), response: z.string() }),
    'Send the letter by e-mail as a reply to the request; filed and locked',
  ),
  'letters.correspondence': method(z.object({ ref: Ref }), z.array(CorrespondenceView), 'Letters exported or sent for a case, with their hashes'),
  'smtp.settings.get': method(z.object({}), SmtpSettingsView, 'The outgoing mail server (the password is never returned)'),
  'smtp.settings.save': method(SmtpSettingsInput, SmtpSettingsView, 'Save the outgoing mail server, encrypted in the workspace'),
};
