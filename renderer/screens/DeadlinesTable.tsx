// A case's deadlines: when, how far away, on what basis; the computation trace on demand.
import { Fragment, useState } from 'react';
import type { CaseDeadline } from '../../shared/contract/cases';
import { countdown, formatCivilDate, todayLocal } from '../lib/format';
import { REGIME_SHORT, deadlineKindLabel } from '../lib/labels';
import type { Regime } from '../../shared/domain/ids';

export function DeadlinesTable({ deadlines }: { deadlines: CaseDeadline[] }) {
  const [open, setOpen] = useState<Set<number>>(new Set());
  const today = todayLocal();
  if (deadlines.length === 0) return <p className="muted empty-inline">No statutory deadline computed yet.</p>;
  const toggle = (i: number) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(i)) next.delete(i);
      else next.add(i);
      return next;
    });
  return (
    <table className="data-table deadlines">
      <thead>
        <tr>
          <th scope="col">Deadline</th>
          <th scope="col">Regime</th>
          <th scope="col">Due</th>
          <th scope="col">Countdown</th>
          <th scope="col">Basis</th>
          <th scope="col">
            <span className="visually-hidden">Trace</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {deadlines.map((d, i) => {
          const left = d.due ? countdown(d.due, today) : null;
          const traceId = `deadline-trace-${i}`;
          return (
            <Fragment key={i}>
              <tr className={d.governing ? 'governing' : undefined}>
                <td className="kind">
                  <span title={d.kind}>{deadlineKindLabel(d.kind)}</span>
                  {d.governing && <span className="badge badge-governing">Governing</span>}
                </td>
                <td>{d.regime ? (REGIME_SHORT[d.regime as Regime] ?? d.regime) : ''}</td>
                <td className="num nowrap">{d.due ? formatCivilDate(d.due) : <span className="muted">{d.trace.length ? 'no fixed date' : 'none'}</span>}</td>
                <td className="nowrap">{left && <span className={`countdown countdown-${left.tone}`}>{left.text}</span>}</td>
                <td className="basis">
                  {d.basis}
                  {d.warning && <div className="warning">{d.warning}</div>}
                </td>
                <td className="nowrap">
                  {d.trace.length > 0 && (
                    <button type="button" className="small" aria-expanded={open.has(i)} aria-controls={traceId} onClick={() => toggle(i)}>
                      {open.has(i) ? 'Hide how' : 'How computed'}
                    </button>
                  )}
                </td>
              </tr>
              {open.has(i) && (
                <tr className="trace-row" id={traceId}>
                  <td colSpan={6}>
                    <ol className="trace">
                      {d.trace.map((line, j) => (
                        <li key={j}>{line}</li>
                      ))}
                    </ol>
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
