// Retention: a closed case is kept for its organisation's period (OrganisationProfile.retention), then
// its content is destroyed. What stays is an anonymised stub (ref, dates, request types, outcome) and
// the audit trail, so the DPO can still prove the case existed and how it ended. secure_delete is on
// for every connection, and the space is reclaimed with VACUUM so freed pages keep nothing.
import { TZDate } from '@date-fns/tz';
import { addMonths } from 'date-fns/addMonths';
import { format } from 'date-fns/format';
import type { DueCase } from '../../../shared/contract/trust';
import { HostError } from '../../../shared/contract/define';
import { DEFAULT_RETENTION_MONTHS, OrganisationProfile } from '../../../shared/organisations/profile';
import { appendAudit } from '../store/audit';
import type { Db } from '../store/database';

export const ERASED = '[erased]';

export function deleteAfter(closedOn: string, months: number): string {
  const [y, m, d] = closedOn.slice(0, 10).split('-').map(Number);
  return format(addMonths(new TZDate(y, m - 1, d, 'UTC'), months), 'yyyy-MM-dd');
}

function retentionByOrganisation(db: Db): Map<string, number> {
  const rows = db.prepare('SELECT id, profile_json FROM organisations').all() as Array<{ id: string; profile_json: string }>;
  return new Map(rows.map((r) => {
    const parsed = OrganisationProfile.safeParse(JSON.parse(r.profile_json));
    return [r.id, parsed.success ? parsed.data.retention.closedCaseMonths : DEFAULT_RETENTION_MONTHS];
  }));
}

/** Closed, not yet purged cases whose retention ends on or before asOf, oldest first. */
export function dueForDeletion(db: Db, asOf: string): DueCase[] {
  const months = retentionByOrganisation(db);
  const purged = new Set((db.prepare(`SELECT entity_id FROM audit_events WHERE action = 'case.purged'`).all() as Array<{ entity_id: string }>).map((r) => r.entity_id));
  const rows = db.prepare(`SELECT ref, closed_at, organisation_id FROM cases WHERE status = 'closed' AND closed_at IS NOT NULL ORDER BY closed_at, ref`).all() as Array<{ ref: string; closed_at: string; organisation_id: string | null }>;
  // Date math is the slow part (~0.1 ms a case: 6 s for 60k closed cases), and cases close on far
  // fewer distinct days than there are cases: work each day and period out once.
  const dayAfter = new Map<string, string>();
  const dueDay = (closedAt: string, retentionMonths: number) => {
    const key = `${closedAt.slice(0, 10)}|${retentionMonths}`;
    let day = dayAfter.get(key);
    if (day === undefined) dayAfter.set(key, (day = deleteAfter(closedAt, retentionMonths)));
    return day;
  };
  return rows
    .filter((r) => !purged.has(r.ref))
    .map((r) => {
      const known = r.organisation_id ? months.get(r.organisation_id) : undefined;
      const retentionMonths = known ?? DEFAULT_RETENTION_MONTHS;
      return { ref: r.ref, closedAt: r.closed_at, deleteAfter: dueDay(r.closed_at, retentionMonths), organisationId: r.organisation_id, retentionMonths, defaultRetention: known === undefined };
    })
    .filter((c) => c.deleteAfter <= asOf);
}

/** The due cases to purge: all of them, or exactly the confirmed refs (each must still be due). */
export function selectForPurge(db: Db, asOf: string, refs?: string[]): DueCase[] {
  const due = dueForDeletion(db, asOf);
  if (!refs) return due;
  const byRef = new Map(due.map((c) => [c.ref, c]));
  const wanted = [...new Set(refs.map((r) => r.trim().toUpperCase()))];
  const notDue = wanted.filter((r) => !byRef.has(r));
  if (notDue.length) throw new HostError('conflict', `Not due for deletion on ${asOf}: ${notDue.slice(0, 10).join(', ')}${notDue.length > 10 ? ', …' : ''}. Nothing was deleted.`);
  return wanted.map((r) => byRef.get(r)!);
}

export interface PurgedCase extends DueCase { auditSeq: number }

/** Destroy the content of the given cases in one transaction; returns each case's audit seq. */
export function purgeCases(db: Db, cases: DueCase[], asOf: string, now: Date): PurgedCase[] {
  const at = now.toISOString();
  return db.transaction(() => cases.map((c) => {
    const row = db.prepare('SELECT id, requester_id FROM cases WHERE ref = ?').get(c.ref) as { id: number; requester_id: number };
    const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params).changes;
    const removed = {
      attachments: run('DELETE FROM attachments WHERE case_id = ? OR message_id IN (SELECT id FROM messages WHERE case_id = ?)', row.id, row.id),
      messages: run('DELETE FROM messages WHERE case_id = ?', row.id),
      correspondence: run('DELETE FROM correspondence WHERE case_id = ?', row.id),
      letters: run('DELETE FROM letters WHERE case_id = ?', row.id),
      notes: run('DELETE FROM notes WHERE case_id = ?', row.id),
    };
    // Free text that may name people goes; the dates and kinds that explain the deadlines stay.
    run(`UPDATE escalation_steps SET contact = NULL, note = NULL WHERE case_id = ?`, row.id);
    run(`UPDATE case_events SET data_json = json_object('type', kind) WHERE case_id = ?`, row.id);
    eraseRequester(db, row.id, row.requester_id, at);
    run(`UPDATE cases SET subject = '', updated_at = ? WHERE id = ?`, at, row.id);
    const event = appendAudit(db, {
      action: 'case.purged',
      entity: 'case',
      entityId: c.ref,
      at,
      data: { summary: `Content deleted at the end of retention (${c.retentionMonths} months after closing)`, closedAt: c.closedAt, deleteAfter: c.deleteAfter, retentionMonths: c.retentionMonths, asOf, removed },
    });
    return { ...c, auditSeq: event.seq };
  }))();
}

/** The requester's name and e-mail become "[erased]"; a party shared with a kept case is left to it. */
function eraseRequester(db: Db, caseId: number, partyId: number, at: string): void {
  const shared = db.prepare('SELECT 1 FROM cases WHERE requester_id = ? AND id != ? LIMIT 1').get(partyId, caseId);
  if (!shared) {
    db.prepare('UPDATE parties SET name = ?, email = ? WHERE id = ?').run(ERASED, ERASED, partyId);
    return;
  }
  const stub = db.prepare(`INSERT INTO parties (name, email, role, created_at) VALUES (?, ?, 'requester', ?)`).run(ERASED, ERASED, at).lastInsertRowid;
  db.prepare('UPDATE cases SET requester_id = ? WHERE id = ?').run(stub, caseId);
}

/** Rewrite the database without the freed pages and empty the WAL, so nothing deleted lingers on disk. */
export function reclaimSpace(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
}
