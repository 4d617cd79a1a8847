// The triage queue as a table: most urgent first, the suggestion and the thread at a glance. A
// click selects, Shift+click selects a range for bulk actions, the box ticks one message.
import { useEffect, useRef } from 'react';
import type { TriageItem } from '../../../shared/contract/triage';
import { countdown, formatCivilDate, formatInstant, todayLocal } from '../../lib/format';
import { JURISDICTION_LABELS, REQUEST_TYPE_LABELS } from '../../lib/labels';

interface Props {
  items: TriageItem[];
  current: number;
  checked: ReadonlySet<number>;
  onClickRow(index: number, range: boolean): void;
  onToggle(id: number): void;
}

export function QueueTable({ items, current, checked, onClickRow, onToggle }: Props) {
  const body = useRef<HTMLTableSectionElement>(null);
  useEffect(() => {
    body.current?.querySelector<HTMLElement>(`tr[data-index="${current}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  const today = todayLocal();
  return (
    <div className="table-scroll queue-scroll">
      <table className="data-table queue-table" aria-label="Messages waiting for triage" aria-multiselectable="true">
        <thead>
          <tr>
            <th className="check-col"><span className="visually-hidden">Selected</span></th>
            <th>Due</th>
            <th>From</th>
            <th>Subject</th>
            <th>Suggested</th>
            <th>Notes</th>
          </tr>
        </thead>
        <tbody ref={body}>
          {items.map((item, i) => {
            const due = item.dueAt ? countdown(item.dueAt, today) : null;
            return (
              <tr
                key={item.id}
                data-index={i}
                className={`${i === current ? 'selected' : ''}${checked.has(item.id) ? ' checked' : ''}`}
                aria-selected={i === current || checked.has(item.id)}
                onClick={(e) => onClickRow(i, e.shiftKey)}
              >
                <td className="check-col" onClick={(e) => e.stopPropagation()}>
                  <input type="checkbox" aria-label={`Select “${item.subject || '(no subject)'}”`} checked={checked.has(item.id)} onChange={() => onToggle(item.id)} />
                </td>
                <td className="due-cell" title={due ? `${due.text}; received ${formatInstant(item.receivedAt)}` : `received ${formatInstant(item.receivedAt)}`}>
                  {item.dueAt ? <span className={`countdown countdown-${due!.tone}`}>{formatCivilDate(item.dueAt)}</span> : <span className="muted">—</span>}
                </td>
                <td className="truncate" title={item.from.email}>{item.from.name || item.from.email}</td>
                <td className="truncate subject-cell" title={item.subject}>{item.subject || <span className="muted">(no subject)</span>}</td>
                <td>
                  {item.requestType ? REQUEST_TYPE_LABELS[item.requestType] : <span className="text-danger">Not triaged</span>}
                  {item.jurisdiction && item.requestType !== 'not-privacy' && <span className="muted small"> · {JURISDICTION_LABELS[item.jurisdiction]}</span>}
                </td>
                <td className="notes-cell">
                  {item.threadedTo && <span className="tag">continues {item.threadedTo}</span>}
                  {item.duplicateOf && <span className="tag tag-warn">likely duplicate of {item.duplicateOf}</span>}
                  {item.warnings > 0 && <span className="tag tag-warn">damaged</span>}
                  {item.attachments > 0 && <span className="tag">{item.attachments} att.</span>}
                  {item.corrected && <span className="tag">corrected</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
