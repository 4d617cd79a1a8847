// The case workspace: dashboard counts, search, saved views, bulk changes, the case timeline and
// the deadline calendar. Reports and notifications live in ./reports and are merged in here, so the
// contract index spreads one object.
import { z } from 'zod';
import { IsoDate } from '../domain/dates';
import { CaseStatus } from '../domain/ids';
import { CaseListQuery, CaseSummary } from './cases';
import { method } from './define';
import { reportMethods } from './reports';

const Ref = z.string().min(1).max(40);

export const DashboardCounts = z.object({
  asOf: z.string(),
  overdue: z.number(),
  dueWithin7: z.number(),
  waitingRequester: z.number(),
  escalated: z.number(),
  newInTriage: z.number(),
});
export type DashboardCounts = z.infer<typeof DashboardCounts>;

/** The filters of a case list, as a saved view keeps them (no paging, no date: a view is reopened later). */
export const ViewQuery = CaseListQuery.omit({ limit: true, offset: true, asOf: true });
export type ViewQuery = z.input<typeof ViewQuery>;

export const SavedView = z.object({ id: z.number(), name: z.string(), query: ViewQuery, updatedAt: z.string() });
export type SavedView = z.infer<typeof SavedView>;

export const TIMELINE_KINDS = ['message', 'letter', 'correspondence', 'note', 'call', 'event', 'escalation', 'deadline', 'attachment', 'audit'] as const;

export const TimelineItem = z.object({
  /** An instant (ISO) or, for dated events and deadlines, a calendar date. Items are sorted on it. */
  at: z.string(),
  kind: z.enum(TIMELINE_KINDS),
  direction: z.enum(['in', 'out']).optional(),
  title: z.string(),
  detail: z.string().optional(),
  /** How a deadline was computed, line by line. */
  trace: z.array(z.string()).optional(),
  attachments: z.array(z.object({ id: z.number(), filename: z.string(), size: z.number(), contentType: z.string() })).optional(),
  /** The id of the row in its own table (message, letter, note, attachment…). Attachments open with attachments.get. */
  id: z.number().optional(),
});
export type TimelineItem = z.infer<typeof TimelineItem>;

export const CalendarDeadline = z.object({
  date: z.string(),
  ref: z.string(),
  kind: z.string(),
  regime: z.string().nullable(),
  governing: z.boolean(),
  basis: z.string(),
  status: CaseStatus,
  requesterName: z.string(),
  subject: z.string(),
});
export type CalendarDeadline = z.infer<typeof CalendarDeadline>;

const Ok = z.object({ ok: z.literal(true) });

export const workspaceViewMethods = {
  'dashboard.counts': method(z.object({ asOf: IsoDate.optional() }), DashboardCounts, 'Overdue, due within 7 days, waiting on the requester, escalated, new in triage'),
  'cases.search': method(
    z.object({ query: z.string().trim().min(1, 'type something to search for').max(200), limit: z.number().int().min(1).max(500).default(50), asOf: IsoDate.optional() }),
    z.object({ total: z.number(), items: z.array(CaseSummary) }),
    'Full-text search over case references, requesters, subjects and message bodies',
  ),
  'views.list': method(z.object({}), z.array(SavedView), 'Saved case-list views'),
  'views.save': method(
    z.object({ id: z.number().int().optional(), name: z.string().trim().min(1, 'give the view a name').max(100), query: ViewQuery }),
    SavedView,
    'Save a case-list view (a new one, or replace the one with this id)',
  ),
  'views.delete': method(z.object({ id: z.number().int() }), Ok, 'Delete a saved view'),
  'cases.bulkSetStatus': method(
    z.object({ refs: z.array(Ref).min(1, 'choose at least one case').max(10_000), status: CaseStatus.exclude(['closed']) }),
    z.object({ changed: z.array(z.string()), skipped: z.array(z.object({ ref: z.string(), reason: z.string() })) }),
    'Change the status of several open cases; closed or unknown ones are skipped and named',
  ),
  'cases.bulkAssign': method(
    z.object({ refs: z.array(Ref).min(1, 'choose at least one case').max(5_000), organisationId: z.string().min(1).max(80) }),
    z.object({ changed: z.array(z.string()), skipped: z.array(z.object({ ref: z.string(), reason: z.string() })) }),
    'Assign several open cases to an organisation and recompute their deadlines; closed or unknown ones are skipped and named',
  ),
  'cases.timeline': method(z.object({ ref: Ref }), z.object({ ref: z.string(), items: z.array(TimelineItem) }), 'Everything that happened on a case, in time order'),
  'calendar.deadlines': method(
    z.object({ from: IsoDate, to: IsoDate, includeClosed: z.boolean().default(false) }).refine((r) => r.from <= r.to, { message: 'the range ends before it starts', path: ['to'] }),
    z.object({ items: z.array(CalendarDeadline), truncated: z.boolean() }),
    'Deadlines of open cases that fall in a date range',
  ),
  ...reportMethods,
};
