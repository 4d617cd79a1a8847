// Retention: the closed cases whose retention period has run out on a chosen day, picked and deleted
// after a plain confirmation; the deletion certificate's path is shown once it is written.
import { useEffect, useMemo, useState } from 'react';
import type { DueCase, PurgeResult } from '../../../shared/contract/trust';
import { DEFAULT_RETENTION_MONTHS } from '../../../shared/organisations/profile';
import { CopyPath } from '../../components/evidence/CopyPath';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { call } from '../../host/client';
import { formatCivilDate, todayLocal } from '../../lib/format';
import { PurgeDialog } from './PurgeDialog';
import { useBackups } from './useBackups';
import './trust.css';

const IS_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Rows drawn at a time: years of closed cases can fall due at once, and selecting works on all of them. */
const PAGE = 200;

export function RetentionScreen({ onBack, onBackups, onOpen }: { onBack(): void; onBackups(): void; onOpen(ref: string): void }) {
  const [asOf, setAsOf] = useState(todayLocal());
  const [due, setDue] = useState<{ asOf: string; defaultMonths: number; cases: DueCase[] } | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<PurgeResult | null>(null);
  const [reloads, setReloads] = useState(0);
  const [orgNames, setOrgNames] = useState<Record<string, string>>({});
  const [shown, setShown] = useState(PAGE);
  const { folder } = useBackups();

  useEffect(() => {
    call('organisations.list', {})
      .then((list) => setOrgNames(Object.fromEntries(list.map((o) => [o.id, o.name]))))
      .catch(() => setOrgNames({}));
  }, []);

  useEffect(() => {
    if (!IS_DATE.test(asOf)) return;
    let live = true;
    setLoading(true);
    setError(null);
    call('retention.preview', { asOf })
      .then((d) => {
        if (!live) return;
        setDue(d);
        setShown(PAGE);
        // Keep only what is still due on the new day.
        setSelected((s) => new Set(d.cases.filter((c) => s.has(c.ref)).map((c) => c.ref)));
      })
      .catch((e) => live && setError(errorMessage(e)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [asOf, reloads]);

  const cases = due?.cases ?? [];
  const chosen = useMemo(() => cases.filter((c) => selected.has(c.ref)), [cases, selected]);
  const allChosen = cases.length > 0 && chosen.length === cases.length;

  function toggle(ref: string) {
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(ref)) next.delete(ref);
      else next.add(ref);
      return next;
    });
  }

  return (
    <section className="screen screen-scroll trust-screen" aria-labelledby="retention-title">
      <button type="button" className="link back" onClick={onBack}>
        ← Settings
      </button>
      <header className="screen-head">
        <h1 id="retention-title">Retention</h1>
        <div className="toolbar">
          <button type="button" onClick={onBackups}>
            Backups →
          </button>
        </div>
      </header>
      <p className="muted trust-lead">
        A closed case is kept for its organisation's retention period (Settings → Organisations), or {due?.defaultMonths ?? DEFAULT_RETENTION_MONTHS} months when it has none. After that its
        content is deleted; an anonymised stub and the audit trail stay.
      </p>

      {result && <PurgeDone result={result} onDismiss={() => setResult(null)} onOpen={onOpen} />}

      <div className="retention-bar">
        <Field label="Due for deletion as of" className="field-date" error={IS_DATE.test(asOf) ? null : 'Choose a date.'}>
          <input type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        </Field>
        <span className="count retention-count" aria-live="polite">
          {loading ? 'Looking…' : due ? `${cases.length} ${cases.length === 1 ? 'case' : 'cases'} due on ${formatCivilDate(due.asOf)}` : ''}
        </span>
        <button type="button" className={`retention-delete${chosen.length ? ' primary danger' : ''}`} disabled={chosen.length === 0} onClick={() => setConfirming(true)}>
          Delete selected ({chosen.length})…
        </button>
      </div>
      <ErrorAlert error={error} />

      {due && cases.length === 0 ? (
        <p className="empty panel">Nothing is due for deletion on {formatCivilDate(due.asOf)}.</p>
      ) : (
        <div className="table-scroll retention-scroll">
          <table className="data-table trust-table retention-table" aria-label="Cases due for deletion" aria-busy={loading}>
            <thead>
              <tr>
                <th scope="col" className="check-col">
                  <input
                    type="checkbox"
                    aria-label={`Select all ${cases.length} cases due`}
                    checked={allChosen}
                    ref={(el) => {
                      if (el) el.indeterminate = chosen.length > 0 && !allChosen;
                    }}
                    onChange={() => setSelected(allChosen ? new Set() : new Set(cases.map((c) => c.ref)))}
                  />
                </th>
                <th scope="col">Case</th>
                <th scope="col">Closed</th>
                <th scope="col">Delete after</th>
                <th scope="col">Organisation</th>
                <th scope="col">Retention</th>
              </tr>
            </thead>
            <tbody>
              {cases.slice(0, shown).map((c) => (
                <tr key={c.ref} className={selected.has(c.ref) ? 'selected' : undefined}>
                  <td className="check-col">
                    <input type="checkbox" aria-label={`Select ${c.ref}`} checked={selected.has(c.ref)} onChange={() => toggle(c.ref)} />
                  </td>
                  <td>
                    <button type="button" className="link mono ref" onClick={() => onOpen(c.ref)}>
                      {c.ref}
                    </button>
                  </td>
                  <td className="num">{formatCivilDate(c.closedAt)}</td>
                  <td className="num">{formatCivilDate(c.deleteAfter)}</td>
                  <td>{c.organisationId ? (orgNames[c.organisationId] ?? c.organisationId) : <span className="muted">none</span>}</td>
                  <td>
                    {c.retentionMonths} months {c.defaultRetention && <span className="badge badge-default" title="The case has no organisation with its own period">default</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {cases.length > shown && (
            <div className="retention-more">
              <span className="muted">
                Showing {shown} of {cases.length}. The box in the header selects all {cases.length}.
              </span>
              <button type="button" className="small" onClick={() => setShown((n) => n + PAGE * 5)}>
                Show {Math.min(PAGE * 5, cases.length - shown)} more
              </button>
            </div>
          )}
        </div>
      )}

      {confirming && due && (
        <PurgeDialog
          asOf={due.asOf}
          cases={chosen}
          keepBackups={folder?.keep ?? null}
          onClose={() => setConfirming(false)}
          onDone={(r) => {
            setConfirming(false);
            setResult(r);
            setSelected(new Set());
            setReloads((n) => n + 1);
          }}
        />
      )}
    </section>
  );
}

function PurgeDone({ result, onDismiss, onOpen }: { result: PurgeResult; onDismiss(): void; onOpen(ref: string): void }) {
  return (
    <div className="action-result purge-done" role="status" aria-label="Deletion done">
      <div className="action-result-head">
        <strong>
          Content of {result.purged} {result.purged === 1 ? 'case' : 'cases'} deleted
        </strong>
        <span className="purge-done-refs">
          {result.cases.map((c) => (
            <button key={c.ref} type="button" className="link mono small" onClick={() => onOpen(c.ref)}>
              {c.ref}
            </button>
          ))}
        </span>
        <button type="button" className="link action-result-x" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
      {result.certificate && (
        <div className="purge-certificate">
          <span className="purge-certificate-label">Deletion certificate</span>
          <CopyPath path={result.certificate} label="Deletion certificate path" />
        </div>
      )}
    </div>
  );
}
