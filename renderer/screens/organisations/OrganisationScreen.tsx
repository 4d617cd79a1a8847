// One organisation's profile: who it is, its promises with the policy's words, and the deadline rules
// with its overrides. Saving sends the whole profile; the host audits which parts changed.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { OrganisationProfile } from '../../../shared/organisations/profile';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert';
import { call } from '../../host/client';
import { ErasureExceptions, PolicyHeader } from './PolicyQuotes';
import { ProfileFields } from './ProfileFields';
import { overridesFromTexts, overrideTexts, parseLanguages, profileErrors } from './profile-form';
import { Promises } from './Promises';
import { RulesTable } from './RulesTable';
import './organisations.css';

export function OrganisationScreen({ id, onBack }: { id: string; onBack(): void }) {
  const [saved, setSaved] = useState<OrganisationProfile | null>(null);
  const [draft, setDraft] = useState<OrganisationProfile | null>(null);
  const [languages, setLanguages] = useState('');
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [loadError, setLoadError] = useState<string | null>(null);
  const [hostError, setHostError] = useState<string | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  function adopt(profile: OrganisationProfile) {
    setSaved(profile);
    setDraft(structuredClone(profile));
    setLanguages(profile.languages.join(', '));
    setTexts(overrideTexts(profile.rulesOverrides));
  }

  useEffect(() => {
    call('organisations.get', { id })
      .then((p) => {
        adopt(p);
        requestAnimationFrame(() => heading.current?.focus({ preventScroll: true }));
      })
      .catch((e) => setLoadError(errorMessage(e)));
  }, [id]);

  const back = (
    <button type="button" className="link back" onClick={onBack}>
      ← Settings
    </button>
  );
  if (loadError)
    return (
      <section className="screen">
        {back}
        <ErrorAlert error={loadError} />
      </section>
    );
  if (!draft || !saved)
    return (
      <section className="screen" aria-busy="true">
        {back}
        <p className="muted">Opening {id}…</p>
      </section>
    );

  const rules = overridesFromTexts(texts);
  const candidate: OrganisationProfile = { ...draft, languages: parseLanguages(languages), rulesOverrides: rules.overrides };
  const fieldErrors = profileErrors(candidate);
  const invalid = Object.keys(fieldErrors).length > 0 || Object.keys(rules.errors).length > 0;
  const dirty = JSON.stringify(candidate) !== JSON.stringify(saved);
  const shownErrors = showErrors ? fieldErrors : {};
  const known = new Set(['name', 'legalName', 'country', 'timeZone', 'regimes', 'contact.email', 'dpo.name', 'dpo.email', 'retention.closedCaseMonths', 'languages', 'ladderId']);
  const otherErrors = Object.entries(shownErrors).filter(([k]) => !known.has(k) && !/^promises\.\d+\.days$/.test(k));

  async function save() {
    setShowErrors(true);
    setNotice(null);
    if (busy) return;
    if (invalid) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.org-editor [aria-invalid="true"]')?.focus());
      return;
    }
    setBusy(true);
    setHostError(null);
    try {
      await call('organisations.save', { profile: candidate });
      adopt(await call('organisations.get', { id }));
      setShowErrors(false);
      setNotice(`Saved. ${Object.keys(rules.overrides).length} rule ${Object.keys(rules.overrides).length === 1 ? 'override' : 'overrides'} in force; the change is in the audit log.`);
    } catch (e) {
      setHostError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  function onKeyDown(e: KeyboardEvent) {
    if ((e.key === 'Enter' || e.key.toLowerCase() === 's') && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    }
  }

  const update = (fn: (p: OrganisationProfile) => OrganisationProfile) => {
    setNotice(null);
    setDraft((p) => (p ? fn(p) : p));
  };

  return (
    <section className="screen screen-scroll org-editor" aria-labelledby="org-title" onKeyDown={onKeyDown}>
      {back}
      <header className="screen-head">
        <h1 id="org-title" ref={heading} tabIndex={-1}>
          {saved.name}
        </h1>
        <span className="muted mono">{saved.id}</span>
        <PolicyHeader profile={saved} />
      </header>

      <div className="org-grid">
        <div className="org-col">
          <ProfileFields draft={draft} languages={languages} errors={shownErrors} onChange={update} onLanguages={(t) => { setNotice(null); setLanguages(t); }} />
        </div>
        <div className="org-col">
          <section className="panel" aria-labelledby="promises-title">
            <h2 id="promises-title">Promises in the policy</h2>
            <Promises draft={draft} errors={shownErrors} onDays={(i, days) => update((p) => ({ ...p, promises: p.promises.map((x, j) => (j === i ? { ...x, days } : x)) }))} />
          </section>
          <section className="panel" aria-labelledby="erasure-title">
            <h2 id="erasure-title">Erasure exceptions in the policy</h2>
            <ErasureExceptions profile={saved} />
          </section>
        </div>
      </div>

      <section className="panel rules-panel" aria-labelledby="rules-title">
        <h2 id="rules-title">Deadline rules</h2>
        <p className="muted small">
          Every figure the deadline engine uses. An override applies to this organisation's cases, is written in each deadline's trace and is kept in the audit log. Leave a box empty for the default.
        </p>
        <RulesTable saved={saved.rulesOverrides} texts={texts} errors={rules.errors} regimes={draft.regimes} onText={(rid, t) => { setNotice(null); setTexts((m) => ({ ...m, [rid]: t })); }} />
      </section>

      <footer className="org-save-bar">
        {otherErrors.length > 0 && (
          <ul className="field-error other-errors">
            {otherErrors.map(([k, m]) => (
              <li key={k}>
                <span className="mono">{k}</span>: {m}
              </li>
            ))}
          </ul>
        )}
        <ErrorAlert error={hostError} />
        <div className="actions">
          <button type="button" className="primary" disabled={busy} onClick={() => void save()} aria-keyshortcuts="Control+Enter">
            {busy ? 'Saving…' : 'Save profile'} <kbd>Ctrl+Enter</kbd>
          </button>
          <button type="button" onClick={onBack}>
            Back to Settings
          </button>
          {dirty && !notice && <span className="muted small">Unsaved changes</span>}
          {showErrors && invalid && <span className="field-error">Some fields need attention.</span>}
          {notice && (
            <span className="notice-ok" role="status">
              {notice}
            </span>
          )}
        </div>
      </footer>
    </section>
  );
}
