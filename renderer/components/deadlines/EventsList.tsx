// The dated clock events recorded on a case (extensions, stops, pauses...): what the deadlines run from.
// Notes and calls are in the case's timeline.
import type { CaseDetail } from '../../../shared/contract/cases';
import { formatCivilDate } from '../../lib/format';
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
