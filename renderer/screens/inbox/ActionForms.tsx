// The two actions that need a word from the DPO: correcting the suggestion, and naming the case
// to merge into. Escape closes either without changing anything.
import { useEffect, useRef, useState } from 'react';
import { JURISDICTIONS, REQUEST_TYPES, type Jurisdiction, type RequestType } from '../../../shared/domain/ids';
import type { TriageItem } from '../../../shared/contract/triage';
import { JURISDICTION_LABELS, REQUEST_TYPE_LABELS } from '../../lib/labels';

export function CorrectForm({ item, onSubmit, onClose }: { item: TriageItem; onSubmit(type: RequestType, jurisdiction: Jurisdiction): void; onClose(): void }) {
  const [type, setType] = useState<RequestType>(item.requestType ?? 'inquiry');
  const [jurisdiction, setJurisdiction] = useState<Jurisdiction>(item.jurisdiction ?? 'eu');
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <form
      className="inline-form action-form"
      aria-label="Correct the suggestion"
      onSubmit={(e) => { e.preventDefault(); onSubmit(type, jurisdiction); }}
      onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}
    >
      <label>
        Request type{' '}
        <select ref={first} value={type} onChange={(e) => setType(e.target.value as RequestType)}>
          {REQUEST_TYPES.map((t) => <option key={t} value={t}>{REQUEST_TYPE_LABELS[t]}</option>)}
        </select>
      </label>
      <label>
        Jurisdiction{' '}
        <select value={jurisdiction} onChange={(e) => setJurisdiction(e.target.value as Jurisdiction)}>
          {JURISDICTIONS.map((j) => <option key={j} value={j}>{JURISDICTION_LABELS[j]}</option>)}
        </select>
      </label>
      <button type="submit" className="primary">Save correction</button>
      <button type="button" onClick={onClose}>Cancel</button>
    </form>
  );
}

export function MergeForm({ suggested, count, onSubmit, onClose }: { suggested: string | null; count: number; onSubmit(ref: string): void; onClose(): void }) {
  const [ref, setRef] = useState(suggested ?? '');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      className="inline-form action-form"
      aria-label="Merge into a case"
      onSubmit={(e) => { e.preventDefault(); if (ref.trim()) onSubmit(ref.trim().toUpperCase()); }}
      onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}
    >
      <label>
        Add {count === 1 ? 'this message' : `${count} messages`} to case{' '}
        <input ref={input} className="input-short mono" value={ref} placeholder="DPO-2026-0001" onChange={(e) => setRef(e.target.value)} />
      </label>
      <button type="submit" className="primary">Merge</button>
      <button type="button" onClick={onClose}>Cancel</button>
    </form>
  );
}
