// The triage inbox: imported mail waits here, most urgent first. Accept opens a case (or adds the
// message to the case it continues), correct teaches triage, merge adds to a chosen case, x sets
// mail aside as not about privacy. j/k move; Shift extends the selection for bulk actions.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TriageDetail, TriageItem } from '../../../shared/contract/triage';
import type { Jurisdiction, RequestType } from '../../../shared/domain/ids';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert';
import { call } from '../../host/client';
import { isTypingTarget, plainKey } from '../../shell/keys';
import { CorrectForm, MergeForm } from './ActionForms';
import { ImportBar } from './ImportBar';
import { MailboxPanel } from './MailboxPanel';
import { QueueTable } from './QueueTable';
import { TriagePane } from './TriagePane';
import './inbox.css';

type Form = null | 'correct' | 'merge';
interface Outcome { text: string; refs: string[] }

export function InboxScreen({ onOpen }: { onOpen?(ref: string): void }) {
  const [items, setItems] = useState<TriageItem[] | null>(null);
  const [total, setTotal] = useState(0);
  const [current, setCurrent] = useState(0);
  const [checked, setChecked] = useState<Set<number>>(new Set());
  const [anchor, setAnchor] = useState(0);
  const [detail, setDetail] = useState<TriageDetail | null>(null);
  const [form, setForm] = useState<Form>(null);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const openCase = useCallback((ref: string) => onOpen?.(ref), [onOpen]);

  const load = useCallback(async () => {
    try {
      const page = await call('triage.list', { status: 'pending', limit: 2000 });
      setItems(page.items);
      setTotal(page.total);
      setCurrent((c) => Math.max(0, Math.min(c, page.items.length - 1)));
      setChecked((s) => new Set([...s].filter((id) => page.items.some((i) => i.id === id))));
    } catch (err) {
      setError(errorMessage(err));
    }
  }, []);
  useEffect(() => void load(), [load]);

  const item = items?.[current] ?? null;
  useEffect(() => {
    setDetail(null);
    if (!item) return;
    let live = true;
    call('triage.get', { id: item.id }).then((d) => live && setDetail(d), (err) => live && setError(errorMessage(err)));
    return () => { live = false; };
  }, [item?.id]);

  // Bulk actions act on the ticked messages, or on the selected one when none is ticked.
  const targets = useMemo(() => (checked.size ? [...checked] : item ? [item.id] : []), [checked, item]);

  const run = useCallback(async (action: () => Promise<Outcome>) => {
    setError(null);
    try {
      setOutcome(await action());
      setForm(null);
      setChecked(new Set());
      await load();
    } catch (err) {
      setError(errorMessage(err));
    }
  }, [load]);

  const accept = () => run(async () => {
    const { results } = await call('triage.accept', { ids: targets });
    const refs = [...new Set(results.map((r) => r.caseRef))];
    const opened = results.filter((r) => r.created).length;
    return { text: `${opened ? `Opened ${opened} ${opened === 1 ? 'case' : 'cases'}` : 'Added to existing cases'}: ${refs.join(', ')}.`, refs };
  });
  const dismiss = () => run(async () => {
    const { dismissed } = await call('triage.dismiss', { ids: targets, reason: 'not-privacy' });
    return { text: `Set aside ${dismissed} ${dismissed === 1 ? 'message' : 'messages'} as not about privacy (kept, not deleted).`, refs: [] };
  });
  const correct = (type: RequestType, jurisdiction: Jurisdiction) => run(async () => {
    await call('triage.correct', { id: item!.id, requestType: type, jurisdiction });
    return { text: 'Suggestion corrected. Triage will remember it for similar mail.', refs: [] };
  });
  const merge = (ref: string) => run(async () => {
    const r = await call('triage.merge', { ids: targets, caseRef: ref });
    return { text: `Added ${r.merged} ${r.merged === 1 ? 'message' : 'messages'} to ${r.caseRef}.`, refs: [r.caseRef] };
  });

  const select = useCallback((index: number, range: boolean) => {
    if (!items?.length) return;
    const next = Math.max(0, Math.min(items.length - 1, index));
    if (range) {
      const [a, b] = [Math.min(anchor, next), Math.max(anchor, next)];
      setChecked(new Set(items.slice(a, b + 1).map((i) => i.id)));
    } else {
      setAnchor(next);
    }
    setCurrent(next);
  }, [items, anchor]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.defaultPrevented || !plainKey(e) || isTypingTarget(e.target) || form) return;
      const key = e.key.toLowerCase();
      const act: Record<string, () => void> = {
        j: () => select(current + 1, e.shiftKey),
        arrowdown: () => select(current + 1, e.shiftKey),
        k: () => select(current - 1, e.shiftKey),
        arrowup: () => select(current - 1, e.shiftKey),
        a: () => void accept(),
        x: () => void dismiss(),
        c: () => item && setForm('correct'),
        m: () => item && setForm('merge'),
        ' ': () => item && toggle(item.id),
      };
      const fn = act[key];
      if (!fn || !items?.length) return;
      e.preventDefault();
      fn();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const toggle = (id: number) => setChecked((s) => {
    const next = new Set(s);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });

  const count = targets.length;
  return (
    <section className="screen inbox" aria-labelledby="inbox-title">
      <header className="screen-head">
        <h1 id="inbox-title">Inbox</h1>
        <span className="count">{items === null ? '' : `${total.toLocaleString('en')} waiting`}</span>
      </header>
      <ImportBar onImported={() => void load()} />
      <MailboxPanel onSynced={() => void load()} />
      <div className="inbox-actions" role="toolbar" aria-label="Triage actions">
        <button type="button" className="primary" disabled={!count} onClick={() => void accept()} aria-keyshortcuts="A">
          Accept{count > 1 ? ` ${count}` : ''} <kbd>a</kbd>
        </button>
        <button type="button" disabled={!item} onClick={() => setForm('correct')} aria-keyshortcuts="C">Correct <kbd>c</kbd></button>
        <button type="button" disabled={!count} onClick={() => setForm('merge')} aria-keyshortcuts="M">Merge into case <kbd>m</kbd></button>
        <button type="button" disabled={!count} onClick={() => void dismiss()} aria-keyshortcuts="X">Not privacy <kbd>x</kbd></button>
        <span className="muted small">j/k move · Shift+j/k or Shift+click select several · Space ticks</span>
      </div>
      {form === 'correct' && item && <CorrectForm item={item} onSubmit={(t, j) => void correct(t, j)} onClose={() => setForm(null)} />}
      {form === 'merge' && <MergeForm suggested={item?.threadedTo ?? item?.duplicateOf ?? null} count={count} onSubmit={(ref) => void merge(ref)} onClose={() => setForm(null)} />}
      <ErrorAlert error={error} />
      {outcome && (
        <p className="notice-ok" role="status">
          {outcome.text}{' '}
          {outcome.refs.map((ref) => (
            <button key={ref} type="button" className="link" onClick={() => openCase(ref)}>Open {ref}</button>
          ))}
        </p>
      )}
      {items !== null && items.length === 0 ? (
        <p className="empty">Nothing waiting. Import .eml or .mbox files above, or fetch new mail from the privacy mailbox.</p>
      ) : (
        <div className="inbox-body">
          <QueueTable items={items ?? []} current={current} checked={checked} onClickRow={select} onToggle={toggle} />
          {detail ? <TriagePane detail={detail} onOpenCase={openCase} /> : <div className="panel muted">{items === null ? 'Loading…' : ''}</div>}
        </div>
      )}
    </section>
  );
}
