// Coming deadlines as a month: each day lists the deadlines of open cases that fall on it, the
// governing date of a case first and highlighted; past days in red. Clicking one opens the case.
import { useEffect, useMemo, useState } from 'react';
import type { CalendarDeadline } from '../../../shared/contract/workspace-views';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert';
import { call } from '../../host/client';
import { todayLocal } from '../../lib/format';
import { deadlineKindLabel } from '../../lib/labels';
import { monthDays, monthTitle, shiftMonth } from './month';
import '../../styles/workspace-views.css';

const DOW = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function CalendarScreen({ onOpen }: { onOpen(ref: string): void }) {
  const today = todayLocal();
  const [month, setMonth] = useState(today.slice(0, 7));
  const [items, setItems] = useState<CalendarDeadline[]>([]);
  const [truncated, setTruncated] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const days = useMemo(() => monthDays(month), [month]);

  useEffect(() => {
    let live = true;
    call('calendar.deadlines', { from: days[0], to: days[days.length - 1] })
      .then((r) => {
        if (!live) return;
        setItems(r.items);
        setTruncated(r.truncated);
        setError(null);
      })
      .catch((e) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [days]);

  const byDay = useMemo(() => {
    const map = new Map<string, CalendarDeadline[]>();
    for (const d of items) map.set(d.date, [...(map.get(d.date) ?? []), d]);
    return map;
  }, [items]);

  return (
    <section className="screen screen-scroll" aria-labelledby="calendar-title">
      <header className="screen-head">
        <h1 id="calendar-title">Calendar</h1>
        <div className="cal-nav">
          <button type="button" onClick={() => setMonth(shiftMonth(month, -1))} aria-label="Previous month">←</button>
          <strong aria-live="polite">{monthTitle(month)}</strong>
          <button type="button" onClick={() => setMonth(shiftMonth(month, 1))} aria-label="Next month">→</button>
          <button type="button" onClick={() => setMonth(today.slice(0, 7))}>Today</button>
        </div>
        <span className="count">{items.length.toLocaleString('en')} deadlines</span>
      </header>
      <ErrorAlert error={error} />
      {truncated && <p className="notice">Only the first deadlines are shown: this range holds more than the calendar lists.</p>}
      <div className="cal-grid" role="grid" aria-label={`Deadlines in ${monthTitle(month)}`}>
        {DOW.map((d) => (
          <div key={d} className="cal-dow" role="columnheader">{d}</div>
        ))}
        {days.map((day) => (
          <div key={day} role="gridcell" className={`cal-day${day.slice(0, 7) !== month ? ' other-month' : ''}${day === today ? ' today' : ''}`} data-date={day}>
            <div className="cal-date">{Number(day.slice(8))}</div>
            <ul>
              {(byDay.get(day) ?? []).map((d) => (
                <li key={`${d.ref}-${d.kind}-${d.regime ?? ''}`}>
                  <button
                    type="button"
                    className={day < today ? 'past' : d.governing ? '' : 'minor'}
                    title={`${d.ref} · ${deadlineKindLabel(d.kind)} · ${d.requesterName}${d.subject ? ` · ${d.subject}` : ''}\n${d.basis}`}
                    onClick={() => onOpen(d.ref)}
                  >
                    {d.ref.replace(/^DPO-/, '')} {d.governing ? '' : `· ${deadlineKindLabel(d.kind)}`} {d.requesterName}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
