// Identifiers that never change: they appear in the database, the CLI, JSON output and fixtures.
import { z } from 'zod';

export const REGIMES = ['gdpr', 'uk-gdpr', 'ch-fadp', 'ccpa', 'ca-shine-the-light', 'us-state', 'lgpd', 'dpf', 'coppa', 'can-spam'] as const;
export const REQUEST_TYPES = [
  'access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'withdraw-consent',
  'sale-share-opt-out', 'shine-the-light', 'child-data-deletion', 'complaint', 'regulator', 'follow-up',
  'inquiry', 'not-privacy',
] as const;
export const JURISDICTIONS = ['eu', 'uk', 'ch', 'us-ca', 'us-other', 'other'] as const;
export const ESCALATION_STAGES = ['organisation', 'recourse-body', 'dpa', 'commerce', 'ftc', 'arbitration', 'court'] as const;
export const CASE_KINDS = ['request', 'complaint'] as const;
export const CASE_STATUSES = ['open', 'waiting-requester', 'escalated', 'closed'] as const;
export const CASE_OUTCOMES = ['complied', 'partly-complied', 'refused', 'withdrawn'] as const;
export const CHANNELS = ['email', 'web-form', 'post', 'phone', 'in-person', 'other'] as const;

export const Regime = z.enum(REGIMES);
export const RequestType = z.enum(REQUEST_TYPES);
export const Jurisdiction = z.enum(JURISDICTIONS);
export const EscalationStage = z.enum(ESCALATION_STAGES);
export const CaseKind = z.enum(CASE_KINDS);
export const CaseStatus = z.enum(CASE_STATUSES);
export const CaseOutcome = z.enum(CASE_OUTCOMES);
export const Channel = z.enum(CHANNELS);

export type Regime = z.infer<typeof Regime>;
export type RequestType = z.infer<typeof RequestType>;
export type Jurisdiction = z.infer<typeof Jurisdiction>;
export type EscalationStage = z.infer<typeof EscalationStage>;
export type CaseKind = z.infer<typeof CaseKind>;
export type CaseStatus = z.infer<typeof CaseStatus>;
export type CaseOutcome = z.infer<typeof CaseOutcome>;
export type Channel = z.infer<typeof Channel>;

/** Request types that make a case a complaint rather than a rights request. */
export const COMPLAINT_TYPES: readonly RequestType[] = ['complaint', 'regulator'];
export function caseKindFor(types: readonly RequestType[]): CaseKind {
  return types.some((t) => COMPLAINT_TYPES.includes(t)) ? 'complaint' : 'request';
}
