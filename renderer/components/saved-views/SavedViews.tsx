// Saved views for the case list: the current search, status filter and sort under a name, kept in
// the encrypted workspace. Choosing one puts its filters back on the list.
import { useEffect, useState } from 'react';
import type { SavedView, ViewQuery } from '../../../shared/contract/workspace-views';
import type { CaseStatus } from '../../../shared/domain/ids';
import { call } from '../../host/client';
import { errorMessage } from '../ErrorAlert';
import { filterQuery, type CaseFilterValues } from '../case-filters/CaseFilters';
import '../../styles/workspace-views.css';

/** The part of the case list's state a view keeps (the same fields as CasesScreen's view). */
export interface ListState { search: string; status: 'active' | 'all' | CaseStatus; sort: 'due' | 'received' | 'ref'; filters?: CaseFilterValues }

const ACTIVE: CaseStatus[] = ['open', 'waiting-requester', 'escalated'];

export function toQuery(s: ListState): ViewQuery {
  const status = s.status === 'all' ? undefined : s.status === 'active' ? ACTIVE : [s.status];
  return { sort: s.sort, ...(status ? { status } : {}), ...filterQuery(s.filters), ...(s.search.trim() ? { search: s.search.trim() } : {}) };
}

export function fromQuery(q: ViewQuery): ListState {
  const st = q.status ?? [];
  const status: ListState['status'] = st.length === 0 ? 'all' : st.length === 1 ? st[0] : ACTIVE.every((a) => st.includes(a)) && st.length === ACTIVE.length ? 'active' : 'all';
  const { requestType, regime, organisationId, stage, dueFrom, dueTo } = q;
  return { search: q.search ?? '', status, sort: q.sort ?? 'due', filters: filterQuery({ requestType, regime, organisationId, stage, dueFrom, dueTo }) };
}

export function SavedViews<T extends ListState>({ view, onView }: { view: T; onView(view: T): void }) {
  const [views, setViews] = useState<SavedView[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const refresh = () => call('views.list', {}).then(setViews).catch((e) => setMessage(errorMessage(e)));
  useEffect(() => {
    void refresh();
  }, []);

  // An inline name field rather than window.prompt, which Electron does not provide.
  const [naming, setNaming] = useState<string | null>(null);
  const save = async (name: string) => {
    try {
      await call('views.save', { name, query: toQuery(view) });
      setMessage(`Saved “${name}”.`);
      setNaming(null);
      await refresh();
    } catch (e) {
      setMessage(errorMessage(e));
    }
  };

  return (
    <div className="saved-views">
      <label className="inline-label">
        View
        <select
          value=""
          onChange={(e) => {
            const chosen = views.find((v) => String(v.id) === e.target.value);
            if (chosen) onView({ ...view, ...fromQuery(chosen.query), selected: 0 });
          }}
        >
          <option value="">{views.length ? 'Saved views…' : 'No saved views'}</option>
          {views.map((v) => (
            <option key={v.id} value={v.id}>{v.name}</option>
          ))}
        </select>
      </label>
      {naming === null ? (
        <button type="button" onClick={() => setNaming('')} title="Save the current search, filter and sort">Save view</button>
      ) : (
        <form className="saved-views" onSubmit={(e) => { e.preventDefault(); if (naming.trim()) void save(naming.trim()); }}>
          <input aria-label="Name of the view" autoFocus value={naming} maxLength={100} onChange={(e) => setNaming(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && setNaming(null)} />
          <button type="submit" className="primary">Save</button>
          <button type="button" onClick={() => setNaming(null)}>Cancel</button>
        </form>
      )}
      {message && <span className="muted small" role="status">{message}</span>}
    </div>
  );
}
