// Changes to an open case. Each one is dated, audited in the same transaction, and followed by a
// recomputation of the case's deadlines where it moves a clock.
import type { z } from 'zod';
import type { caseActionMethods } from '../../../shared/contract/case-actions';
import { HostError } from '../../../shared/contract/define';
import type { ClockEvent } from '../../../shared/deadlines';
import type { EscalationStage, Regime } from '../../../shared/domain/ids';
import { canMoveTo, currentStage, ladderFor, type EscalationStep, type LadderId } from '../../../shared/escalation';
import { findOrganisation } from '../organisations/repo';
import { appendAudit } from '../store/audit';
import type { Db } from '../store/database';
import { stmt } from '../store/statements';
import { getCaseRow } from './repo';
import type { CaseRow } from './rows';
import { refreshDeadlines } from './schedule';

type In<K extends keyof typeof caseActionMethods> = z.output<(typeof caseActionMethods)[K]['input']>;

const LADDER_OF_REGIME: Partial<Record<Regime, LadderId>> = { dpf: 'dpf', gdpr: 'gdpr-society', 'uk-gdpr': 'uk', ccpa: 'ccpa', 'ca-shine-the-light': 'ccpa', 'us-state': 'us-state', 'ch-fadp': 'ch' };

export function ladderOfCase(db: Db, row: CaseRow) {
  const org = findOrganisation(db, row.organisation_id);
  return org ? ladderFor(org) : ladderFor(LADDER_OF_REGIME[row.regime] ?? 'gdpr-society');
}

export function escalationHistory(db: Db, caseId: number): EscalationStep[] {
  const rows = stmt(db, 'SELECT stage, entered_on, external_ref, contact, note FROM escalation_steps WHERE case_id = ? ORDER BY entered_on, id').all(caseId) as Array<{ stage: EscalationStage; entered_on: string; external_ref: string | null; contact: string | null; note: string | null }>;
  return rows.map((r) => ({ stage: r.stage, enteredAt: r.entered_on, ...(r.external_ref ? { externalRef: r.external_ref } : {}), ...(r.contact ? { contact: r.contact } : {}), ...(r.note ? { note: r.note } : {}) }));
}

function eventDate(event: ClockEvent, today: string): string {
  if ('date' in event && event.date) return event.date;
  if ('from' in event) return event.from;
  if ('to' in event) return event.to;
  return today;
}

function describeEvent(event: ClockEvent): string {
  switch (event.type) {
    case 'extension': return `Extension${event.reasons ? `: ${event.reasons}` : ''}`;
    case 'clock-stop': return `Clock stopped${event.reason ? ` (${event.reason})` : ''}`;
    case 'clock-restart': return 'Clock restarted';
    case 'paused': return `Clock paused ${event.from} to ${event.to}`;
    case 'clock-start-later': return `Clock starts on ${event.date} (${event.reason.replace('-', ' ')})`;
    case 'fee-notice': return 'Fee notified';
    case 'refusal': return 'Request refused';
    case 'designated-channel': return event.designated ? 'Received at the designated address' : 'Received outside the designated address';
    default: return event.type.replace(/-/g, ' ');
  }
}

export function addCaseEvent(db: Db, input: In<'cases.addEvent'>, now: Date, today: string) {
  return db.transaction(() => {
    const row = openRow(db, input.ref);
    const onDate = eventDate(input.event, today);
    if (onDate < row.received_at.slice(0, 10) && input.event.type !== 'designated-channel') {
      throw new HostError('invalid-input', `The event is dated ${onDate}, before the request was received. Check the date.`);
    }
    // The note rides along with the event; the engine's schema drops keys it does not know.
    stmt(db, 'INSERT INTO case_events (case_id, kind, on_date, data_json, created_at) VALUES (?, ?, ?, ?, ?)').run(row.id, input.event.type, onDate, JSON.stringify(input.note ? { ...input.event, note: input.note } : input.event), now.toISOString());
    if (input.event.type === 'clock-stop') stmt(db, `UPDATE cases SET status = 'waiting-requester', updated_at = ? WHERE id = ?`).run(now.toISOString(), row.id);
    if (input.event.type === 'clock-restart' || input.event.type === 'clock-start-later') stmt(db, `UPDATE cases SET status = CASE WHEN status = 'waiting-requester' THEN 'open' ELSE status END, updated_at = ? WHERE id = ?`).run(now.toISOString(), row.id);
    const { dueAt, deadlines } = refreshDeadlines(db, row);
    const warnings = deadlines.filter((d) => d.warning).map((d) => d.warning!);
    appendAudit(db, { action: 'case.event', entity: 'case', entityId: row.ref, at: now.toISOString(), data: { summary: `${describeEvent(input.event)} (${onDate})`, event: input.event, note: input.note, dueAt, warnings } });
    return { dueAt, warnings };
  })();
}

export function escalateCase(db: Db, input: In<'cases.escalate'>, now: Date) {
  return db.transaction(() => {
    const row = openRow(db, input.ref);
    if (input.enteredAt < row.received_at.slice(0, 10)) throw new HostError('invalid-input', `The move is dated ${input.enteredAt}, before the case was received.`);
    const ladder = ladderOfCase(db, row);
    const history = escalationHistory(db, row.id);
    const check = canMoveTo(ladder, history, input.stage, input.enteredAt);
    if (!check.allowed) throw new HostError('invalid-input', `The ${ladder.id} ladder has no "${input.stage}" stage. Its stages are: ${ladder.stages.map((s) => s.stage).join(', ')}.`);
    stmt(db, 'INSERT INTO escalation_steps (case_id, stage, entered_on, external_ref, contact, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(row.id, input.stage, input.enteredAt, input.externalRef ?? null, input.contact ?? null, input.note ?? null, now.toISOString());
    const stage = currentStage([...history, { stage: input.stage, enteredAt: input.enteredAt }]) ?? 'organisation';
    stmt(db, `UPDATE cases SET escalation_stage = ?, status = CASE WHEN status = 'closed' THEN status WHEN ? != 'organisation' THEN 'escalated' ELSE status END, updated_at = ? WHERE id = ?`).run(stage, stage, now.toISOString(), row.id);
    appendAudit(db, { action: 'case.escalated', entity: 'case', entityId: row.ref, at: now.toISOString(), data: { summary: `Moved to ${input.stage}${input.externalRef ? ` (ref ${input.externalRef})` : ''} on ${input.enteredAt}`, ...input, warnings: check.unmetPreconditions } });
    return { warnings: check.unmetPreconditions, toConfirm: check.toConfirm };
  })();
}

export function addCaseNote(db: Db, input: In<'cases.addNote'>, now: Date) {
  return db.transaction(() => {
    const row = getCaseRow(db, input.ref);
    const at = input.at ?? now.toISOString();
    const id = Number(stmt(db, 'INSERT INTO notes (case_id, kind, body, at) VALUES (?, ?, ?, ?)').run(row.id, input.kind, input.body, at).lastInsertRowid);
    appendAudit(db, { action: input.kind === 'call' ? 'case.call-logged' : 'case.note-added', entity: 'case', entityId: row.ref, at: now.toISOString(), data: { summary: input.kind === 'call' ? 'Call logged' : 'Note added', noteId: id } });
    return { id };
  })();
}

export function setCaseStatus(db: Db, input: In<'cases.setStatus'>, now: Date) {
  db.transaction(() => {
    const row = openRow(db, input.ref);
    stmt(db, 'UPDATE cases SET status = ?, updated_at = ? WHERE id = ?').run(input.status, now.toISOString(), row.id);
    appendAudit(db, { action: 'case.status', entity: 'case', entityId: row.ref, at: now.toISOString(), data: { summary: `Status: ${row.status} → ${input.status}`, from: row.status, to: input.status } });
  })();
  return { ok: true as const };
}

export function closeCase(db: Db, input: In<'cases.close'>, now: Date, today: string) {
  db.transaction(() => {
    const row = openRow(db, input.ref);
    const on = input.on ?? today;
    stmt(db, `UPDATE cases SET status = 'closed', outcome = ?, closed_at = ?, updated_at = ? WHERE id = ?`).run(input.outcome, on, now.toISOString(), row.id);
    appendAudit(db, { action: 'case.closed', entity: 'case', entityId: row.ref, at: now.toISOString(), data: { summary: `Closed: ${input.outcome}${input.reason ? ` (${input.reason})` : ''}`, outcome: input.outcome, reason: input.reason, on } });
  })();
  return { ok: true as const };
}

function openRow(db: Db, ref: string): CaseRow {
  const row = getCaseRow(db, ref);
  if (row.status === 'closed') throw new HostError('conflict', `${row.ref} is closed. Reopen it before recording more.`);
  return row;
}
