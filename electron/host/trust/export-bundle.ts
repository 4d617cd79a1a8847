// The evidence bundle of one case: what was received, byte for byte; what was sent; how every
// deadline was computed; and the case's audit events with the hash links that tie them into the
// whole log. A manifest lists the SHA-256 of every file; README.txt tells a regulator how to check it.
import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { appendAudit, auditFor, verifyAudit, type AuditRow } from '../store/audit';
import type { Db } from '../store/database';
import { getCase, getCaseRow } from '../cases/repo';
import { checkNewFilePath, writeFileAtomic } from './files';
import { BUNDLE_README } from './bundle-readme';

export const BUNDLE_FORMAT = 'dpo-desk-evidence';

export interface BundleManifest {
  format: typeof BUNDLE_FORMAT;
  version: 1;
  ref: string;
  exportedAt: string;
  files: Array<{ path: string; bytes: number; sha256: string }>;
}

export interface AuditProof {
  ref: string;
  /** The case's events, complete, so each hash can be recomputed. */
  events: AuditRow[];
  /** seq, prev_hash and hash of every event from the case's first event to the head (no content). */
  links: Array<{ seq: number; prev_hash: string; hash: string }>;
  head: { seq: number; hash: string } | null;
  wholeLog: { ok: boolean; events: number; message: string };
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const pad = (n: number) => String(n).padStart(3, '0');
const safeName = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '').slice(0, 80) || 'file';
const EXT: Record<string, string> = { pdf: 'pdf', docx: 'docx', eml: 'eml' };

export function auditProof(db: Db, ref: string): AuditProof {
  const events = auditFor(db, 'case', ref);
  const head = (db.prepare('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined) ?? null;
  const from = events[0]?.seq ?? head?.seq ?? 0;
  const links = db.prepare('SELECT seq, prev_hash, hash FROM audit_events WHERE seq >= ? ORDER BY seq').all(from) as AuditProof['links'];
  const whole = verifyAudit(db);
  return { ref, events, links, head, wholeLog: { ok: whole.ok, events: whole.events, message: whole.message } };
}

/** Every file of the bundle, by path, before the manifest is added. */
export function bundleFiles(db: Db, ref: string, today: string): Map<string, Buffer> {
  const detail = getCase(db, ref, today);
  const id = detail.id;
  const files = new Map<string, Buffer>();
  const json = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');

  const messages = db.prepare('SELECT id, direction, message_id, sha256, raw, subject, received_at, source FROM messages WHERE case_id = ? ORDER BY received_at, id').all(id) as Array<{
    id: number; direction: string; message_id: string | null; sha256: string; raw: Buffer; subject: string; received_at: string; source: string;
  }>;
  const messageIndex = messages.map((m, i) => {
    const path = `messages/${pad(i + 1)}.eml`;
    files.set(path, Buffer.from(m.raw));
    return { file: path, direction: m.direction, messageId: m.message_id, receivedAt: m.received_at, sha256AtImport: m.sha256, source: m.source };
  });

  const attachments = db.prepare(`SELECT id, message_id, filename, content_type, size, sha256, data, created_at FROM attachments
    WHERE case_id = ? OR message_id IN (SELECT id FROM messages WHERE case_id = ?) ORDER BY id`).all(id, id) as Array<{
    id: number; message_id: number | null; filename: string; content_type: string; size: number; sha256: string; data: Buffer; created_at: string;
  }>;
  const attachmentIndex = attachments.map((a, i) => {
    const path = `attachments/${pad(i + 1)}-${safeName(a.filename)}`;
    files.set(path, Buffer.from(a.data));
    return { file: path, filename: a.filename, contentType: a.content_type, sha256AtImport: a.sha256, createdAt: a.created_at };
  });

  const sent = db.prepare('SELECT id, letter_id, direction, channel, format, sha256, bytes, recipient, at FROM correspondence WHERE case_id = ? ORDER BY at, id').all(id) as Array<{
    id: number; letter_id: number | null; direction: string; channel: string; format: string; sha256: string; bytes: Buffer; recipient: string | null; at: string;
  }>;
  const correspondence = sent.map((c, i) => {
    const path = `letters/${pad(i + 1)}-${safeName(c.format)}.${EXT[c.format] ?? 'bin'}`;
    files.set(path, Buffer.from(c.bytes));
    return { file: path, letterId: c.letter_id, direction: c.direction, channel: c.channel, format: c.format, recipient: c.recipient, at: c.at, sha256AtSending: c.sha256 };
  });
  const letters = db.prepare('SELECT id, template_id, language, version, status, subject, body, created_at, finalised_at FROM letters WHERE case_id = ? ORDER BY id').all(id);

  const deadlines = db.prepare('SELECT kind, regime, due, basis, trace_json, governing, warning FROM deadlines WHERE case_id = ? ORDER BY due IS NULL, due, id').all(id) as Array<{ trace_json: string; governing: number } & Record<string, unknown>>;
  const escalation = db.prepare('SELECT stage, entered_on, external_ref, contact, note, created_at FROM escalation_steps WHERE case_id = ? ORDER BY entered_on, id').all(id);

  files.set('case.json', json(detail));
  files.set('messages.json', json(messageIndex));
  if (attachmentIndex.length) files.set('attachments.json', json(attachmentIndex));
  files.set('letters.json', json({ correspondence, letters }));
  files.set('deadlines.json', json({
    ref: detail.ref,
    receivedAt: detail.receivedAt,
    timeZone: detail.timeZone,
    dueAt: detail.dueAt,
    deadlines: deadlines.map(({ trace_json, governing, ...d }) => ({ ...d, governing: governing === 1, trace: JSON.parse(trace_json) })),
    clockEvents: detail.events,
    escalation,
  }));
  files.set('audit.json', json(auditProof(db, detail.ref)));
  files.set('README.txt', Buffer.from(BUNDLE_README(detail.ref), 'utf8'));
  return files;
}

export async function writeEvidenceBundle(db: Db, ref: string, out: string, now: Date, today: string): Promise<{ path: string; files: number; bytes: number; manifestSha256: string }> {
  const path = checkNewFilePath(out, '.zip', 'evidence bundle');
  const canonicalRef = getCaseRow(db, ref).ref;
  const files = bundleFiles(db, canonicalRef, today);
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    version: 1,
    ref: canonicalRef,
    exportedAt: now.toISOString(),
    files: [...files].map(([p, bytes]) => ({ path: p, bytes: bytes.length, sha256: sha256(bytes) })),
  };
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  const zip = new JSZip();
  for (const [p, bytes] of files) zip.file(p, bytes, { date: now, binary: true });
  zip.file('manifest.json', manifestBytes, { date: now });
  const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  writeFileAtomic(path, buffer);
  const manifestSha256 = sha256(manifestBytes);
  db.transaction(() => appendAudit(db, { action: 'case.exported', entity: 'case', entityId: canonicalRef, at: manifest.exportedAt, data: { summary: 'Evidence bundle exported', manifestSha256, files: files.size + 1 } }))();
  return { path, files: files.size + 1, bytes: buffer.length, manifestSha256 };
}
