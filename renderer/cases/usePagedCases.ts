// Case lists in pages: the table asks for the rows it is about to show and only those pages are
// fetched, so a workspace with 100,000 cases costs the window a few hundred rows at a time.
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { CaseListQuery, CaseSummary } from '../../shared/contract/cases';
import { errorMessage } from '../components/ErrorAlert';
import { call } from '../host/client';

export const PAGE_SIZE = 200;

export type CaseQuery = Omit<CaseListQuery, 'limit' | 'offset'>;

export interface PagedCases {
  /** null until the first page has answered. */
  total: number | null;
  row(index: number): CaseSummary | undefined;
  /** Make sure the rows from..to (inclusive) are loaded or on their way. */
  ensure(from: number, to: number): void;
  /** Every row fetched so far, in list order. */
  loaded(): CaseSummary[];
  error: string | null;
  reload(): void;
}

interface Store {
  key: string;
  pages: Map<number, CaseSummary[]>;
  inflight: Set<number>;
  total: number | null;
}

export function usePagedCases(query: CaseQuery): PagedCases {
  const key = JSON.stringify(query);
  const store = useRef<Store>({ key: '', pages: new Map(), inflight: new Set(), total: null });
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  const fetchPage = useCallback((page: number) => {
    const s = store.current;
    if (s.pages.has(page) || s.inflight.has(page)) return;
    s.inflight.add(page);
    const askedFor = s.key;
    const q = JSON.parse(askedFor) as CaseQuery;
    call('cases.list', { ...q, limit: PAGE_SIZE, offset: page * PAGE_SIZE })
      .then((result) => {
        if (store.current.key !== askedFor) return;
        store.current.pages.set(page, result.items);
        store.current.total = result.total;
        setError(null);
      })
      .catch((err) => {
        if (store.current.key === askedFor) setError(errorMessage(err));
      })
      .finally(() => {
        if (store.current.key === askedFor) {
          store.current.inflight.delete(page);
          rerender();
        }
      });
  }, []);

  useEffect(() => {
    store.current = { key, pages: new Map(), inflight: new Set(), total: null };
    setError(null);
    rerender();
    fetchPage(0);
  }, [key, generation, fetchPage]);

  const ensure = useCallback(
    (from: number, to: number) => {
      if (from < 0 || to < from) return;
      for (let p = Math.floor(from / PAGE_SIZE); p <= Math.floor(to / PAGE_SIZE); p++) fetchPage(p);
    },
    [fetchPage],
  );

  const s = store.current;
  const fresh = s.key === key;
  return {
    total: fresh ? s.total : null,
    row: (index) => (fresh ? s.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE] : undefined),
    loaded: () => (fresh ? [...s.pages.entries()].sort(([a], [b]) => a - b).flatMap(([, rows]) => rows) : []),
    ensure,
    error,
    reload: () => setGeneration((g) => g + 1),
  };
}
