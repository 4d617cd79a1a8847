// Readable names for the identifiers in shared/domain/ids.ts. The identifiers never change; these
// words are what the DPO reads on screen.
import type { CaseKind, CaseStatus, Channel, EscalationStage, Jurisdiction, Regime, RequestType } from '../../shared/domain/ids';

export const REQUEST_TYPE_LABELS: Record<RequestType, string> = {
  access: 'Access',
  rectification: 'Rectification',
  erasure: 'Erasure',
  restriction: 'Restriction of processing',
  portability: 'Data portability',
  objection: 'Objection / marketing opt-out',
  'withdraw-consent': 'Withdrawal of consent',
  'sale-share-opt-out': 'Opt-out of sale or sharing',
  'shine-the-light': 'Shine the Light disclosure',
  'child-data-deletion': "Deletion of a child's data",
  complaint: 'Complaint',
  regulator: 'Regulator or recourse body',
  'follow-up': 'Follow-up',
  inquiry: 'General inquiry',
  'not-privacy': 'Not a privacy matter',
};

export const REGIME_LABELS: Record<Regime, string> = {
  gdpr: 'GDPR (EU)',
  'uk-gdpr': 'UK GDPR',
  'ch-fadp': 'Swiss FADP',
  ccpa: 'CCPA / CPRA (California)',
  'ca-shine-the-light': 'California Shine the Light',
  'us-state': 'US state privacy laws',
  lgpd: 'LGPD (Brazil)',
  dpf: 'Data Privacy Framework',
  coppa: 'COPPA',
  'can-spam': 'CAN-SPAM',
};

/** Short forms for dense table cells. */
export const REGIME_SHORT: Record<Regime, string> = {
  gdpr: 'GDPR',
  'uk-gdpr': 'UK GDPR',
  'ch-fadp': 'FADP',
  ccpa: 'CCPA',
  'ca-shine-the-light': 'STL',
  'us-state': 'US state',
  lgpd: 'LGPD',
  dpf: 'DPF',
  coppa: 'COPPA',
  'can-spam': 'CAN-SPAM',
};

export const JURISDICTION_LABELS: Record<Jurisdiction, string> = {
  eu: 'European Union',
  uk: 'United Kingdom',
  ch: 'Switzerland',
  'us-ca': 'California',
  'us-other': 'United States (other)',
  other: 'Elsewhere',
};

export const STATUS_LABELS: Record<CaseStatus, string> = {
  open: 'Open',
  'waiting-requester': 'Waiting for requester',
  escalated: 'Escalated',
  closed: 'Closed',
};

export const KIND_LABELS: Record<CaseKind, string> = { request: 'Rights request', complaint: 'Complaint' };

export const CHANNEL_LABELS: Record<Channel, string> = {
  email: 'Email',
  'web-form': 'Web form',
  post: 'Post',
  phone: 'Phone',
  'in-person': 'In person',
  other: 'Other',
};

export const STAGE_LABELS: Record<EscalationStage, string> = {
  organisation: 'Organisation',
  'recourse-body': 'Recourse body',
  dpa: 'Data protection authority',
  commerce: 'Dept. of Commerce',
  ftc: 'FTC',
  arbitration: 'Arbitration',
  court: 'Court',
};

export function requestTypesText(types: readonly RequestType[]): string {
  return types.map((t) => REQUEST_TYPE_LABELS[t] ?? t).join(', ');
}

/** Deadline kinds from the deadline engine (shared/deadlines DEADLINE_KINDS); unknown kinds fall back to their identifier. */
const DEADLINE_KIND_LABELS: Record<string, string> = {
  acknowledge: 'Acknowledge receipt',
  respond: 'Respond',
  'extension-notice': 'Notify any extension',
  'respond-extended': 'Respond (extended)',
  'refusal-notice': 'Notify a refusal',
  promise: "Organisation's promise",
  'reflection-ends': 'Reflection period ends',
  'regulator-progress': 'Report progress to regulator',
  'appeal-decision': 'Decide the appeal',
  'appeal-decision-extended': 'Decide the appeal (extended)',
  'panel-advice': 'DPA panel advice',
  'panel-comply': 'Comply with panel advice',
  'commerce-response': 'Answer the Dept. of Commerce',
  'arbitration-complete': 'Arbitration completes',
  'stop-sending': 'Stop sending',
  'not-applicable': 'Not applicable',
};

export function deadlineKindLabel(kind: string): string {
  return DEADLINE_KIND_LABELS[kind] ?? kind.charAt(0).toUpperCase() + kind.slice(1).replace(/-/g, ' ');
}
