// Everything on a case in one list, oldest first: mail in and out, letters, notes and calls,
// clock events, ladder moves, deadlines (with how each was computed) and the audit entries.
import { useEffect, useMemo, useState } from 'react';
import type { TimelineItem } from '../../../shared/contract/workspace-views';
import { ErrorAlert, errorMessage } from '../ErrorAlert';
import { call } from '../../host/client';
import { formatCivilDate, formatInstant } from '../../lib/format';
import '../../styles/workspace-views.css';

const KIND_LABELS: Record<TimelineItem['kind'], string> = {
  message: 'Mail', letter: 'Letter', correspondence: 'Sent', note: 'Note', call: 'Call', event: 'Event', escalation: 'Ladder', deadline: 'Deadline', attachment: 'File', audit: 'Record',
};

const FILTERS: Array<{ label: string; kinds: Array<TimelineItem['kind']> }> = [
  { label: 'Correspondence', kinds: ['message', 'letter', 'correspondence', 'attachment'] },
  { label: 'Notes and calls', kinds: ['note', 'call'] },
  { label: 'Clock and ladder', kinds: ['event', 'escalation', 'deadline'] },
  { label: 'Records', kinds: ['audit'] },
];

const when = (at: string, timeZone?: string) => (at.length === 10 ? formatCivilDate(at) : formatInstant(at, timeZone));

export function CaseTimeline({ caseRef, timeZone, reloadKey }: { caseRef: string; timeZone?: string; reloadKey?: number }) {
  const [items, setItems] = useState<TimelineItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [hidden, setHidden] = useState<Set<string>>(new Set());

  useEffect(() => {
    let live = true;
    call('cases.timeline', { ref: caseRef })
      .then((t) => live && setItems(t.items))
      .catch((e) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [caseRef, reloadKey]);

  const shown = useMemo(() => (items ?? []).filter((i) => !FILTERS.some((f) => hidden.has(f.label) && f.kinds.includes(i.kind))), [items, hidden]);
  const toggle = (label: string) => setHidden((h) => {
    const next = new Set(h);
    if (next.has(label)) next.delete(label);
    else next.add(label);
    return next;
  });

  if (error) return <ErrorAlert error={error} />;
  if (!items) return <p className="muted">Loading the timeline…</p>;
  return (
    <div>
      <div className="timeline-filter" role="group" aria-label="Show on the timeline">
        {FILTERS.map((f) => (
          <button key={f.label} type="button" aria-pressed={!hidden.has(f.label)} onClick={() => toggle(f.label)}>{f.label}</button>
        ))}
      </div>
      {shown.length === 0 ? (
        <p className="muted">Nothing to show.</p>
      ) : (
        <ol className="timeline" aria-label={`Timeline of ${caseRef}`}>
          {shown.map((item, i) => (
            <li key={`${item.kind}-${item.id ?? i}-${i}`} data-kind={item.kind}>
              <time dateTime={item.at}>{when(item.at, timeZone)}</time>
              <span className={`tl-kind ${item.kind === 'deadline' ? 'deadline' : (item.direction ?? '')}`}>
                {KIND_LABELS[item.kind]}{item.direction ? (item.direction === 'in' ? ' in' : ' out') : ''}
              </span>
              <div>
                <div>{item.title}</div>
                {item.detail && <div className="tl-detail">{item.detail}</div>}
                {item.attachments && <div className="tl-files">Attached: {item.attachments.map((a) => `${a.filename} (${Math.max(1, Math.round(a.size / 1024))} KB)`).join(', ')}</div>}
                {item.trace && item.trace.length > 0 && (
                  <details>
                    <summary>How this date was computed</summary>
                    <ol>{item.trace.map((t, k) => <li key={k}>{t}</li>)}</ol>
                  </details>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
