// Cases: the host methods that list, open and create them.
import { z } from 'zod';
import { IsoDate, IsoInstant } from '../domain/dates';
import { CaseKind, CaseOutcome, CaseStatus, Channel, EscalationStage, Jurisdiction, Regime, RequestType } from '../domain/ids';
import { TimeZone } from '../domain/time-zone';
import { method } from './define';

export const Requester = z.object({ name: z.string(), email: z.string() });

export const CaseSummary = z.object({
  ref: z.string(),
  kind: CaseKind,
  status: CaseStatus,
  requestTypes: z.array(RequestType),
  regime: Regime,
  regimes: z.array(Regime),
  jurisdiction: Jurisdiction,
  receivedAt: z.string(),
  timeZone: z.string(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  escalationStage: EscalationStage,
  requester: Requester,
  organisationId: z.string().nullable(),
  subject: z.string(),
  channel: Channel,
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseDeadline = z.object({
  kind: z.string(),
  due: z.string().nullable(),
  basis: z.string(),
  trace: z.array(z.string()),
  regime: z.string().optional(),
  governing: z.boolean().optional(),
  warning: z.string().optional(),
});
export type CaseDeadline = z.infer<typeof CaseDeadline>;

export const AuditEntry = z.object({ seq: z.number(), at: z.string(), action: z.string(), summary: z.string() });

export const CaseEvent = z.object({ kind: z.string(), onDate: z.string(), data: z.record(z.string(), z.unknown()) });
export const CaseNote = z.object({ id: z.number(), kind: z.enum(['note', 'call']), body: z.string(), at: z.string() });
export const EscalationView = z.object({
  ladderId: z.string(),
  ladderName: z.string(),
  stages: z.array(z.object({ stage: EscalationStage, label: z.string(), body: z.string(), reached: z.boolean(), current: z.boolean() })),
  steps: z.array(z.object({ stage: EscalationStage, enteredAt: z.string(), externalRef: z.string().optional(), contact: z.string().optional(), note: z.string().optional() })),
  next: z.array(z.object({ stage: EscalationStage, label: z.string(), ready: z.boolean(), unmetPreconditions: z.array(z.string()), toConfirm: z.array(z.string()) })),
});

export const CaseDetail = CaseSummary.extend({
  id: z.number(),
  events: z.array(CaseEvent),
  notes: z.array(CaseNote),
  escalation: EscalationView,
  outcome: CaseOutcome.nullable(),
  closedAt: z.string().nullable(),
  language: z.string().nullable(),
  createdAt: z.string(),
  deadlines: z.array(CaseDeadline),
  history: z.array(AuditEntry),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

export const NewCase = z.object({
  requestTypes: z.array(RequestType).min(1, 'choose at least one request type'),
  regimes: z.array(Regime).min(1, 'choose at least one regime'),
  jurisdiction: Jurisdiction.optional(),
  /** Local date or date-time of receipt in the case's time zone: YYYY-MM-DD or YYYY-MM-DDTHH:MM. */
  receivedLocal: z.string().regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2})?$/, 'expected YYYY-MM-DD or YYYY-MM-DDTHH:MM').optional(),
  /** Or the exact instant, e.g. from a message's Date header. */
  receivedAt: IsoInstant.optional(),
  timeZone: TimeZone.optional(),
  requester: z.object({
    name: z.string().trim().min(1, 'the requester needs a name').max(300),
    email: z.string().trim().toLowerCase().pipe(z.email('not an email address')),
  }),
  subject: z.string().max(500).optional(),
  channel: Channel.default('email'),
  organisationId: z.string().optional(),
  language: z.string().max(10).optional(),
}).refine((c) => c.receivedLocal || c.receivedAt, { message: 'when was it received? give a date', path: ['receivedLocal'] });
export type NewCase = z.input<typeof NewCase>;

export const CaseListQuery = z.object({
  overdue: z.boolean().optional(),
  dueWithinDays: z.number().int().min(0).max(3650).optional(),
  asOf: IsoDate.optional(),
  status: z.array(CaseStatus).optional(),
  requestType: RequestType.optional(),
  regime: Regime.optional(),
  organisationId: z.string().optional(),
  stage: EscalationStage.optional(),
  /** Due dates in a range (inclusive), e.g. for a week the DPO plans. */
  dueFrom: IsoDate.optional(),
  dueTo: IsoDate.optional(),
  search: z.string().max(200).optional(),
  sort: z.enum(['due', 'received', 'ref']).default('due'),
  limit: z.number().int().min(1).max(100_000).default(500),
  offset: z.number().int().min(0).default(0),
});
export type CaseListQuery = z.input<typeof CaseListQuery>;

export const caseMethods = {
  'cases.list': method(CaseListQuery, z.object({ total: z.number(), items: z.array(CaseSummary) }), 'List cases, filtered and sorted'),
  'cases.create': method(NewCase, z.object({ ref: z.string() }), 'Open a case by hand'),
  'cases.get': method(z.object({ ref: z.string().min(1).max(40) }), CaseDetail, 'One case with its deadlines and history'),
};
