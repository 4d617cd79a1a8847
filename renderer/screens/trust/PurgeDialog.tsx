// The last word before the retention purge: which cases, what is destroyed, what stays, and where the
// deletion certificate goes. Nothing happens until the DPO ticks that they understand.
import { useState } from 'react';
import type { DueCase, PurgeResult } from '../../../shared/contract/trust';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert';
import { BusyLine } from '../../components/evidence/EvidenceExport';
import { Modal } from '../../components/Modal';
import '../../components/evidence/evidence.css';
import { isAbsolutePath } from '../../components/evidence/paths';
import { Field } from '../../components/Field';
import { call } from '../../host/client';
import { formatCivilDate } from '../../lib/format';

const SHOWN_REFS = 12;

interface Props {
  asOf: string;
  cases: DueCase[];
  keepBackups: number | null;
  onDone(result: PurgeResult): void;
  onClose(): void;
}

export function PurgeDialog({ asOf, cases, keepBackups, onDone, onClose }: Props) {
  const [certificate, setCertificate] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const n = cases.length;
  const noun = n === 1 ? 'case' : 'cases';
  const path = certificate.trim();
  const pathProblem = path && !isAbsolutePath(path) ? 'Give the full path of the PDF.' : path && !path.toLowerCase().endsWith('.pdf') ? 'The certificate is a PDF: end the name with .pdf.' : null;

  async function purge() {
    if (busy || !understood || pathProblem) return;
    setBusy(true);
    setError(null);
    try {
      onDone(await call('retention.purge', { asOf, refs: cases.map((c) => c.ref), ...(path ? { certificatePath: path } : {}) }));
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <Modal
      title={`Delete the content of ${n} ${noun}`}
      busy={busy}
      className="trust-modal trust-modal-wide"
      onClose={onClose}
      lead={`Their retention period ended on or before ${formatCivilDate(asOf)}.`}
      footer={
        <>
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel <kbd>Esc</kbd>
          </button>
          <button type="button" className="primary danger" onClick={() => void purge()} disabled={busy || !understood || Boolean(pathProblem)}>
            {busy ? 'Deleting…' : `Delete ${n} ${noun}`}
          </button>
        </>
      }
    >
      <p className="purge-refs">
        {cases.slice(0, SHOWN_REFS).map((c) => (
          <span key={c.ref} className="tag mono">
            {c.ref}
          </span>
        ))}
        {n > SHOWN_REFS && <span className="muted"> and {n - SHOWN_REFS} more</span>}
      </p>
      <div className="purge-columns">
        <section className="purge-destroyed" aria-labelledby="purge-gone">
          <h3 id="purge-gone">Destroyed for good</h3>
          <ul>
            <li>the e-mails as received, and their attachments</li>
            <li>letters, their drafts and the copies sent</li>
            <li>notes and call logs</li>
            <li>the requester's name and e-mail address, and the subject</li>
            <li>contacts and notes on escalation steps, details of recorded events</li>
          </ul>
        </section>
        <section className="purge-kept" aria-labelledby="purge-kept">
          <h3 id="purge-kept">Stays</h3>
          <ul>
            <li>an anonymised stub of each case: reference, dates, request types, regimes, deadlines and outcome</li>
            <li>the audit events, and a new one recording this deletion</li>
            <li>a deletion certificate (PDF) listing the cases</li>
          </ul>
        </section>
      </div>
      <p className="muted small purge-backups">
        Backups made before now still hold this content until they are removed{keepBackups ? ` (the backups folder keeps the last ${keepBackups})` : ''}.
      </p>
      <Field label="Save the certificate as" error={pathProblem} hint="Optional. Left empty, it is saved beside the workspace folder and its path is shown afterwards.">
        <input type="text" className="mono" value={certificate} spellCheck={false} placeholder="…/dpo-deletion-certificate.pdf" onChange={(e) => setCertificate(e.target.value)} disabled={busy} />
      </Field>
      <label className="check purge-confirm">
        <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} disabled={busy} data-autofocus />
        I understand the content of {n === 1 ? 'this case' : `these ${n} cases`} cannot be brought back from the workspace.
      </label>
      {busy && <BusyLine text="Deleting, reclaiming the freed space and writing the certificate…" />}
      <ErrorAlert error={error} />
    </Modal>
  );
}
