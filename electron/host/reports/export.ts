// The report as a file: CSV (one row per case), JSON (cases and metrics, as `dpo report --format
// json` prints) or PDF (metrics, charts, cases).
import type { Report } from '../../../shared/contract/reports';
import { toCsv } from './csv';
import { renderReportPdf } from './pdf';

export const CASE_CSV_HEADER = ['ref', 'kind', 'status', 'request_types', 'regimes', 'jurisdiction', 'received_at', 'time_zone', 'due_at', 'overdue', 'closed_at', 'outcome', 'days_to_respond', 'on_time', 'escalation_stage', 'channel', 'organisation', 'requester_name', 'requester_email', 'subject'];

export function reportCsv(report: Report): string {
  return toCsv(CASE_CSV_HEADER, report.cases.map((c) => [
    c.ref, c.kind, c.status, c.requestTypes.join(';'), c.regimes.join(';'), c.jurisdiction, c.receivedAt, c.timeZone, c.dueAt, c.overdue, c.closedAt, c.outcome,
    c.daysToRespond, c.onTime, c.escalationStage, c.channel, c.organisationId, c.requester.name, c.requester.email, c.subject,
  ]));
}

export async function exportReport(report: Report, format: 'csv' | 'json' | 'pdf'): Promise<{ filename: string; contentType: string; bytes: Buffer }> {
  const filename = `dpo-report-${report.from}-to-${report.to}.${format}`;
  if (format === 'csv') return { filename, contentType: 'text/csv; charset=utf-8', bytes: Buffer.from(reportCsv(report), 'utf8') };
  if (format === 'json') return { filename, contentType: 'application/json', bytes: Buffer.from(JSON.stringify(report, null, 2), 'utf8') };
  return { filename, contentType: 'application/pdf', bytes: await renderReportPdf(report) };
}
