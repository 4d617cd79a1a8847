// A letter leaving the desk: written as PDF, DOCX or .eml, or sent over SMTP. Either way the exact
// bytes are filed in the case's correspondence log with their SHA-256 and an audit event names the
// same hash, in one transaction. A draft is finalised first: what was filed is what went out.
import { HostError } from '../../../shared/contract/define';
import type { CorrespondenceView, LetterFormat, SmtpSettingsView } from '../../../shared/contract/letters';
import type { RenderedLetter } from '../../../shared/letters';
import { readSecret, writeSecret } from '../mail/import/secrets';
import { appendAudit } from '../store/audit';
import type { Db } from '../store/database';
import { stmt } from '../store/statements';
import { threadingOf } from './context-from-case';
import { caseRowById, freeze, getLetterRow, type LetterRow } from './drafts';
import { exportLetter, type ExportedLetter } from './export';
import { sendEml, SmtpSettings } from './smtp';

export interface AttachmentInput { fileName: string; base64: string; contentType?: string }

export interface Delivered {
  exported: ExportedLetter;
  correspondenceId: number;
  letter: RenderedLetter;
}

const SMTP_KEY = 'letters.smtp';

interface StoredSmtp { settings: SmtpSettings; envelopeFrom: string }

export function readSmtp(db: Db): StoredSmtp | null {
  return readSecret<StoredSmtp>(db, SMTP_KEY);
}

export function smtpView(db: Db): SmtpSettingsView {
  const s = readSmtp(db);
  if (!s) return { configured: false, host: '', port: 587, secure: false, requireTLS: true, user: '', hasPassword: false, envelopeFrom: '' };
  return {
    configured: true, host: s.settings.host, port: s.settings.port, secure: s.settings.secure, requireTLS: s.settings.requireTLS ?? false,
    user: s.settings.auth?.user ?? '', hasPassword: !!s.settings.auth?.pass, envelopeFrom: s.envelopeFrom,
  };
}

export function saveSmtp(db: Db, input: { host: string; port: number; secure: boolean; requireTLS: boolean; user: string; password?: string; envelopeFrom: string }, nowIso: string): SmtpSettingsView {
  const before = readSmtp(db);
  const pass = input.password ?? (before?.settings.auth?.user === input.user ? before.settings.auth?.pass : undefined);
  if (input.user && !pass) throw new HostError('invalid-input', `Give the password for ${input.user} on ${input.host}.`);
  const settings = SmtpSettings.parse({
    host: input.host, port: input.port, secure: input.secure, requireTLS: input.secure ? undefined : input.requireTLS,
    ...(input.user ? { auth: { user: input.user, pass } } : {}),
  });
  db.transaction(() => {
    writeSecret(db, SMTP_KEY, { settings, envelopeFrom: input.envelopeFrom } satisfies StoredSmtp, nowIso);
    appendAudit(db, { action: 'settings.smtp.saved', entity: 'settings', entityId: 'smtp', at: nowIso, data: { host: input.host, port: input.port, secure: input.secure, user: input.user, passwordChanged: input.password !== undefined } });
  })();
  return smtpView(db);
}

function attachmentsOf(list: AttachmentInput[]) {
  return list.map((a) => ({ filename: a.fileName, content: Buffer.from(a.base64, 'base64'), ...(a.contentType ? { contentType: a.contentType } : {}) }));
}

/** Freezes the letter (if still a draft) and writes its bytes; nothing is filed yet. */
async function produce(db: Db, row: LetterRow, format: LetterFormat, opts: { attachments: AttachmentInput[]; attachPdf: boolean; nowIso: string; today: string }, reason: 'exported' | 'sent') {
  const letter = db.transaction(() => freeze(db, row, opts.nowIso, opts.today, reason))();
  const caseRow = caseRowById(db, row.case_id);
  const threading = threadingOf(db, caseRow.id);
  const exported = await exportLetter(letter, format, {
    eml: {
      inReplyTo: threading.inReplyTo,
      references: threading.references,
      attachments: attachmentsOf(opts.attachments),
      attachPdf: opts.attachPdf,
    },
  });
  return { letter, exported, caseRow };
}

function file(db: Db, args: {
  row: LetterRow; caseId: number; ref: string; channel: 'export' | 'smtp'; exported: ExportedLetter; recipient: string | null; nowIso: string; action: string; summary: string; extra?: Record<string, unknown>;
}): number {
  const { exported: e } = args;
  const info = stmt(db, `INSERT INTO correspondence (case_id, letter_id, direction, channel, format, sha256, bytes, recipient, at, file_name, message_id)
    VALUES (?, ?, 'out', ?, ?, ?, ?, ?, ?, ?, ?)`).run(args.caseId, args.row.id, args.channel, e.record.format, e.record.sha256, e.bytes, args.recipient, args.nowIso, e.fileName, e.messageId ?? null);
  const correspondenceId = Number(info.lastInsertRowid);
  appendAudit(db, {
    action: args.action, entity: 'case', entityId: args.ref, at: args.nowIso,
    data: { summary: args.summary, letterId: args.row.id, correspondenceId, ...e.record, fileName: e.fileName, ...(e.messageId ? { messageId: e.messageId } : {}), ...args.extra },
  });
  return correspondenceId;
}

const FORMAT_NAMES: Record<LetterFormat, string> = { pdf: 'PDF', docx: 'Word document', eml: 'e-mail file' };

export async function exportLetterOfCase(db: Db, letterId: number, format: LetterFormat, opts: { attachments: AttachmentInput[]; attachPdf: boolean; nowIso: string; today: string }): Promise<Delivered> {
  const row = getLetterRow(db, letterId);
  const { letter, exported, caseRow } = await produce(db, row, format, opts, 'exported');
  const correspondenceId = db.transaction(() => file(db, {
    row, caseId: caseRow.id, ref: caseRow.ref, channel: 'export', exported, recipient: format === 'eml' ? letter.recipientEmail ?? null : null, nowIso: opts.nowIso,
    action: 'letter.exported', summary: `Letter exported as ${FORMAT_NAMES[format]}: ${exported.fileName} (SHA-256 ${exported.record.sha256.slice(0, 12)}…)`,
  }))();
  return { exported, correspondenceId, letter };
}

export async function sendLetterOfCase(db: Db, letterId: number, opts: { attachments: AttachmentInput[]; attachPdf: boolean; nowIso: string; today: string }): Promise<Delivered & { recipient: string; response: string }> {
  const smtp = readSmtp(db);
  if (!smtp) throw new HostError('unavailable', 'No outgoing mail server is set up. Add one under Letters → Outgoing mail, or export the letter as .eml and send it from your mail program.');
  const row = getLetterRow(db, letterId);
  if (row.status === 'sent') throw new HostError('conflict', `Letter ${row.id} was already sent on ${row.sent_at}; make a new version to send it again.`);
  const { letter, exported, caseRow } = await produce(db, row, 'eml', opts, 'sent');
  const recipient = letter.recipientEmail;
  if (!recipient) throw new HostError('missing-fields', 'The letter has no e-mail address to send to.', { fields: [{ field: 'requester.email', label: "the requester's e-mail address" }] });
  let result;
  try {
    result = await sendEml(smtp.settings, exported.bytes, { from: smtp.envelopeFrom || letter.senderEmail, to: [recipient] });
  } catch (err) {
    throw new HostError('unavailable', `The letter was not sent: the mail server ${smtp.settings.host} answered "${(err as Error).message}". Nothing was filed as sent; try again or export it.`);
  }
  if (result.rejected.length || !result.accepted.length) {
    throw new HostError('unavailable', `The mail server refused ${recipient}: ${result.response}. Nothing was filed as sent.`);
  }
  const correspondenceId = db.transaction(() => {
    stmt(db, `UPDATE letters SET status = 'sent', sent_at = ? WHERE id = ?`).run(opts.nowIso, row.id);
    return file(db, {
      row, caseId: caseRow.id, ref: caseRow.ref, channel: 'smtp', exported, recipient, nowIso: opts.nowIso,
      action: 'letter.sent', summary: `Letter sent by e-mail to ${recipient}: ${letter.subject} (SHA-256 ${exported.record.sha256.slice(0, 12)}…)`,
      extra: { recipient, response: result.response },
    });
  })();
  return { exported, correspondenceId, letter, recipient, response: result.response };
}

interface CorrespondenceRow { id: number; letter_id: number | null; direction: string; channel: string; format: string; sha256: string; size: number; recipient: string | null; file_name: string | null; message_id: string | null; at: string }

function toView(r: CorrespondenceRow): CorrespondenceView {
  return { id: r.id, letterId: r.letter_id, direction: r.direction, channel: r.channel, format: r.format, sha256: r.sha256, bytes: r.size, recipient: r.recipient, fileName: r.file_name, messageId: r.message_id, at: r.at };
}

const CORR_SELECT = 'SELECT id, letter_id, direction, channel, format, sha256, length(bytes) AS size, recipient, file_name, message_id, at FROM correspondence';

export function correspondenceOfCase(db: Db, caseId: number): CorrespondenceView[] {
  return (stmt(db, `${CORR_SELECT} WHERE case_id = ? ORDER BY at, id`).all(caseId) as CorrespondenceRow[]).map(toView);
}

export function correspondenceOfSeries(db: Db, seriesId: number): CorrespondenceView[] {
  return (stmt(db, `${CORR_SELECT} WHERE letter_id IN (SELECT id FROM letters WHERE coalesce(series_id, id) = ?) ORDER BY at, id`).all(seriesId) as CorrespondenceRow[]).map(toView);
}
