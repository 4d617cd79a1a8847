// Reading the triage queue and stored messages back out. The queue is sorted by what is due first:
// the case a message continues, else the date the suggested request would fall due.
import { HostError } from '../../../../shared/contract/define';
import type { AttachmentMeta, MessageView, TriageDetail, TriageItem, TriageStatus } from '../../../../shared/contract/triage';
import type { Triage } from '../../../../shared/triage';
import type { Db } from '../../store/database';
import { stmt } from '../../store/statements';

export interface StoredTriage {
  triage: Triage | null;
  cc?: { name: string; email: string }[];
  keys?: { caseRefs: string[]; externalRefs: string[] };
  corrected?: { requestType?: string; jurisdiction?: string; regimes?: string[]; at: string };
}

export interface QueueRow {
  id: number;
  source: string;
  subject: string;
  from_name: string;
  from_email: string;
  received_at: string;
  received_basis: TriageItem['receivedBasis'];
  triage_status: TriageStatus;
  triage_json: string | null;
  provisional_due: string | null;
  dismiss_reason: TriageItem['dismissReason'];
  warnings_json: string;
  case_ref: string | null;
  case_due: string | null;
  thread_ref: string | null;
  thread_due: string | null;
  dup_ref: string | null;
  n_att: number;
}

const QUEUE_SELECT = `SELECT m.id, m.source, m.subject, m.from_name, m.from_email, m.received_at, m.received_basis, m.triage_status, m.triage_json,
    m.provisional_due, m.dismiss_reason, m.warnings_json, c.ref AS case_ref, c.due_at AS case_due, tc.ref AS thread_ref, tc.due_at AS thread_due,
    dc.ref AS dup_ref, (SELECT count(*) FROM attachments a WHERE a.message_id = m.id) AS n_att
  FROM messages m LEFT JOIN cases c ON c.id = m.case_id LEFT JOIN cases tc ON tc.id = m.thread_case_id LEFT JOIN cases dc ON dc.id = m.duplicate_of_case_id`;

export function parseStoredTriage(json: string | null): StoredTriage {
  return json ? (JSON.parse(json) as StoredTriage) : { triage: null };
}

export function toItem(r: QueueRow): TriageItem {
  const { triage: t, corrected } = parseStoredTriage(r.triage_json);
  return {
    id: r.id,
    source: r.source,
    subject: r.subject,
    from: { name: r.from_name, email: r.from_email },
    receivedAt: r.received_at,
    receivedBasis: r.received_basis,
    status: r.triage_status,
    requestType: t?.requestType ?? null,
    requestTypes: t?.requestTypes ?? [],
    jurisdiction: t?.jurisdiction ?? null,
    regimes: t?.regimes ?? [],
    language: t?.language ?? null,
    confidence: t?.confidence ?? null,
    requester: t ? { name: t.requester.name ?? r.from_name, email: t.requester.email ?? t.requester.agent?.email ?? r.from_email } : null,
    subjectHasPrivacyPolicy: t?.subjectHasPrivacyPolicy ?? false,
    threadedTo: r.thread_ref,
    duplicateOf: r.dup_ref,
    caseRef: r.case_ref,
    dueAt: r.case_due ?? r.thread_due ?? r.provisional_due,
    corrected: !!corrected,
    warnings: (JSON.parse(r.warnings_json) as string[]).length,
    attachments: r.n_att,
    dismissReason: r.dismiss_reason,
  };
}

export function listQueue(db: Db, q: { status: TriageStatus | 'all'; limit: number; offset: number }): { total: number; items: TriageItem[] } {
  const where = q.status === 'all' ? `WHERE m.direction = 'in'` : `WHERE m.direction = 'in' AND m.triage_status = @status`;
  const total = (stmt(db, `SELECT count(*) AS n FROM messages m ${where}`).get({ status: q.status }) as { n: number }).n;
  const rows = stmt(db, `${QUEUE_SELECT} ${where}
    ORDER BY COALESCE(c.due_at, tc.due_at, m.provisional_due) IS NULL, COALESCE(c.due_at, tc.due_at, m.provisional_due), m.received_at, m.id
    LIMIT @limit OFFSET @offset`).all({ status: q.status, limit: q.limit, offset: q.offset }) as QueueRow[];
  return { total, items: rows.map(toItem) };
}

export function queueRow(db: Db, id: number): QueueRow {
  const row = stmt(db, `${QUEUE_SELECT} WHERE m.id = ?`).get(id) as QueueRow | undefined;
  if (!row) throw new HostError('not-found', `There is no message ${id} in this workspace.`);
  return row;
}

export function getItem(db: Db, id: number): TriageItem {
  return toItem(queueRow(db, id));
}

export function attachmentsOf(db: Db, messageId: number): AttachmentMeta[] {
  return stmt(db, 'SELECT id, filename, content_type AS contentType, size, sha256 FROM attachments WHERE message_id = ? ORDER BY id').all(messageId) as AttachmentMeta[];
}

export function getMessage(db: Db, id: number): MessageView {
  const r = stmt(db, `SELECT m.*, c.ref AS case_ref FROM messages m LEFT JOIN cases c ON c.id = m.case_id WHERE m.id = ?`).get(id) as
    | { id: number; message_id: string | null; in_reply_to: string | null; references_json: string; subject: string; from_name: string; from_email: string; to_json: string; sent_at: string | null; received_at: string; source: string; sha256: string; raw: Buffer; text_body: string; html_body: string | null; warnings_json: string; triage_json: string | null; case_ref: string | null }
    | undefined;
  if (!r) throw new HostError('not-found', `There is no message ${id} in this workspace.`);
  return {
    id: r.id,
    messageId: r.message_id,
    inReplyTo: r.in_reply_to,
    references: JSON.parse(r.references_json),
    subject: r.subject,
    from: { name: r.from_name, email: r.from_email },
    to: JSON.parse(r.to_json),
    cc: parseStoredTriage(r.triage_json).cc ?? [],
    sentAt: r.sent_at,
    receivedAt: r.received_at,
    source: r.source,
    sha256: r.sha256,
    size: r.raw.length,
    text: r.text_body,
    html: r.html_body,
    attachments: attachmentsOf(db, r.id),
    warnings: JSON.parse(r.warnings_json),
    caseRef: r.case_ref,
  };
}

export function getDetail(db: Db, id: number): TriageDetail {
  const row = queueRow(db, id);
  const stored = parseStoredTriage(row.triage_json);
  return {
    ...toItem(row),
    message: getMessage(db, id),
    explanation: stored.triage?.explanation ?? ['This message could not be triaged; choose its type by hand.'],
    externalRefs: stored.keys?.externalRefs ?? stored.triage?.externalRefs ?? [],
    caseRefs: stored.keys?.caseRefs ?? stored.triage?.caseRefs ?? [],
  };
}

export function rawMessage(db: Db, id: number): { base64: string; sha256: string; size: number; fileName: string } {
  const r = stmt(db, 'SELECT raw, sha256 FROM messages WHERE id = ?').get(id) as { raw: Buffer; sha256: string } | undefined;
  if (!r) throw new HostError('not-found', `There is no message ${id} in this workspace.`);
  return { base64: r.raw.toString('base64'), sha256: r.sha256, size: r.raw.length, fileName: `message-${id}.eml` };
}

export function getAttachment(db: Db, id: number): AttachmentMeta & { base64: string } {
  const r = stmt(db, 'SELECT id, filename, content_type, size, sha256, data FROM attachments WHERE id = ?').get(id) as
    | { id: number; filename: string; content_type: string; size: number; sha256: string; data: Buffer }
    | undefined;
  if (!r) throw new HostError('not-found', `There is no attachment ${id} in this workspace.`);
  if (r.data.length === 0 && r.size > 0) throw new HostError('unavailable', `"${r.filename}" is too large to open here (${r.size} bytes); it is kept inside the raw message. Export the message to get it.`);
  return { id: r.id, filename: r.filename, contentType: r.content_type, size: r.size, sha256: r.sha256, base64: r.data.toString('base64') };
}
