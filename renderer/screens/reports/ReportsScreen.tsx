// Reports: pick a range of receipt dates, read the CCPA §7102-style table per request type and the
// on-time rate per regime, look at two charts, and export the cases as CSV, JSON or PDF.
import { useCallback, useEffect, useState } from 'react';
import type { ReportMetrics } from '../../../shared/contract/reports';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert';
import { call } from '../../host/client';
import { todayLocal } from '../../lib/format';
import { REGIME_LABELS, REQUEST_TYPE_LABELS } from '../../lib/labels';
import { BarChart } from './BarChart';
import { downloadBase64 } from '../../lib/download';
import '../../styles/workspace-views.css';

const OUTCOMES = [
  { key: 'complied', label: 'Complied', colour: '#2f7d32' },
  { key: 'partlyComplied', label: 'Partly', colour: '#8bc34a' },
  { key: 'denied', label: 'Denied', colour: '#c62828' },
  { key: 'withdrawn', label: 'Withdrawn', colour: '#9e9e9e' },
  { key: 'open', label: 'Open', colour: '#1e63b5' },
];

/** The previous calendar year: the period §7102 asks about. */
function lastYear(): { from: string; to: string } {
  const year = Number(todayLocal().slice(0, 4)) - 1;
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export function ReportsScreen() {
  const [range, setRange] = useState(lastYear);
  const [metrics, setMetrics] = useState<ReportMetrics | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const build = useCallback(async (r: { from: string; to: string }) => {
    setBusy('build');
    try {
      setMetrics((await call('reports.build', { ...r, includeCases: false })).metrics);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }, []);

  useEffect(() => {
    void build(lastYear());
  }, [build]);

  const exportAs = async (format: 'csv' | 'json' | 'pdf') => {
    setBusy(format);
    try {
      const file = await call('reports.export', { ...range, format });
      downloadBase64(file.base64, file.filename, file.contentType);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="screen screen-scroll" aria-labelledby="reports-title">
      <header className="screen-head">
        <h1 id="reports-title">Reports</h1>
      </header>
      <form className="report-form" onSubmit={(e) => { e.preventDefault(); void build(range); }}>
        <label className="field">
          Received from
          <input type="date" value={range.from} required onChange={(e) => setRange({ ...range, from: e.target.value })} />
        </label>
        <label className="field">
          to
          <input type="date" value={range.to} required onChange={(e) => setRange({ ...range, to: e.target.value })} />
        </label>
        <button type="submit" className="primary" disabled={busy !== null}>Show</button>
        <span className="toolbar">
          {(['csv', 'json', 'pdf'] as const).map((f) => (
            <button key={f} type="button" disabled={busy !== null} onClick={() => void exportAs(f)}>
              {busy === f ? 'Exporting…' : `Export ${f.toUpperCase()}`}
            </button>
          ))}
        </span>
      </form>
      <ErrorAlert error={error} />
      {metrics && (
        <>
          <p className="muted">{metrics.total.toLocaleString('en')} cases received in this range. Days to respond: calendar days from receipt to closing.</p>
          <h2>Per request type</h2>
          <table className="report-table" aria-label="Per request type">
            <thead>
              <tr><th>Request type</th><th>Received</th><th>Complied</th><th>Partly</th><th>Denied</th><th>Withdrawn</th><th>Open</th><th>Median days</th><th>Mean days</th></tr>
            </thead>
            <tbody>
              {metrics.byRequestType.map((t) => (
                <tr key={t.requestType}>
                  <td>{REQUEST_TYPE_LABELS[t.requestType]}</td><td>{t.received}</td><td>{t.complied}</td><td>{t.partlyComplied}</td><td>{t.denied}</td><td>{t.withdrawn}</td><td>{t.open}</td>
                  <td>{t.medianDays ?? '—'}</td><td>{t.meanDays ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>Per regime</h2>
          <table className="report-table" aria-label="Per regime">
            <thead>
              <tr><th>Regime</th><th>Received</th><th>Closed</th><th>On time</th><th>On-time rate</th><th>Open, overdue</th></tr>
            </thead>
            <tbody>
              {metrics.byRegime.map((r) => (
                <tr key={r.regime}>
                  <td>{REGIME_LABELS[r.regime]}</td><td>{r.received}</td><td>{r.closed}</td><td>{r.closedOnTime}</td>
                  <td>{r.onTimeRate === null ? '—' : `${Math.round(r.onTimeRate * 100)} %`}</td><td>{r.openOverdue}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="report-charts">
            <BarChart
              title="Requests by type and outcome"
              series={OUTCOMES}
              rows={metrics.byRequestType.map((t) => ({ label: REQUEST_TYPE_LABELS[t.requestType], values: { complied: t.complied, partlyComplied: t.partlyComplied, denied: t.denied, withdrawn: t.withdrawn, open: t.open } }))}
            />
            <BarChart
              title="On-time rate by regime (closed cases)"
              series={[{ key: 'onTime', label: 'On time', colour: '#2f7d32' }, { key: 'late', label: 'Late', colour: '#c62828' }]}
              rows={metrics.byRegime.filter((r) => r.onTimeRate !== null).map((r) => ({ label: `${REGIME_LABELS[r.regime]} ${Math.round(r.onTimeRate! * 100)} %`, values: { onTime: r.onTimeRate!, late: 1 - r.onTimeRate! } }))}
              max={1}
              format={() => ''}
            />
          </div>
        </>
      )}
    </section>
  );
}
