// All cases: search, status filter, sort, and the table. "/" focuses the search, N opens a new case.
// Ticked rows get the bulk bar (status, organisation, CSV).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseSummary } from '../../shared/contract/cases';
import { CASE_STATUSES, type CaseStatus } from '../../shared/domain/ids';
import { BulkBar } from '../cases/BulkBar';
import { CaseTable, type SortKey } from '../cases/CaseTable';
import type { CaseQuery } from '../cases/usePagedCases';
import { STATUS_LABELS } from '../lib/labels';
import { isTypingTarget, plainKey } from '../shell/keys';
import { SavedViews } from '../components/saved-views/SavedViews';
import { CaseFilters, filterQuery, type CaseFilterValues } from '../components/case-filters/CaseFilters';

export type StatusFilter = 'active' | 'all' | CaseStatus;

export interface CasesView {
  search: string;
  status: StatusFilter;
  sort: SortKey;
  selected: number;
  /** Request type, regime, organisation, stage, due range. */
  filters?: CaseFilterValues;
}

export const DEFAULT_CASES_VIEW: CasesView = { search: '', status: 'active', sort: 'due', selected: 0 };

const ACTIVE: CaseStatus[] = ['open', 'waiting-requester', 'escalated'];

function statusQuery(filter: StatusFilter): CaseStatus[] | undefined {
  if (filter === 'all') return undefined;
  if (filter === 'active') return ACTIVE;
  return [filter];
}

interface Props {
  view: CasesView;
  onView(view: CasesView): void;
  onOpen(ref: string): void;
  onNew(): void;
}

export function CasesScreen({ view, onView, onOpen, onNew }: Props) {
  const searchRef = useRef<HTMLInputElement>(null);
  const [searchText, setSearchText] = useState(view.search);
  const [total, setTotal] = useState<number | null>(null);
  const [checked, setChecked] = useState<Map<string, CaseSummary>>(() => new Map());
  const [reloadKey, setReloadKey] = useState(0);
  const viewRef = useRef(view);
  viewRef.current = view;

  // Typing waits a moment before asking the host, so each keystroke does not start a query.
  useEffect(() => {
    if (searchText === viewRef.current.search) return;
    const t = window.setTimeout(() => onView({ ...viewRef.current, search: searchText, selected: 0 }), 180);
    return () => window.clearTimeout(t);
  }, [searchText, onView]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.key === '/' && plainKey(e) && !isTypingTarget(e.target)) {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const query: CaseQuery = { sort: view.sort, status: statusQuery(view.status), ...filterQuery(view.filters), ...(view.search.trim() ? { search: view.search.trim() } : {}) };
  const onSelect = useCallback((selected: number) => onView({ ...viewRef.current, selected }), [onView]);

  return (
    <section className="screen" aria-labelledby="cases-title">
      <header className="screen-head">
        <h1 id="cases-title">Cases</h1>
        <span className="count" aria-live="polite">
          {total === null ? '' : `${total.toLocaleString('en')} ${total === 1 ? 'case' : 'cases'}`}
        </span>
        <div className="toolbar">
          <div className="search">
            <label htmlFor="case-search" className="visually-hidden">
              Search cases
            </label>
            <input
              id="case-search"
              ref={searchRef}
              type="search"
              placeholder="Search ref, requester, email, subject"
              value={searchText}
              onChange={(e) => setSearchText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  setSearchText('');
                  onView({ ...view, search: '', selected: 0 });
                }
                if (e.key === 'ArrowDown' || e.key === 'Enter') {
                  e.preventDefault();
                  (document.querySelector('.case-table') as HTMLElement | null)?.focus();
                }
              }}
            />
            <kbd className="search-kbd" aria-hidden="true">/</kbd>
          </div>
          <SavedViews view={view} onView={(v) => { setSearchText(v.search); onView(v); }} />
          <CaseFilters value={view.filters} onChange={(filters) => onView({ ...view, filters, selected: 0 })} />
          <label className="inline-label">
            Status
            <select value={view.status} onChange={(e) => onView({ ...view, status: e.target.value as StatusFilter, selected: 0 })}>
              <option value="active">Active (not closed)</option>
              <option value="all">All statuses</option>
              {CASE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="primary" onClick={onNew} aria-keyshortcuts="N">
            New case <kbd>N</kbd>
          </button>
        </div>
      </header>
      <BulkBar checked={checked} onClear={() => setChecked(new Map())} onChanged={() => setReloadKey((k) => k + 1)} />
      <CaseTable
        query={query}
        label="Cases"
        emptyText={view.search || view.status !== 'active' ? 'No case matches this search and filter.' : 'No open cases. Press N to open one by hand.'}
        onOpen={onOpen}
        onSort={(sort) => onView({ ...view, sort, selected: 0 })}
        selected={view.selected}
        onSelect={onSelect}
        onTotal={setTotal}
        checked={checked}
        onCheck={setChecked}
        reloadKey={reloadKey}
        autoFocus
      />
      <p className="key-hints" aria-hidden="true">
        <kbd>↑</kbd>
        <kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>Space</kbd> tick · <kbd>/</kbd> search · <kbd>N</kbd> new case
      </p>
    </section>
  );
}
