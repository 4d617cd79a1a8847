// What the DPO can do with the ticked cases at once: change their status, assign them to an
// organisation, export them as CSV. The host's answer (changed, skipped with reasons) is shown.
import { useEffect, useState } from 'react';
import type { CaseSummary } from '../../shared/contract/cases';
import { CASE_STATUSES, type CaseStatus } from '../../shared/domain/ids';
import { ErrorAlert, errorMessage } from '../components/ErrorAlert';
import { call } from '../host/client';
import { STATUS_LABELS } from '../lib/labels';
import { casesCsv, downloadCsv } from './cases-csv';

type OpenStatus = Exclude<CaseStatus, 'closed'>;
const SETTABLE = CASE_STATUSES.filter((s): s is OpenStatus => s !== 'closed');

interface Outcome { action: string; changed: string[]; skipped: Array<{ ref: string; reason: string }> }

interface Props {
  checked: ReadonlyMap<string, CaseSummary>;
  onClear(): void;
  /** After a change, so the list shows it. */
  onChanged(): void;
}

export function BulkBar({ checked, onClear, onChanged }: Props) {
  const [status, setStatus] = useState<OpenStatus>('waiting-requester');
  const [orgs, setOrgs] = useState<Array<{ id: string; name: string }>>([]);
  const [org, setOrg] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('organisations.list', {})
      .then((list) => {
        setOrgs(list.map((o) => ({ id: o.id, name: o.name })));
        setOrg((current) => current || list[0]?.id || '');
      })
      .catch((err) => setError(errorMessage(err)));
  }, []);

  const refs = [...checked.keys()];
  async function run(action: string, work: () => Promise<Omit<Outcome, 'action'>>) {
    setBusy(true);
    setError(null);
    try {
      setOutcome({ action, ...(await work()) });
      onChanged();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }
  const orgName = orgs.find((o) => o.id === org)?.name ?? org;

  return (
    <>
      {checked.size > 0 && (
        <div className="bulk-bar" role="toolbar" aria-label="Bulk actions">
          <span className="bulk-count" aria-live="polite">
            {checked.size.toLocaleString('en')} selected
          </span>
          <label className="inline-label">
            Change status
            <select value={status} onChange={(e) => setStatus(e.target.value as OpenStatus)}>
              {SETTABLE.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={busy} onClick={() => run(`Status set to ${STATUS_LABELS[status]}`, () => call('cases.bulkSetStatus', { refs, status }))}>
            Apply
          </button>
          <label className="inline-label">
            Assign to organisation
            <select value={org} onChange={(e) => setOrg(e.target.value)} disabled={orgs.length === 0}>
              {orgs.length === 0 && <option value="">No organisations yet</option>}
              {orgs.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={busy || !org} onClick={() => run(`Assigned to ${orgName}`, () => call('cases.bulkAssign', { refs, organisationId: org }))}>
            Assign
          </button>
          <button type="button" onClick={() => downloadCsv(casesCsv([...checked.values()]), `cases-${new Date().toISOString().slice(0, 10)}.csv`)}>
            Export CSV
          </button>
          <button type="button" onClick={onClear}>
            Clear
          </button>
        </div>
      )}
      <ErrorAlert error={error} />
      {outcome && <BulkOutcome outcome={outcome} onDismiss={() => setOutcome(null)} />}
    </>
  );
}

function BulkOutcome({ outcome, onDismiss }: { outcome: Outcome; onDismiss(): void }) {
  const { action, changed, skipped } = outcome;
  return (
    <div className="notice bulk-result" role="status">
      {action}: {changed.length} {changed.length === 1 ? 'case' : 'cases'} changed
      {skipped.length > 0 && `, ${skipped.length} skipped`}.{' '}
      <button type="button" className="link" onClick={onDismiss}>
        Dismiss
      </button>
      {skipped.length > 0 && (
        <ul aria-label="Skipped cases">
          {skipped.slice(0, 20).map((s) => (
            <li key={s.ref}>
              <span className="mono">{s.ref}</span>: {s.reason}
            </li>
          ))}
          {skipped.length > 20 && <li>and {skipped.length - 20} more</li>}
        </ul>
      )}
    </div>
  );
}
