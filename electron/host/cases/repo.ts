// Case queries and changes. Every change writes its audit event in the same transaction.
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import type { CaseDetail, CaseListQuery, CaseSummary, NewCase } from '../../../shared/contract/cases';
import { HostError } from '../../../shared/contract/define';
import { caseKindFor, type RequestType, type Regime } from '../../../shared/domain/ids';
import { JURISDICTION_OF_REGIME } from '../../../shared/domain/regime-defaults';
import { instantToLocalDate, localToInstant } from '../../../shared/domain/time-zone';
import { appendAudit, auditFor } from '../store/audit';
import type { Db } from '../store/database';
import { nextCaseRef } from './refs';
import { refreshDeadlines } from './schedule';
import { escalationView } from './escalation-view';
import { CASE_SELECT, toSummary, type CaseRow } from './rows';
import { stmt } from '../store/statements';
import { caseHits } from '../search/cases';

export type ValidNewCase = {
  requestTypes: RequestType[];
  regimes: Regime[];
  jurisdiction?: CaseSummary['jurisdiction'];
  receivedLocal?: string;
  receivedAt?: string;
  timeZone?: string;
  requester: { name: string; email: string };
  subject?: string;
  channel: CaseSummary['channel'];
  organisationId?: string;
  language?: string;
};

export function createCase(db: Db, given: ValidNewCase, ctx: { now: Date; defaultTimeZone: string }): { id: number; ref: string } {
  // A DPO who serves one organisation need not name it on every case.
  const input = given.organisationId ? given : { ...given, organisationId: soleOrganisationId(db) };
  const timeZone = input.timeZone ?? organisationTimeZone(db, input.organisationId) ?? ctx.defaultTimeZone;
  const receivedAt = input.receivedAt ? new Date(input.receivedAt).toISOString() : localToInstant(input.receivedLocal!, timeZone);
  const nowIso = ctx.now.toISOString();
  return db.transaction(() => {
    if (input.organisationId && !stmt(db, 'SELECT 1 FROM organisations WHERE id = ?').get(input.organisationId)) {
      throw new HostError('not-found', `There is no organisation "${input.organisationId}" in this workspace.`);
    }
    const party = stmt(db, 'INSERT INTO parties (name, email, role, created_at) VALUES (?, ?, ?, ?)').run(input.requester.name, input.requester.email, 'requester', nowIso);
    const year = Number(instantToLocalDate(receivedAt, timeZone).slice(0, 4));
    const ref = nextCaseRef(db, year);
    const regime = input.regimes[0];
    const info = stmt(db, 
        `INSERT INTO cases (ref, organisation_id, kind, request_types_json, regimes_json, regime, jurisdiction, status, received_at, time_zone, channel,
           requester_id, subject, language, escalation_stage, created_at, updated_at)
         VALUES (@ref, @org, @kind, @types, @regimes, @regime, @jurisdiction, 'open', @receivedAt, @timeZone, @channel, @requester, @subject, @language, 'organisation', @now, @now)`,
      )
      .run({
        ref,
        org: input.organisationId ?? null,
        kind: caseKindFor(input.requestTypes),
        types: JSON.stringify(input.requestTypes),
        regimes: JSON.stringify(input.regimes),
        regime,
        jurisdiction: input.jurisdiction ?? JURISDICTION_OF_REGIME[regime],
        receivedAt,
        timeZone,
        channel: input.channel,
        requester: party.lastInsertRowid,
        subject: input.subject ?? '',
        language: input.language ?? null,
        now: nowIso,
      });
    const id = Number(info.lastInsertRowid);
    const { dueAt } = refreshDeadlines(db, stmt(db, `${CASE_SELECT} WHERE c.id = ?`).get(id) as CaseRow);
    appendAudit(db, { action: 'case.created', entity: 'case', entityId: ref, at: nowIso, data: { requestTypes: input.requestTypes, regimes: input.regimes, receivedAt, timeZone, channel: input.channel, dueAt } });
    return { id, ref };
  })();
}

function soleOrganisationId(db: Db): string | undefined {
  const rows = stmt(db, 'SELECT id FROM organisations LIMIT 2').all() as Array<{ id: string }>;
  return rows.length === 1 ? rows[0].id : undefined;
}

function organisationTimeZone(db: Db, organisationId: string | undefined): string | null {
  if (!organisationId) return null;
  const row = stmt(db, 'SELECT profile_json FROM organisations WHERE id = ?').get(organisationId) as { profile_json: string } | undefined;
  return row ? ((JSON.parse(row.profile_json) as { timeZone?: string }).timeZone ?? null) : null;
}

export function listCases(db: Db, query: CaseListQuery & { limit: number; offset: number; sort: 'due' | 'received' | 'ref' }, asOf: string): { total: number; items: CaseSummary[] } {
  const where: string[] = [];
  const params: Record<string, unknown> = { asOf };
  if (query.overdue) where.push(`c.status != 'closed' AND c.due_at IS NOT NULL AND c.due_at < @asOf`);
  if (query.dueWithinDays !== undefined) {
    where.push(`c.status != 'closed' AND c.due_at IS NOT NULL AND c.due_at >= @asOf AND c.due_at <= @dueLimit`);
    params.dueLimit = format(addDays(new Date(`${asOf}T12:00:00Z`), query.dueWithinDays), 'yyyy-MM-dd');
  }
  if (query.status?.length) {
    where.push(`c.status IN (${query.status.map((_, i) => `@status${i}`).join(', ')})`);
    query.status.forEach((s, i) => (params[`status${i}`] = s));
  }
  if (query.requestType) {
    where.push(`EXISTS (SELECT 1 FROM json_each(c.request_types_json) WHERE value = @requestType)`);
    params.requestType = query.requestType;
  }
  if (query.regime) {
    where.push(`EXISTS (SELECT 1 FROM json_each(c.regimes_json) WHERE value = @regime)`);
    params.regime = query.regime;
  }
  if (query.organisationId) {
    where.push('c.organisation_id = @org');
    params.org = query.organisationId;
  }
  if (query.stage) {
    where.push('c.escalation_stage = @stage');
    params.stage = query.stage;
  }
  if (query.dueFrom) {
    where.push('c.due_at >= @dueFrom');
    params.dueFrom = query.dueFrom;
  }
  if (query.dueTo) {
    where.push('c.due_at <= @dueTo');
    params.dueTo = query.dueTo;
  }
  if (query.search?.trim()) {
    // Full text over the case, its requester and its messages (FTS5), or the exact case reference.
    const hits = caseHits(query.search);
    where.push(hits ? `(c.id IN (${hits.sql}) OR c.ref = @exactRef)` : 'c.ref = @exactRef');
    if (hits) params.fts = hits.fts;
    params.exactRef = query.search.trim().toUpperCase();
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  // With a due-date filter every row has a date, so the order is the open-cases index's own order.
  const dated = query.overdue || query.dueWithinDays !== undefined;
  const order = { due: dated ? 'c.due_at, c.received_at' : `c.due_at IS NULL, c.due_at, c.received_at`, received: 'c.received_at DESC', ref: 'c.ref' }[query.sort];
  const total = (stmt(db, `SELECT count(*) AS n FROM cases c ${whereSql}`).get(params) as { n: number }).n;
  const rows = stmt(db, `${CASE_SELECT} ${whereSql} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all({ ...params, limit: query.limit, offset: query.offset }) as CaseRow[];
  return { total, items: rows.map((r) => toSummary(r, asOf)) };
}

export function getCaseRow(db: Db, ref: string): CaseRow {
  const row = stmt(db, `${CASE_SELECT} WHERE c.ref = ?`).get(ref.trim().toUpperCase()) as CaseRow | undefined;
  if (!row) throw new HostError('not-found', `There is no case ${ref} in this workspace.`);
  return row;
}

export function getCase(db: Db, ref: string, asOf: string): CaseDetail {
  const row = getCaseRow(db, ref);
  const deadlines = stmt(db, 'SELECT kind, regime, due, basis, trace_json, governing, warning FROM deadlines WHERE case_id = ? ORDER BY due IS NULL, due').all(row.id) as Array<{
    kind: string; regime: string | null; due: string | null; basis: string; trace_json: string; governing: number; warning: string | null;
  }>;
  return {
    ...toSummary(row, asOf),
    id: row.id,
    outcome: row.outcome as CaseDetail['outcome'],
    closedAt: row.closed_at,
    language: row.language,
    createdAt: row.created_at,
    deadlines: deadlines.map((d) => ({
      kind: d.kind,
      due: d.due,
      basis: d.basis,
      trace: JSON.parse(d.trace_json),
      ...(d.regime ? { regime: d.regime } : {}),
      governing: d.governing === 1,
      ...(d.warning ? { warning: d.warning } : {}),
    })),
    events: (stmt(db, 'SELECT kind, on_date, data_json FROM case_events WHERE case_id = ? ORDER BY on_date, id').all(row.id) as Array<{ kind: string; on_date: string; data_json: string }>).map((e) => ({ kind: e.kind, onDate: e.on_date, data: JSON.parse(e.data_json) })),
    notes: stmt(db, 'SELECT id, kind, body, at FROM notes WHERE case_id = ? ORDER BY at, id').all(row.id) as CaseDetail['notes'],
    escalation: escalationView(db, row),
    history: auditFor(db, 'case', row.ref).map((e) => ({ seq: e.seq, at: e.at, action: e.action, summary: summariseAudit(e.action, e.data_json) })),
  };
}

function summariseAudit(action: string, dataJson: string): string {
  const data = JSON.parse(dataJson) as Record<string, unknown>;
  if (action === 'case.created') return `Case opened (${(data.requestTypes as string[]).join(', ')}; ${(data.regimes as string[]).join(', ')})`;
  return typeof data.summary === 'string' ? data.summary : action;
}
