// More filters for the case list: request type, regime, organisation, ladder stage and a range of
// due dates. Folded behind one button so the toolbar stays a single line.
import { useEffect, useState } from 'react';
import type { CaseListQuery } from '../../../shared/contract/cases';
import { ESCALATION_STAGES, REGIMES, REQUEST_TYPES, type EscalationStage, type Regime, type RequestType } from '../../../shared/domain/ids';
import { call } from '../../host/client';
import { REGIME_LABELS, REQUEST_TYPE_LABELS, STAGE_LABELS } from '../../lib/labels';
import '../../styles/workspace-views.css';

export type CaseFilterValues = Pick<CaseListQuery, 'requestType' | 'regime' | 'organisationId' | 'stage' | 'dueFrom' | 'dueTo'>;

/** Only the filters that are set, ready to spread into a cases.list query. */
export function filterQuery(f: CaseFilterValues | undefined): CaseFilterValues {
  return Object.fromEntries(Object.entries(f ?? {}).filter(([, v]) => v !== undefined && v !== '')) as CaseFilterValues;
}

export function CaseFilters({ value, onChange }: { value: CaseFilterValues | undefined; onChange(next: CaseFilterValues): void }) {
  const f = value ?? {};
  const active = Object.keys(filterQuery(f)).length;
  const [orgs, setOrgs] = useState<Array<{ id: string; name: string }>>([]);
  useEffect(() => {
    call('organisations.list', {}).then((list) => setOrgs(list.map((o) => ({ id: o.id, name: o.name })))).catch(() => setOrgs([]));
  }, []);
  const set = (patch: Partial<CaseFilterValues>) => onChange(filterQuery({ ...f, ...patch }));
  return (
    <details className="case-filters">
      <summary>Filters{active ? ` (${active})` : ''}</summary>
      <div className="case-filters-body">
        <label className="inline-label">
          Request
          <select value={f.requestType ?? ''} onChange={(e) => set({ requestType: (e.target.value || undefined) as RequestType | undefined })}>
            <option value="">any</option>
            {REQUEST_TYPES.map((t) => <option key={t} value={t}>{REQUEST_TYPE_LABELS[t]}</option>)}
          </select>
        </label>
        <label className="inline-label">
          Regime
          <select value={f.regime ?? ''} onChange={(e) => set({ regime: (e.target.value || undefined) as Regime | undefined })}>
            <option value="">any</option>
            {REGIMES.map((r) => <option key={r} value={r}>{REGIME_LABELS[r]}</option>)}
          </select>
        </label>
        <label className="inline-label">
          Organisation
          <select value={f.organisationId ?? ''} onChange={(e) => set({ organisationId: e.target.value || undefined })}>
            <option value="">any</option>
            {orgs.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
        </label>
        <label className="inline-label">
          Ladder stage
          <select value={f.stage ?? ''} onChange={(e) => set({ stage: (e.target.value || undefined) as EscalationStage | undefined })}>
            <option value="">any</option>
            {ESCALATION_STAGES.map((s) => <option key={s} value={s}>{STAGE_LABELS[s]}</option>)}
          </select>
        </label>
        <label className="inline-label">
          Due from
          <input type="date" value={f.dueFrom ?? ''} onChange={(e) => set({ dueFrom: e.target.value || undefined })} />
        </label>
        <label className="inline-label">
          to
          <input type="date" value={f.dueTo ?? ''} onChange={(e) => set({ dueTo: e.target.value || undefined })} />
        </label>
        {active > 0 && <button type="button" className="link" onClick={() => onChange({})}>Clear filters</button>}
      </div>
    </details>
  );
}
