// Open a case by hand. The contract's own schema gives the field messages, so the form and the
// host agree on what a valid case is. Ctrl+Enter submits from anywhere in the form.
import { useEffect, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { NewCase } from '../../shared/contract/cases';
import type { z } from 'zod';
import type { OrganisationSummary } from '../../shared/contract/organisations';
import { CHANNELS, JURISDICTIONS, REGIMES, REQUEST_TYPES, type Channel, type Jurisdiction, type Regime, type RequestType } from '../../shared/domain/ids';
import { ErrorAlert, errorMessage } from '../components/ErrorAlert';
import { Field } from '../components/Field';
import { call } from '../host/client';
import { browserTimeZone, timeLocal, timeZones, todayLocal } from '../lib/format';
import { CHANNEL_LABELS, JURISDICTION_LABELS, REGIME_LABELS, REQUEST_TYPE_LABELS } from '../lib/labels';
import { validateNewCase, type NewCaseDraft } from './new-case-validation';

export function NewCaseScreen({ onCreated, onCancel }: { onCreated(ref: string): void; onCancel(): void }) {
  const [draft, setDraft] = useState<NewCaseDraft>(() => ({
    name: '',
    email: '',
    requestTypes: [],
    regimes: [],
    jurisdiction: '',
    date: todayLocal(),
    time: timeLocal(),
    timeZone: browserTimeZone(),
    channel: 'email',
    subject: '',
  }));
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [hostError, setHostError] = useState<string | null>(null);
  const zones = useMemo(timeZones, []);
  const [orgs, setOrgs] = useState<Array<z.infer<typeof OrganisationSummary>>>([]);
  const [organisationId, setOrganisationId] = useState('');
  // The organisation's profile brings its promises, holiday calendar, rule overrides and ladder; with one
  // organisation in the workspace it is the obvious default, and its time zone is the receipt's.
  useEffect(() => {
    call('organisations.list', {})
      .then((list) => {
        setOrgs(list);
        if (list.length === 1) chooseOrganisation(list[0].id, list);
      })
      .catch(() => setOrgs([]));
  }, []);
  function chooseOrganisation(id: string, list = orgs) {
    setOrganisationId(id);
    const zone = list.find((o) => o.id === id)?.timeZone;
    if (zone) setDraft((d) => ({ ...d, timeZone: zone }));
  }
  const validated = validateNewCase(draft, NewCase);
  const errors = validated.errors;
  const input = validated.input && organisationId ? { ...validated.input, organisationId } : validated.input;
  const err = (field: keyof NewCaseDraft) => (showErrors ? (errors[field] ?? null) : null);
  const set = <K extends keyof NewCaseDraft>(key: K, value: NewCaseDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const toggle = <T extends string>(list: T[], value: T): T[] => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    setShowErrors(true);
    if (busy) return;
    if (!input) {
      const firstInvalid = document.querySelector<HTMLElement>('.new-case [aria-invalid="true"], .new-case fieldset.invalid input');
      requestAnimationFrame(() => (document.querySelector<HTMLElement>('.new-case [aria-invalid="true"], .new-case fieldset.invalid input') ?? firstInvalid)?.focus());
      return;
    }
    setBusy(true);
    setHostError(null);
    try {
      const { ref } = await call('cases.create', input);
      onCreated(ref);
    } catch (e) {
      setHostError(errorMessage(e));
      setBusy(false);
    }
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    }
  }

  return (
    <section className="screen screen-scroll" aria-labelledby="new-case-title">
      <header className="screen-head">
        <h1 id="new-case-title">New case</h1>
        <span className="muted">Record a request or complaint that arrived outside the mailbox import.</span>
      </header>
      <form className="new-case form-grid" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
        {orgs.length > 0 && (
          <fieldset className="group org-group">
            <legend>Organisation</legend>
            <Field label="Case for" hint="Its policy promises, holiday calendar, rule overrides and escalation ladder apply to the case">
              <select value={organisationId} onChange={(e) => chooseOrganisation(e.target.value)}>
                <option value="">None</option>
                {orgs.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </Field>
          </fieldset>
        )}

        <fieldset className="group">
          <legend>Requester</legend>
          <div className="row-2">
            <Field label="Requester name" error={err('name')} required>
              <input type="text" autoFocus autoComplete="off" value={draft.name} onChange={(e) => set('name', e.target.value)} />
            </Field>
            <Field label="Requester email" error={err('email')} required>
              <input type="email" autoComplete="off" spellCheck={false} value={draft.email} onChange={(e) => set('email', e.target.value)} />
            </Field>
          </div>
          <Field label="Subject" error={err('subject')}>
            <input type="text" autoComplete="off" value={draft.subject} onChange={(e) => set('subject', e.target.value)} />
          </Field>
        </fieldset>

        <fieldset className={`group checks${err('requestTypes') ? ' invalid' : ''}`} aria-describedby={err('requestTypes') ? 'types-error' : undefined}>
          <legend>
            Request type <span className="required" aria-hidden="true">*</span>
          </legend>
          <div className="check-grid">
            {REQUEST_TYPES.map((t) => (
              <label key={t} className="check">
                <input type="checkbox" checked={draft.requestTypes.includes(t)} onChange={() => set('requestTypes', toggle<RequestType>(draft.requestTypes, t))} />
                {REQUEST_TYPE_LABELS[t]}
              </label>
            ))}
          </div>
          {err('requestTypes') && (
            <div className="field-error" id="types-error">
              {err('requestTypes')}
            </div>
          )}
        </fieldset>

        <fieldset className={`group checks${err('regimes') ? ' invalid' : ''}`} aria-describedby={err('regimes') ? 'regimes-error' : undefined}>
          <legend>
            Regime <span className="required" aria-hidden="true">*</span>
          </legend>
          <div className="check-grid">
            {REGIMES.map((r) => (
              <label key={r} className="check">
                <input type="checkbox" checked={draft.regimes.includes(r)} onChange={() => set('regimes', toggle<Regime>(draft.regimes, r))} />
                {REGIME_LABELS[r]}
              </label>
            ))}
          </div>
          {err('regimes') && (
            <div className="field-error" id="regimes-error">
              {err('regimes')}
            </div>
          )}
          <div className="jurisdiction">
            <Field label="Jurisdiction" error={err('jurisdiction')} hint="Optional: left empty, it follows the first regime">
              <select value={draft.jurisdiction} onChange={(e) => set('jurisdiction', e.target.value as Jurisdiction | '')}>
                <option value="">From the regime</option>
                {JURISDICTIONS.map((j) => (
                  <option key={j} value={j}>
                    {JURISDICTION_LABELS[j]}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        </fieldset>

        <fieldset className="group">
          <legend>Receipt</legend>
          <div className="row-4">
            <Field label="Received on" error={err('date')} required>
              <input type="date" value={draft.date} onChange={(e) => set('date', e.target.value)} />
            </Field>
            <Field label="Time received" error={err('time')}>
              <input type="time" value={draft.time} onChange={(e) => set('time', e.target.value)} />
            </Field>
            <Field label="Time zone" error={err('timeZone')}>
              <select value={draft.timeZone} onChange={(e) => set('timeZone', e.target.value)}>
                {zones.map((z) => (
                  <option key={z} value={z}>
                    {z}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Channel" error={err('channel')}>
              <select value={draft.channel} onChange={(e) => set('channel', e.target.value as Channel)}>
                {CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {CHANNEL_LABELS[c]}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        </fieldset>

        <ErrorAlert error={hostError} />
        <div className="actions form-actions">
          <button type="submit" className="primary" disabled={busy} aria-keyshortcuts="Control+Enter">
            {busy ? 'Opening…' : 'Open case'} <kbd>Ctrl+Enter</kbd>
          </button>
          <button type="button" onClick={onCancel}>
            Cancel <kbd>Esc</kbd>
          </button>
          {showErrors && !input && <span className="field-error">Some fields need attention.</span>}
        </div>
      </form>
    </section>
  );
}
