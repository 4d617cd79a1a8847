// The dense case table used by Cases and Overdue. Only the rows in view are in the DOM; arrow keys
// move the selection, Enter or a click opens the case. With onCheck, a checkbox column picks rows for
// bulk actions: Space ticks the current row, Shift+Space or Shift+click ticks a range.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useId, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { CaseSummary } from '../../shared/contract/cases';
import { ErrorAlert } from '../components/ErrorAlert';
import { civilDateIn, countdown, formatCivilDate, todayLocal } from '../lib/format';
import { REGIME_SHORT, STAGE_LABELS, requestTypesText } from '../lib/labels';
import { StatusBadge } from './StatusBadge';
import { usePagedCases, type CaseQuery } from './usePagedCases';

export type SortKey = 'due' | 'received' | 'ref';

interface Props {
  query: CaseQuery;
  label: string;
  emptyText: string;
  onOpen(ref: string): void;
  onSort?(sort: SortKey): void;
  selected: number;
  onSelect(index: number): void;
  autoFocus?: boolean;
  /** Called with the total once known, for headings that count. */
  onTotal?(total: number | null): void;
  /** Rows ticked for bulk actions, by ref. Without onCheck there is no checkbox column. */
  checked?: ReadonlyMap<string, CaseSummary>;
  onCheck?(next: Map<string, CaseSummary>): void;
  /** Change it to fetch the list again (after a bulk change). */
  reloadKey?: number;
}

const NO_CHECKS: ReadonlyMap<string, CaseSummary> = new Map();

const ROW_HEIGHT = 31;

export function CaseTable({ query, label, emptyText, onOpen, onSort, selected, onSelect, autoFocus, onTotal, checked = NO_CHECKS, onCheck, reloadKey }: Props) {
  const cases = usePagedCases(query);
  const anchor = useRef<number | null>(null);
  const checkable = Boolean(onCheck);
  const columns = checkable ? 9 : 8;
  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const idBase = useId();
  const total = cases.total ?? 0;
  const today = todayLocal();

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 3,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;

  useEffect(() => cases.ensure(first, last), [first, last, cases.ensure]);
  useEffect(() => onTotal?.(cases.total), [cases.total, onTotal]);
  useEffect(() => {
    if (autoFocus) tableRef.current?.focus({ preventScroll: true });
  }, [autoFocus]);
  useEffect(() => {
    if (total > 0 && selected >= total) onSelect(total - 1);
  }, [total, selected, onSelect]);
  const firstReload = useRef(reloadKey);
  const { reload } = cases;
  useEffect(() => {
    // reload is a fresh function each render; only a new key asks again.
    if (reloadKey !== firstReload.current) reload();
  }, [reloadKey]);
  // Ticked rows keep their summaries (for export); when a reload brings fresher ones, take those.
  useEffect(() => {
    if (!onCheck || checked.size === 0) return;
    const fresher = cases.loaded().filter((c) => checked.has(c.ref) && checked.get(c.ref) !== c);
    if (fresher.length) onCheck(new Map([...checked, ...fresher.map((c) => [c.ref, c] as const)]));
  });

  /** Tick or untick one row; with a range, every loaded row from the last ticked one to this one. */
  const toggle = (index: number, range: boolean) => {
    const row = cases.row(index);
    if (!onCheck || !row) return;
    const next = new Map(checked);
    const on = !checked.has(row.ref);
    const from = range && anchor.current !== null ? Math.min(anchor.current, index) : index;
    const to = range && anchor.current !== null ? Math.max(anchor.current, index) : index;
    for (let i = from; i <= to; i++) {
      const c = cases.row(i);
      if (!c) continue;
      if (on) next.set(c.ref, c);
      else next.delete(c.ref);
    }
    anchor.current = index;
    onCheck(next);
  };
  const loadedRows = checkable ? cases.loaded() : [];
  const allLoadedChecked = loadedRows.length > 0 && loadedRows.every((c) => checked.has(c.ref));
  const someLoadedChecked = loadedRows.some((c) => checked.has(c.ref));
  const toggleLoaded = () => {
    if (!onCheck) return;
    const next = new Map(checked);
    for (const c of loadedRows) {
      if (allLoadedChecked) next.delete(c.ref);
      else next.set(c.ref, c);
    }
    onCheck(next);
  };

  // Rows get the same two handlers on every render, so a row whose props did not change is not
  // rendered again (moving the selection renders two rows, not all of them).
  const latest = useRef({ onSelect, onOpen, toggle, row: cases.row });
  latest.current = { onSelect, onOpen, toggle, row: cases.row };
  const onRowClick = useCallback((index: number) => {
    const row = latest.current.row(index);
    latest.current.onSelect(index);
    if (row) latest.current.onOpen(row.ref);
  }, []);
  const onRowCheck = useCallback((index: number, e: MouseEvent) => {
    e.stopPropagation();
    latest.current.onSelect(index);
    latest.current.toggle(index, e.shiftKey);
    // Keys go on working on the grid, not on the little checkbox.
    tableRef.current?.focus({ preventScroll: true });
  }, []);

  const move = (index: number) => {
    if (total === 0) return;
    const next = Math.max(0, Math.min(total - 1, index));
    onSelect(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  function onKeyDown(e: KeyboardEvent<HTMLTableElement>) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 300) / ROW_HEIGHT) - 2);
    const handled: Record<string, () => void> = {
      ArrowDown: () => move(selected + 1),
      ArrowUp: () => move(selected - 1),
      j: () => move(selected + 1),
      k: () => move(selected - 1),
      PageDown: () => move(selected + page),
      PageUp: () => move(selected - page),
      Home: () => move(0),
      End: () => move(total - 1),
      Enter: () => {
        const row = cases.row(selected);
        if (row) onOpen(row.ref);
      },
    };
    if (e.key === ' ' && checkable) {
      e.preventDefault();
      toggle(selected, e.shiftKey);
      return;
    }
    const action = handled[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  }

  const sortable = (key: SortKey, text: string) => {
    const active = query.sort === key;
    const direction = key === 'received' ? 'descending' : 'ascending';
    return (
      <th scope="col" aria-sort={active ? direction : undefined} className={active ? 'sorted' : undefined}>
        {onSort ? (
          <button type="button" className="th-sort" onClick={() => onSort(key)} title={`Sort by ${text.toLowerCase()}`}>
            {text}
            <span className="sort-mark" aria-hidden="true">
              {active ? (direction === 'ascending' ? '▲' : '▼') : ''}
            </span>
          </button>
        ) : (
          text
        )}
      </th>
    );
  };

  const paddingTop = items.length ? items[0].start : 0;
  const paddingBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  const activeId = total > 0 ? `${idBase}-row-${selected}` : undefined;

  return (
    <div className="case-table-wrap">
      <ErrorAlert error={cases.error} />
      <div className="table-scroll" ref={scrollRef}>
        <table
          ref={tableRef}
          className="data-table case-table"
          role="grid"
          aria-label={label}
          aria-rowcount={total + 1}
          aria-activedescendant={activeId}
          aria-busy={cases.total === null}
          tabIndex={0}
          onKeyDown={onKeyDown}
        >
          <colgroup>
            {checkable && <col style={{ width: 34 }} />}
            <col style={{ width: 118 }} />
            <col style={{ width: 146 }} />
            <col />
            <col style={{ width: 78 }} />
            <col />
            <col style={{ width: 98 }} />
            <col style={{ width: 238 }} />
            <col style={{ width: 112 }} />
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              {checkable && (
                <th scope="col" className="check-cell">
                  <input
                    type="checkbox"
                    tabIndex={-1}
                    aria-label="Select the loaded cases"
                    checked={allLoadedChecked}
                    ref={(el) => {
                      if (el) el.indeterminate = someLoadedChecked && !allLoadedChecked;
                    }}
                    onChange={toggleLoaded}
                  />
                </th>
              )}
              {sortable('ref', 'Ref')}
              <th scope="col">Status</th>
              <th scope="col">Request</th>
              <th scope="col">Regime</th>
              <th scope="col">Requester</th>
              {sortable('received', 'Received')}
              {sortable('due', 'Due')}
              <th scope="col">Stage</th>
            </tr>
          </thead>
          <tbody>
            {paddingTop > 0 && (
              <tr aria-hidden="true" className="spacer">
                <td colSpan={columns} style={{ height: paddingTop }} />
              </tr>
            )}
            {items.map((item) => {
              const c = cases.row(item.index);
              const isSelected = item.index === selected;
              // Rows are keyed by their place in the window, not by case: a scroll step then rewrites the
              // text of rows already on screen instead of tearing them down and building new ones, which
              // halved the browser's work per frame (measured on the 100,000-case e2e list).
              return c ? (
                <CaseRow
                  key={`row-${item.index - first}`}
                  id={`${idBase}-row-${item.index}`}
                  index={item.index}
                  summary={c}
                  today={today}
                  selected={isSelected}
                  checked={checkable ? checked.has(c.ref) : undefined}
                  onCheck={onRowCheck}
                  onClick={onRowClick}
                />
              ) : (
                <tr key={`loading-${item.index - first}`} id={`${idBase}-row-${item.index}`} aria-rowindex={item.index + 2} className="row-loading" style={{ height: ROW_HEIGHT }}>
                  <td colSpan={columns}>Loading…</td>
                </tr>
              );
            })}
            {paddingBottom > 0 && (
              <tr aria-hidden="true" className="spacer">
                <td colSpan={columns} style={{ height: paddingBottom }} />
              </tr>
            )}
          </tbody>
        </table>
        {cases.total === 0 && <p className="empty">{emptyText}</p>}
        {cases.total === null && !cases.error && <p className="empty">Loading cases…</p>}
      </div>
    </div>
  );
}

interface RowProps {
  id: string;
  index: number;
  summary: CaseSummary;
  today: string;
  selected: boolean;
  /** undefined: no checkbox column. */
  checked?: boolean;
  onCheck(index: number, e: MouseEvent): void;
  onClick(index: number): void;
}

const CaseRow = memo(function CaseRow({ id, index, summary: c, today, selected, checked, onCheck, onClick }: RowProps) {
  const due = c.dueAt && c.status !== 'closed' ? countdown(c.dueAt, today) : null;
  const extraRegimes = c.regimes.length > 1 ? ` +${c.regimes.length - 1}` : '';
  return (
    <tr id={id} aria-rowindex={index + 2} aria-selected={selected} className={selected ? 'selected' : undefined} onClick={() => onClick(index)} style={{ height: ROW_HEIGHT }}>
      {checked !== undefined && (
        // A header-type cell so the row's first data cell stays its reference.
        <th role="gridcell" className="check-cell" onClick={(e) => onCheck(index, e)}>
          <input type="checkbox" tabIndex={-1} aria-label={`Select ${c.ref}`} checked={checked} readOnly />
        </th>
      )}
      <td className="mono ref">{c.ref}</td>
      <td className="truncate">
        <StatusBadge status={c.status} />
      </td>
      <td className="truncate" title={requestTypesText(c.requestTypes)}>
        {requestTypesText(c.requestTypes)}
      </td>
      <td className="truncate" title={c.regimes.map((r) => REGIME_SHORT[r]).join(', ')}>
        {REGIME_SHORT[c.regime]}
        {extraRegimes && <span className="muted">{extraRegimes}</span>}
      </td>
      <td className="truncate" title={`${c.requester.name} <${c.requester.email}>`}>
        {c.requester.name} <span className="muted">{c.requester.email}</span>
      </td>
      <td className="num">{formatCivilDate(civilDateIn(c.receivedAt, c.timeZone))}</td>
      <td>
        <div className="due-cell">
          {c.dueAt ? <span className="num">{formatCivilDate(c.dueAt)}</span> : <span className="muted">not computed</span>}
          {c.overdue ? (
            <span className="badge badge-overdue">{due && due.tone === 'overdue' ? due.text : 'Overdue'}</span>
          ) : (
            due && <span className={`countdown countdown-${due.tone}`}>{due.text}</span>
          )}
        </div>
      </td>
      <td className="truncate">{STAGE_LABELS[c.escalationStage]}</td>
    </tr>
  );
});
