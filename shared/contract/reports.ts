// Reports (cases received in a date range, CCPA §7102-style metrics per request type, on-time rate
// per regime) and deadline notifications.
import { z } from 'zod';
import { IsoDate } from '../domain/dates';
import { CaseOutcome, Regime, RequestType } from '../domain/ids';
import { CaseSummary } from './cases';
import { method } from './define';

export const ReportCase = CaseSummary.extend({
  outcome: CaseOutcome.nullable(),
  closedAt: z.string().nullable(),
  /** Calendar days from receipt (local date) to closing; null while open. */
  daysToRespond: z.number().nullable(),
  onTime: z.boolean().nullable(),
});
export type ReportCase = z.infer<typeof ReportCase>;

export const RequestTypeMetrics = z.object({
  requestType: RequestType,
  received: z.number(),
  complied: z.number(),
  partlyComplied: z.number(),
  denied: z.number(),
  withdrawn: z.number(),
  open: z.number(),
  medianDays: z.number().nullable(),
  meanDays: z.number().nullable(),
});
export type RequestTypeMetrics = z.infer<typeof RequestTypeMetrics>;

export const RegimeMetrics = z.object({
  regime: Regime,
  received: z.number(),
  closed: z.number(),
  closedOnTime: z.number(),
  /** closedOnTime / closed cases that had a due date; null when none closed. */
  onTimeRate: z.number().nullable(),
  openOverdue: z.number(),
});
export type RegimeMetrics = z.infer<typeof RegimeMetrics>;

export const ReportMetrics = z.object({
  total: z.number(),
  byRequestType: z.array(RequestTypeMetrics),
  byRegime: z.array(RegimeMetrics),
});
export type ReportMetrics = z.infer<typeof ReportMetrics>;

export const Report = z.object({ from: z.string(), to: z.string(), asOf: z.string(), cases: z.array(ReportCase), metrics: ReportMetrics });
export type Report = z.infer<typeof Report>;

export const REPORT_FORMATS = ['csv', 'json', 'pdf'] as const;

export const Notification = z.object({ title: z.string(), body: z.string(), ref: z.string().optional() });

export const reportMethods = {
  'reports.build': method(
    z.object({ from: IsoDate, to: IsoDate, includeCases: z.boolean().default(true), asOf: IsoDate.optional() }).refine((r) => r.from <= r.to, { message: 'the range ends before it starts', path: ['to'] }),
    Report,
    'Cases received in a date range and their metrics per request type and regime',
  ),
  'reports.export': method(
    z.object({ from: IsoDate, to: IsoDate, format: z.enum(REPORT_FORMATS), asOf: IsoDate.optional() }).refine((r) => r.from <= r.to, { message: 'the range ends before it starts', path: ['to'] }),
    z.object({ filename: z.string(), contentType: z.string(), base64: z.string() }),
    'The report as a CSV, JSON or PDF file',
  ),
  'notifications.check': method(
    z.object({ asOf: IsoDate.optional() }),
    z.object({ sent: z.array(Notification) }),
    'Show desktop notifications for deadlines a few days away or just passed, and the weekly digest; each only once',
  ),
  'notifications.digest': method(z.object({ asOf: IsoDate.optional() }), z.object({ title: z.string(), text: z.string() }), 'A summary of the week ahead: overdue cases and deadlines in the next 7 days'),
  'notifications.settings': method(
    z.object({ daysBefore: z.number().int().min(0).max(60).optional() }),
    z.object({ daysBefore: z.number() }),
    'How many days before a deadline to notify (read, or set when given)',
  ),
};
