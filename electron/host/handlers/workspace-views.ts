// Host methods of the case workspace: dashboard, search, saved views, bulk status and assignment, timeline,
// calendar, reports and deadline notifications.
import type { HostImpl } from '../../../shared/contract';
import type { workspaceViewMethods } from '../../../shared/contract/workspace-views';
import { listCases } from '../cases/repo';
import type { HostContext } from '../context';
import { checkNotifications, DEFAULT_DAYS_BEFORE } from '../notifications/check';
import { weeklyDigest } from '../notifications/digest';
import { buildReport } from '../reports/build';
import { exportReport } from '../reports/export';
import { bulkSetStatus } from '../review/bulk';
import { bulkAssign } from '../review/bulk-assign';
import { calendarDeadlines } from '../review/calendar';
import { dashboardCounts } from '../review/dashboard';
import { caseTimeline } from '../review/timeline';
import { deleteView, listViews, saveView } from '../review/views';

type Keys = keyof typeof workspaceViewMethods;

export const NOTIFY_DAYS_SETTING = 'notifyDaysBefore';

export function workspaceViewHandlers(ctx: HostContext): Pick<HostImpl, Keys> {
  const db = () => ctx.workspace.database();
  const now = () => ctx.ports.now();
  const daysBefore = () => ctx.ports.settings.get<number>(NOTIFY_DAYS_SETTING) ?? DEFAULT_DAYS_BEFORE;
  return {
    'dashboard.counts': async ({ asOf }) => dashboardCounts(db(), asOf ?? ctx.today()),
    'cases.search': async ({ query, limit, asOf }) => listCases(db(), { search: query, sort: 'received', limit, offset: 0 }, asOf ?? ctx.today()),
    'views.list': async () => listViews(db()),
    'views.save': async (input) => saveView(db(), input, now()),
    'views.delete': async ({ id }) => {
      deleteView(db(), id);
      return { ok: true as const };
    },
    'cases.bulkSetStatus': async ({ refs, status }) => bulkSetStatus(db(), refs, status, now()),
    'cases.bulkAssign': async ({ refs, organisationId }) => bulkAssign(db(), refs, organisationId, now()),
    'cases.timeline': async ({ ref }) => caseTimeline(db(), ref),
    'calendar.deadlines': async ({ from, to, includeClosed }) => calendarDeadlines(db(), from, to, includeClosed),
    'reports.build': async ({ from, to, includeCases, asOf }) => buildReport(db(), from, to, asOf ?? ctx.today(), includeCases),
    'reports.export': async ({ from, to, format, asOf }) => {
      const file = await exportReport(buildReport(db(), from, to, asOf ?? ctx.today()), format);
      return { filename: file.filename, contentType: file.contentType, base64: file.bytes.toString('base64') };
    },
    'notifications.check': async ({ asOf }) => ({ sent: checkNotifications(db(), ctx.ports.notifier, asOf ?? ctx.today(), daysBefore()) }),
    'notifications.digest': async ({ asOf }) => weeklyDigest(db(), asOf ?? ctx.today()),
    'notifications.settings': async ({ daysBefore: days }) => {
      if (days !== undefined) ctx.ports.settings.set(NOTIFY_DAYS_SETTING, days);
      return { daysBefore: daysBefore() };
    },
  };
}
