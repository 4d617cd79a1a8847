// The dated events recorded on a case, and its notes and logged calls.
import type { CaseDetail } from '../../../shared/contract/cases';
import { formatCivilDate, formatInstant } from '../../lib/format';
import { describeRecordedEvent } from './describe-event';
import './deadlines.css';

export function EventsList({ events }: { events: CaseDetail['events'] }) {
  if (events.length === 0) return <p className="muted empty-inline">No clock event recorded: the deadlines run from receipt.</p>;
  return (
    <table className="data-table events-table">
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">What</th>
          <th scope="col">Detail</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e, i) => {
          const { what, detail } = describeRecordedEvent(e);
          return (
            <tr key={i}>
              <td className="num nowrap">{formatCivilDate(e.onDate)}</td>
              <td>{what}</td>
              <td className="muted">{detail}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function NotesList({ notes }: { notes: CaseDetail['notes'] }) {
  if (notes.length === 0) return <p className="muted empty-inline">No notes or calls yet.</p>;
  return (
    <ol className="notes-list">
      {notes.map((n) => (
        <li key={n.id}>
          <div className="note-meta">
            <span className={`badge ${n.kind === 'call' ? 'badge-call' : 'badge-note'}`}>{n.kind === 'call' ? 'Call' : 'Note'}</span>
            <time dateTime={n.at} className="num muted">
              {formatInstant(n.at)}
            </time>
          </div>
          <p className="note-body">{n.body}</p>
        </li>
      ))}
    </ol>
  );
}
