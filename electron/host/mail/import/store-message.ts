// One inbound message, from raw bytes to a row in the encrypted store: parsed, triaged, keyed for
// threading. Preparing is async (MIME parsing); writing is synchronous so a batch of prepared
// messages can be written in one transaction.
import { createHash } from 'node:crypto';
import type { Triage } from '../../../../shared/triage';
import { classifyMessage, threadKeys, type LearnedCorrections, type ThreadKeys } from '../../../../shared/triage';
import type { Db } from '../../store/database';
import { stmt } from '../../store/statements';
import { parseMessage, type ParsedMessage } from '../parse-message';
import { triageInput } from '../triage-input';
import { findThreadCase, storeThreadKeys, suggestForThreadMates } from './threading-store';

export interface IncomingMessage {
  /** Where it came from, as the DPO named it: a path, path#index for an mbox, or imap:folder/uid. */
  file: string;
  raw: Buffer;
  /** The server's arrival time (IMAP INTERNALDATE), used when the Date header is missing. */
  internalDate?: string;
  truncated?: boolean;
}

/**
 * What is stored of a parsed message. Its selected headers are read by triage only, and its
 * warnings are the prepared message's: neither is kept (each prepared message waits a while in the
 * importer's window, and its fewer objects are fewer for the collector to copy meanwhile).
 */
export type StoredParse = Omit<ParsedMessage, 'headers' | 'warnings'>;

export interface PreparedMessage {
  file: string;
  raw: Buffer;
  sha256: string;
  messageKey: string | null;
  parsed: StoredParse;
  triage: Triage | null;
  keys: ThreadKeys;
  receivedAt: string;
  receivedBasis: 'date' | 'imap' | 'import';
  warnings: string[];
  /** Triage could not run: the message is kept with its raw bytes and counted as failed. */
  failure: string | null;
}

export const sha256Hex = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** The Message-ID from the header block, without a full parse: lets a re-import skip parsing duplicates. */
export function quickMessageKey(raw: Buffer): string | null {
  const head = raw.subarray(0, Math.min(raw.length, 64 * 1024)).toString('latin1');
  const end = head.search(/\r?\n\r?\n/);
  const m = (end >= 0 ? head.slice(0, end) : head).match(/^message-id:[ \t]*(?:\r?\n[ \t]+)?<?([^\s<>]+@[^\s<>]+|[^\s<>]+)>?/im);
  return m ? m[1].trim().toLowerCase() : null;
}

export async function prepareMessage(item: IncomingMessage, opts: { now: Date; corrections?: LearnedCorrections }): Promise<PreparedMessage> {
  const parsed = await parseMessage(item.raw);
  const warnings = [...parsed.warnings];
  if (item.truncated) warnings.unshift('The message was larger than the import limit and was cut; the kept bytes are stored.');
  let receivedAt: string;
  let receivedBasis: PreparedMessage['receivedBasis'];
  if (parsed.date) [receivedAt, receivedBasis] = [parsed.date, 'date'];
  else if (item.internalDate) [receivedAt, receivedBasis] = [item.internalDate, 'imap'];
  else [receivedAt, receivedBasis] = [opts.now.toISOString(), 'import'];
  if (receivedBasis === 'date' && Date.parse(receivedAt) > opts.now.getTime() + 86_400_000) warnings.push(`The Date header (${receivedAt}) is in the future; check when the message really arrived.`);
  const text = parsed.text.slice(0, 60_000);
  const keys = threadKeys({ messageId: parsed.messageId, inReplyTo: parsed.inReplyTo, references: parsed.references, subject: parsed.subject, text });
  let triage: Triage | null = null;
  let failure: string | null = null;
  try {
    triage = classifyMessage(await triageInput(parsed), { corrections: opts.corrections });
  } catch (err) {
    failure = `Triage could not read this message (${(err as Error).message}); it is kept as received.`;
    warnings.push(failure);
  }
  const { headers: _headers, warnings: _warnings, ...stored } = parsed;
  return { file: item.file, raw: item.raw, sha256: parsed.sha256, messageKey: keys.messageId, parsed: stored, triage, keys, receivedAt, receivedBasis, warnings, failure };
}

/** Is this message already stored (same bytes, or the same Message-ID)? */
export function isStored(db: Db, sha256: string, messageKey: string | null): boolean {
  // One statement, each side on its own index (a NULL key matches nothing).
  return !!stmt(db, 'SELECT 1 FROM messages WHERE sha256 = ? UNION ALL SELECT 1 FROM messages WHERE message_key = ? LIMIT 1').get(sha256, messageKey);
}

export interface StoredMessage { id: number; threadedTo: string | null }

/** Writes one prepared message; call inside a transaction. `provisionalDue` is the suggestion's due date. */
export function writeMessage(db: Db, m: PreparedMessage, extra: { nowIso: string; provisionalDue: string | null; duplicateOfCaseId: number | null }): StoredMessage {
  const p = m.parsed;
  const thread = findThreadCase(db, m.keys);
  const info = stmt(db, `INSERT INTO messages (direction, message_id, message_key, sha256, raw, subject, from_name, from_email, to_json, sent_at, received_at, received_basis,
      in_reply_to, references_json, text_body, html_body, warnings_json, triage_json, triage_status, request_type, thread_case_id, duplicate_of_case_id, provisional_due, source, created_at)
    VALUES ('in', @messageId, @key, @sha, @raw, @subject, @fromName, @fromEmail, @to, @sentAt, @receivedAt, @basis, @inReplyTo, @refs, @text, @html, @warnings, @triage, 'pending', @type, @thread, @dup, @due, @source, @now)`).run({
    messageId: p.messageId,
    key: m.messageKey,
    sha: m.sha256,
    raw: m.raw,
    subject: p.subject,
    fromName: p.from?.name ?? '',
    fromEmail: p.from?.email ?? '',
    to: JSON.stringify(p.to),
    sentAt: p.date,
    receivedAt: m.receivedAt,
    basis: m.receivedBasis,
    inReplyTo: p.inReplyTo,
    refs: JSON.stringify(p.references),
    text: p.text,
    html: p.html,
    warnings: JSON.stringify(m.warnings),
    triage: JSON.stringify({ triage: m.triage, cc: p.cc, keys: { caseRefs: m.keys.caseRefs, externalRefs: m.keys.externalRefs } }),
    type: m.triage?.requestType ?? null,
    thread: thread?.caseId ?? null,
    dup: thread ? null : extra.duplicateOfCaseId,
    due: extra.provisionalDue,
    source: m.file,
    now: extra.nowIso,
  });
  const id = Number(info.lastInsertRowid);
  const insertAttachment = stmt(db, 'INSERT INTO attachments (message_id, filename, content_type, size, sha256, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const a of p.attachments) insertAttachment.run(id, a.filename ?? 'unnamed', a.contentType, a.size, a.sha256, a.content, extra.nowIso);
  storeThreadKeys(db, id, m.keys);
  if (thread) suggestForThreadMates(db, id, thread.caseId);
  return { id, threadedTo: thread?.ref ?? null };
}
