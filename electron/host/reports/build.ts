// The cases received in a date range (by the local date of receipt in each case's zone) with what a
// report needs on each, and the metrics over them.
import type { Report, ReportCase } from '../../../shared/contract/reports';
import { daysBetween } from '../../../shared/domain/dates';
import { instantToLocalDate } from '../../../shared/domain/time-zone';
import { CASE_SELECT, toSummary, type CaseRow } from '../cases/rows';
import { plusDays } from '../review/dashboard';
import type { Db } from '../store/database';
import { stmt } from '../store/statements';
import { reportMetrics } from './metrics';

export function reportCases(db: Db, from: string, to: string, asOf: string): ReportCase[] {
  // Instants are stored in UTC; a day either side catches every zone, the exact test is per case.
  const rows = stmt(db, `${CASE_SELECT} WHERE c.received_at >= @lo AND c.received_at < @hi ORDER BY c.received_at, c.id`).all({ lo: plusDays(from, -1), hi: plusDays(to, 2) }) as CaseRow[];
  const cases: ReportCase[] = [];
  for (const row of rows) {
    const received = instantToLocalDate(row.received_at, row.time_zone);
    if (received < from || received > to) continue;
    const closed = row.status === 'closed' ? row.closed_at : null;
    cases.push({
      ...toSummary(row, asOf),
      outcome: (row.outcome as ReportCase['outcome']) ?? null,
      closedAt: row.closed_at,
      daysToRespond: closed ? daysBetween(received, closed) : null,
      onTime: closed && row.due_at ? closed <= row.due_at : null,
    });
  }
  return cases;
}

export function buildReport(db: Db, from: string, to: string, asOf: string, includeCases = true): Report {
  const cases = reportCases(db, from, to, asOf);
  return { from, to, asOf, cases: includeCases ? cases : [], metrics: reportMetrics(cases) };
}
