// The privacy mailbox as a queue: import (files, dropped bytes, IMAP), the triage queue with
// accept / correct / merge / dismiss, and the stored messages themselves (for display and evidence).
import { z } from 'zod';
import { Jurisdiction, Regime, RequestType } from '../domain/ids';
import { method } from './define';
import { JobView } from './jobs';

const Id = z.number().int().positive();
const Ids = z.array(Id).min(1, 'choose at least one message').max(10_000);
const Address = z.object({ name: z.string(), email: z.string() });

export const TriageStatus = z.enum(['pending', 'accepted', 'dismissed']);
export type TriageStatus = z.infer<typeof TriageStatus>;
export const DismissReason = z.enum(['not-privacy', 'spam', 'duplicate']);
export type DismissReason = z.infer<typeof DismissReason>;

export const TriageItem = z.object({
  id: Id,
  source: z.string(),
  subject: z.string(),
  from: Address,
  receivedAt: z.string(),
  /** Where receivedAt came from: the Date header, the server's arrival time, or the import itself. */
  receivedBasis: z.enum(['date', 'imap', 'import']),
  status: TriageStatus,
  requestType: RequestType.nullable(),
  requestTypes: z.array(RequestType),
  jurisdiction: Jurisdiction.nullable(),
  regimes: z.array(Regime),
  language: z.string().nullable(),
  confidence: z.number().nullable(),
  requester: Address.nullable(),
  subjectHasPrivacyPolicy: z.boolean(),
  /** The case this message continues (thread headers, our ref in the subject, an outside reference). */
  threadedTo: z.string().nullable(),
  /** An open case from the same person asking the same thing. */
  duplicateOf: z.string().nullable(),
  /** The case the message is in, once accepted or merged. */
  caseRef: z.string().nullable(),
  /** The thread's case due date, or the date the suggested request would be due. */
  dueAt: z.string().nullable(),
  corrected: z.boolean(),
  warnings: z.number(),
  attachments: z.number(),
  dismissReason: DismissReason.nullable(),
});
export type TriageItem = z.infer<typeof TriageItem>;

export const AttachmentMeta = z.object({ id: Id, filename: z.string(), contentType: z.string(), size: z.number(), sha256: z.string() });
export type AttachmentMeta = z.infer<typeof AttachmentMeta>;

export const MessageView = z.object({
  id: Id,
  messageId: z.string().nullable(),
  inReplyTo: z.string().nullable(),
  references: z.array(z.string()),
  subject: z.string(),
  from: Address,
  to: z.array(Address),
  cc: z.array(Address),
  sentAt: z.string().nullable(),
  receivedAt: z.string(),
  source: z.string(),
  sha256: z.string(),
  size: z.number(),
  /** The plain text as parsed from the raw message. */
  text: z.string(),
  /** The HTML part exactly as received: the renderer sanitises it before showing it. */
  html: z.string().nullable(),
  attachments: z.array(AttachmentMeta),
  warnings: z.array(z.string()),
  caseRef: z.string().nullable(),
});
export type MessageView = z.infer<typeof MessageView>;

export const TriageDetail = TriageItem.extend({
  message: MessageView,
  /** The phrases and headers that decided the suggestion, most important first. */
  explanation: z.array(z.string()),
  externalRefs: z.array(z.string()),
  caseRefs: z.array(z.string()),
});
export type TriageDetail = z.infer<typeof TriageDetail>;

export const ImportedMessage = z.object({
  id: Id.nullable(),
  file: z.string(),
  messageId: z.string().nullable(),
  requestType: RequestType.nullable(),
  jurisdiction: Jurisdiction.nullable(),
  language: z.string().nullable(),
  subjectHasPrivacyPolicy: z.boolean(),
  threadedTo: z.string().nullable(),
  caseRef: z.string().nullable(),
  explanation: z.array(z.string()),
});
export type ImportedMessage = z.infer<typeof ImportedMessage>;

/** The result of an import job (JobView.result when done). */
export const ImportSummary = z.object({
  imported: z.number(),
  duplicates: z.number(),
  failed: z.number(),
  messages: z.array(ImportedMessage),
  errors: z.array(z.object({ file: z.string(), message: z.string() })),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

export const AcceptOverrides = z.object({
  requestTypes: z.array(RequestType).min(1).optional(),
  regimes: z.array(Regime).min(1).optional(),
  jurisdiction: Jurisdiction.optional(),
  organisationId: z.string().max(80).optional(),
  timeZone: z.string().max(64).optional(),
  requester: z.object({ name: z.string().trim().min(1).max(300), email: z.string().trim().toLowerCase().pipe(z.email('not an email address')) }).optional(),
  /** Add to this case instead of following the suggestion. */
  caseRef: z.string().min(1).max(40).optional(),
  /** Open a new case even though the message continues one. */
  newCase: z.boolean().optional(),
});
export type AcceptOverrides = z.infer<typeof AcceptOverrides>;

export const AcceptResult = z.object({ id: Id, caseRef: z.string(), created: z.boolean(), joined: z.array(Id) });

export const ImapSettingsView = z.object({
  configured: z.boolean(),
  host: z.string(),
  port: z.number(),
  secure: z.boolean(),
  user: z.string(),
  folders: z.array(z.string()),
  tlsCa: z.string().optional(),
  allowInsecureLoopback: z.boolean(),
  hasPassword: z.boolean(),
  lastSyncAt: z.string().nullable(),
  lastError: z.string().nullable(),
});
export type ImapSettingsView = z.infer<typeof ImapSettingsView>;

export const ImapSettingsInput = z.object({
  host: z.string().trim().min(1, 'the mail server name').max(255),
  port: z.number().int().min(1).max(65535).default(993),
  secure: z.boolean().default(true),
  user: z.string().trim().min(1, 'the mailbox user name').max(320),
  /** Leave out to keep the saved password. */
  password: z.string().min(1).max(1000).optional(),
  folders: z.array(z.string().min(1).max(500)).max(100).default(['INBOX']),
  tlsCa: z.string().max(20_000).optional(),
  allowInsecureLoopback: z.boolean().default(false),
});

export const triageMethods = {
  'triage.list': method(
    z.object({ status: z.union([TriageStatus, z.literal('all')]).default('pending'), limit: z.number().int().min(1).max(10_000).default(500), offset: z.number().int().min(0).default(0) }),
    z.object({ total: z.number(), items: z.array(TriageItem) }),
    'The triage queue, most urgent first',
  ),
  'triage.get': method(z.object({ id: Id }), TriageDetail, 'One message in the queue, with its text, attachments and the explanation of the suggestion'),
  'triage.accept': method(z.object({ ids: Ids, overrides: AcceptOverrides.optional() }), z.object({ results: z.array(AcceptResult) }), 'Open a case for each message, or add it to the case it continues'),
  'triage.correct': method(
    z.object({ id: Id, requestType: RequestType.optional(), jurisdiction: Jurisdiction.optional(), regimes: z.array(Regime).optional() }),
    TriageItem,
    'Correct the suggestion; the correction also teaches triage on this computer',
  ),
  'triage.merge': method(z.object({ ids: Ids, caseRef: z.string().min(1).max(40) }), z.object({ caseRef: z.string(), merged: z.number() }), 'Add messages to an existing case'),
  'triage.dismiss': method(z.object({ ids: Ids, reason: DismissReason }), z.object({ dismissed: z.number() }), 'Set messages aside (kept, never deleted)'),
  'mail.importFiles': method(z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000), accept: z.boolean().default(false) }), JobView, 'Import .eml and .mbox files or folders on this computer'),
  'mail.importBytes': method(
    z.object({ files: z.array(z.object({ name: z.string().min(1).max(500), base64: z.string().max(400_000_000) })).min(1).max(1000), accept: z.boolean().default(false) }),
    JobView,
    'Import dropped .eml and .mbox files',
  ),
  'mail.imapSettings.get': method(z.object({}), ImapSettingsView, 'The privacy mailbox connection (the password is never returned)'),
  'mail.imapSettings.save': method(ImapSettingsInput, ImapSettingsView, 'Save the privacy mailbox connection, encrypted in the workspace'),
  'mail.imapFolders': method(z.object({}), z.array(z.object({ path: z.string(), name: z.string(), specialUse: z.string().nullable(), messages: z.number() })), 'The folders of the connected mailbox'),
  'mail.imapSync': method(z.object({}), JobView, 'Fetch new mail from the chosen folders into triage'),
  'messages.get': method(z.object({ id: Id }), MessageView, 'A stored message, parsed from its raw bytes'),
  'messages.raw': method(z.object({ id: Id }), z.object({ base64: z.string(), sha256: z.string(), size: z.number(), fileName: z.string() }), 'The message exactly as received, for evidence'),
  'attachments.get': method(z.object({ id: Id }), AttachmentMeta.extend({ base64: z.string() }), 'One attachment\'s bytes, on explicit request'),
};
