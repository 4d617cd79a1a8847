// Turning case rows into the contract's shapes.
import type { CaseSummary } from '../../../shared/contract/cases';
import type { CaseStatus } from '../../../shared/domain/ids';

export interface CaseRow {
  id: number;
  ref: string;
  organisation_id: string | null;
  kind: CaseSummary['kind'];
  request_types_json: string;
  regimes_json: string;
  regime: CaseSummary['regime'];
  jurisdiction: CaseSummary['jurisdiction'];
  status: CaseStatus;
  received_at: string;
  time_zone: string;
  channel: CaseSummary['channel'];
  subject: string;
  language: string | null;
  escalation_stage: CaseSummary['escalationStage'];
  due_at: string | null;
  outcome: string | null;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
  requester_name: string;
  requester_email: string;
}

export const CASE_SELECT = `SELECT c.*, p.name AS requester_name, p.email AS requester_email FROM cases c JOIN parties p ON p.id = c.requester_id`;

export function isOverdue(row: Pick<CaseRow, 'status' | 'due_at'>, asOf: string): boolean {
  return row.status !== 'closed' && row.due_at !== null && row.due_at < asOf;
}

export function toSummary(row: CaseRow, asOf: string): CaseSummary {
  return {
    ref: row.ref,
    kind: row.kind,
    status: row.status,
    requestTypes: JSON.parse(row.request_types_json),
    regime: row.regime,
    regimes: JSON.parse(row.regimes_json),
    jurisdiction: row.jurisdiction,
    receivedAt: row.received_at,
    timeZone: row.time_zone,
    dueAt: row.due_at,
    overdue: isOverdue(row, asOf),
    escalationStage: row.escalation_stage,
    requester: { name: row.requester_name, email: row.requester_email },
    organisationId: row.organisation_id,
    subject: row.subject,
    channel: row.channel,
  };
}
