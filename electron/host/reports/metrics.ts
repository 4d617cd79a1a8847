// Report figures, as CCPA §7102 asks them per request type (received, complied in whole or in part,
// denied, median and mean days to respond) and as a DPO reads them per regime (on-time rate).
// A case with two request types counts under both; likewise for regimes.
import type { RegimeMetrics, ReportCase, ReportMetrics, RequestTypeMetrics } from '../../../shared/contract/reports';
import { REGIMES, REQUEST_TYPES } from '../../../shared/domain/ids';

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function mean(values: number[]): number | null {
  return values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

export function reportMetrics(cases: ReportCase[]): ReportMetrics {
  const byType = new Map<string, { m: RequestTypeMetrics; days: number[] }>();
  const byRegime = new Map<string, RegimeMetrics>();
  for (const c of cases) {
    for (const requestType of c.requestTypes) {
      let entry = byType.get(requestType);
      if (!entry) byType.set(requestType, (entry = { m: { requestType, received: 0, complied: 0, partlyComplied: 0, denied: 0, withdrawn: 0, open: 0, medianDays: null, meanDays: null }, days: [] }));
      entry.m.received++;
      if (c.outcome === 'complied') entry.m.complied++;
      else if (c.outcome === 'partly-complied') entry.m.partlyComplied++;
      else if (c.outcome === 'refused') entry.m.denied++;
      else if (c.outcome === 'withdrawn') entry.m.withdrawn++;
      else entry.m.open++;
      // Days to respond count the requests that were answered; a withdrawn request was not.
      if (c.daysToRespond !== null && c.outcome !== 'withdrawn') entry.days.push(c.daysToRespond);
    }
    for (const regime of c.regimes) {
      let m = byRegime.get(regime);
      if (!m) byRegime.set(regime, (m = { regime, received: 0, closed: 0, closedOnTime: 0, onTimeRate: null, openOverdue: 0 }));
      m.received++;
      if (c.status === 'closed') {
        m.closed++;
        if (c.onTime) m.closedOnTime++;
      } else if (c.overdue) m.openOverdue++;
    }
  }
  for (const { m, days } of byType.values()) {
    m.medianDays = median(days);
    m.meanDays = mean(days);
  }
  for (const m of byRegime.values()) {
    const judged = cases.filter((c) => c.regimes.includes(m.regime) && c.onTime !== null).length;
    m.onTimeRate = judged ? Math.round((m.closedOnTime / judged) * 1000) / 1000 : null;
  }
  // The identifiers' own order, so reports from different years line up.
  return {
    total: cases.length,
    byRequestType: REQUEST_TYPES.filter((t) => byType.has(t)).map((t) => byType.get(t)!.m),
    byRegime: REGIMES.filter((r) => byRegime.has(r)).map((r) => byRegime.get(r)!),
  };
}
