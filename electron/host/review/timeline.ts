// One time-ordered list of everything on a case: messages in and out, letters and what was sent
// or exported, notes and logged calls, clock events, ladder moves, deadlines with their traces,
// loose attachments, and the audit entries that no richer item already shows.
import type { TimelineItem } from '../../../shared/contract/workspace-views';
import { getCaseRow } from '../cases/repo';
import { auditFor } from '../store/audit';
import type { Db } from '../store/database';
import { stmt } from '../store/statements';

/** Audit actions whose content the timeline already shows as its own item. */
const SHOWN_ELSEWHERE = new Set(['case.note-added', 'case.call-logged', 'case.event', 'case.escalated']);

const SNIPPET = 280;
const snippet = (text: string) => (text.length > SNIPPET ? `${text.slice(0, SNIPPET).trimEnd()}…` : text);

interface AttachmentRow { id: number; message_id: number | null; filename: string; size: number; content_type: string }

export function caseTimeline(db: Db, ref: string): { ref: string; items: TimelineItem[] } {
  const c = getCaseRow(db, ref);
  const items: TimelineItem[] = [];
  const attachments = stmt(db, 'SELECT id, message_id, filename, size, content_type FROM attachments WHERE case_id = ? OR message_id IN (SELECT id FROM messages WHERE case_id = ?) ORDER BY id').all(c.id, c.id) as AttachmentRow[];
  const byMessage = new Map<number, AttachmentRow[]>();
  for (const a of attachments) if (a.message_id !== null) byMessage.set(a.message_id, [...(byMessage.get(a.message_id) ?? []), a]);
  const attachmentView = (a: AttachmentRow) => ({ id: a.id, filename: a.filename, size: a.size, contentType: a.content_type });

  // The requester is in the page header already; the receipt says how and about what.
  items.push({ at: c.received_at, kind: 'event', title: `Request received (${c.channel.replace('-', ' ')})`, ...(c.subject ? { detail: c.subject } : {}) });

  const messages = stmt(db, 'SELECT id, direction, subject, from_name, from_email, sent_at, received_at, text_body FROM messages WHERE case_id = ? ORDER BY received_at, id').all(c.id) as Array<{
    id: number; direction: string; subject: string; from_name: string; from_email: string; sent_at: string | null; received_at: string; text_body: string;
  }>;
  for (const m of messages) {
    const files = byMessage.get(m.id);
    items.push({
      at: m.direction === 'out' ? (m.sent_at ?? m.received_at) : m.received_at,
      kind: 'message',
      direction: m.direction === 'out' ? 'out' : 'in',
      title: m.subject || '(no subject)',
      detail: `${m.from_name ? `${m.from_name} <${m.from_email}>` : m.from_email}${m.text_body ? `\n${snippet(m.text_body)}` : ''}`,
      id: m.id,
      ...(files ? { attachments: files.map(attachmentView) } : {}),
    });
  }
  for (const a of attachments.filter((x) => x.message_id === null)) {
    const at = (stmt(db, 'SELECT created_at FROM attachments WHERE id = ?').get(a.id) as { created_at: string }).created_at;
    items.push({ at, kind: 'attachment', title: a.filename, detail: `${a.content_type}, ${a.size} bytes`, id: a.id, attachments: [attachmentView(a)] });
  }

  const letters = stmt(db, 'SELECT id, template_id, language, version, status, subject, created_at, finalised_at FROM letters WHERE case_id = ? ORDER BY created_at, id').all(c.id) as Array<{
    id: number; template_id: string; language: string; version: number; status: string; subject: string; created_at: string; finalised_at: string | null;
  }>;
  for (const l of letters) {
    items.push({ at: l.finalised_at ?? l.created_at, kind: 'letter', direction: 'out', title: l.subject || l.template_id, detail: `${l.template_id} (${l.language}), version ${l.version}, ${l.status}`, id: l.id });
  }
  const sent = stmt(db, 'SELECT id, letter_id, direction, channel, format, sha256, recipient, at FROM correspondence WHERE case_id = ? ORDER BY at, id').all(c.id) as Array<{
    id: number; letter_id: number | null; direction: string; channel: string; format: string; sha256: string; recipient: string | null; at: string;
  }>;
  for (const s of sent) {
    const verb = s.channel === 'export' || s.channel === 'file' ? 'Exported' : s.direction === 'in' ? 'Received' : 'Sent';
    items.push({
      at: s.at,
      kind: 'correspondence',
      direction: s.direction === 'in' ? 'in' : 'out',
      title: `${verb} as ${s.format.toUpperCase()}${s.recipient ? ` to ${s.recipient}` : ''}`,
      detail: `${s.channel}; SHA-256 ${s.sha256}`,
      id: s.id,
    });
  }

  const notes = stmt(db, 'SELECT id, kind, body, at FROM notes WHERE case_id = ? ORDER BY at, id').all(c.id) as Array<{ id: number; kind: string; body: string; at: string }>;
  for (const n of notes) items.push({ at: n.at, kind: n.kind === 'call' ? 'call' : 'note', title: n.kind === 'call' ? 'Call' : 'Note', detail: n.body, id: n.id });

  const events = stmt(db, 'SELECT id, kind, on_date, data_json FROM case_events WHERE case_id = ? ORDER BY on_date, id').all(c.id) as Array<{ id: number; kind: string; on_date: string; data_json: string }>;
  const eventSummaries = new Map(auditFor(db, 'case', c.ref).filter((e) => e.action === 'case.event').map((e) => [JSON.stringify((JSON.parse(e.data_json) as { event?: unknown }).event), JSON.parse(e.data_json) as { summary?: string; note?: string }]));
  for (const e of events) {
    // The stored event may carry its note beside the event's own fields; the audit entry has the sentence.
    const { note: storedNote, ...event } = JSON.parse(e.data_json) as { note?: string };
    const audit = eventSummaries.get(JSON.stringify(event));
    const note = storedNote ?? audit?.note;
    items.push({ at: e.on_date, kind: 'event', title: audit?.summary?.replace(/ \(\d{4}-\d{2}-\d{2}\)$/, '') ?? e.kind.replace(/-/g, ' '), ...(note ? { detail: note } : {}), id: e.id });
  }

  const steps = stmt(db, 'SELECT id, stage, entered_on, external_ref, contact, note FROM escalation_steps WHERE case_id = ? ORDER BY entered_on, id').all(c.id) as Array<{
    id: number; stage: string; entered_on: string; external_ref: string | null; contact: string | null; note: string | null;
  }>;
  for (const s of steps) {
    const detail = [s.external_ref && `Their reference: ${s.external_ref}`, s.contact && `Contact: ${s.contact}`, s.note].filter(Boolean).join('\n');
    items.push({ at: s.entered_on, kind: 'escalation', title: `Moved to ${s.stage}`, ...(detail ? { detail } : {}), id: s.id });
  }

  const deadlines = stmt(db, 'SELECT id, kind, regime, due, basis, trace_json, governing FROM deadlines WHERE case_id = ? AND due IS NOT NULL ORDER BY due').all(c.id) as Array<{
    id: number; kind: string; regime: string | null; due: string; basis: string; trace_json: string; governing: number;
  }>;
  for (const d of deadlines) {
    items.push({ at: d.due, kind: 'deadline', title: `${d.governing ? 'Due' : 'Deadline'}: ${d.kind.replace(/-/g, ' ')}${d.regime ? ` (${d.regime})` : ''}`, detail: d.basis, trace: JSON.parse(d.trace_json) as string[], id: d.id });
  }

  for (const e of auditFor(db, 'case', c.ref)) {
    if (SHOWN_ELSEWHERE.has(e.action)) continue;
    const data = JSON.parse(e.data_json) as { summary?: unknown; requestTypes?: string[]; regimes?: string[] };
    const title = e.action === 'case.created' ? `Case opened (${(data.requestTypes ?? []).join(', ')}; ${(data.regimes ?? []).join(', ')})` : typeof data.summary === 'string' ? data.summary : e.action;
    items.push({ at: e.at, kind: 'audit', title, id: e.seq });
  }

  // Dates (YYYY-MM-DD) sort before instants of the same day; ties keep the order above.
  return { ref: c.ref, items: items.map((item, i) => ({ item, i })).sort((a, b) => (a.item.at < b.item.at ? -1 : a.item.at > b.item.at ? 1 : a.i - b.i)).map((x) => x.item) };
}
