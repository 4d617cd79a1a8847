// A case's deadlines are derived data: recomputed from its regimes, receipt, organisation profile and
// dated events whenever one of them changes, and stored so lists can sort and filter by due date.
import { computeCaseDeadlines, RESPOND_LIKE, type ClockEvent, type Deadline } from '../../../shared/deadlines';
import { promiseForDeadline } from '../../../shared/organisations/queries';
import type { RequestType } from '../../../shared/domain/ids';
import { findOrganisation } from '../organisations/repo';
import type { Db } from '../store/database';
import { stmt } from '../store/statements';
import type { CaseRow } from './rows';

export function caseEvents(db: Db, caseId: number): ClockEvent[] {
  return (stmt(db, 'SELECT data_json FROM case_events WHERE case_id = ? ORDER BY on_date, id').all(caseId) as Array<{ data_json: string }>).map((r) => JSON.parse(r.data_json) as ClockEvent);
}

export function deadlinesFor(db: Db, row: CaseRow): Deadline[] {
  const org = findOrganisation(db, row.organisation_id);
  const requestTypes = JSON.parse(row.request_types_json) as RequestType[];
  const promise = org ? requestTypes.map((t) => promiseForDeadline(org, t)).find(Boolean) : undefined;
  return computeCaseDeadlines({
    regimes: JSON.parse(row.regimes_json),
    requestTypes,
    receivedAt: row.received_at,
    timeZone: row.time_zone,
    ...(org ? { country: org.country, overrides: org.rulesOverrides } : {}),
    ...(promise ? { promise } : {}),
    events: caseEvents(db, row.id),
  });
}

/** The date the case is judged by: the governing deadline, else the earliest answer-type date. */
export function dueDateOf(deadlines: Deadline[]): string | null {
  const governing = deadlines.find((d) => d.governing && d.due);
  if (governing) return governing.due;
  const dates = deadlines.filter((d) => d.due && RESPOND_LIKE.includes(d.kind)).map((d) => d.due!).sort();
  return dates[0] ?? null;
}

export function refreshDeadlines(db: Db, row: CaseRow): { dueAt: string | null; deadlines: Deadline[] } {
  const deadlines = deadlinesFor(db, row);
  const dueAt = dueDateOf(deadlines);
  stmt(db, 'DELETE FROM deadlines WHERE case_id = ?').run(row.id);
  const insert = stmt(db, 'INSERT INTO deadlines (case_id, kind, regime, due, basis, trace_json, governing, warning) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  for (const d of deadlines) insert.run(row.id, d.kind, d.regime, d.due, d.basis, JSON.stringify(d.trace), d.governing ? 1 : 0, d.warning ?? null);
  stmt(db, 'UPDATE cases SET due_at = ? WHERE id = ?').run(dueAt, row.id);
  return { dueAt, deadlines };
}
