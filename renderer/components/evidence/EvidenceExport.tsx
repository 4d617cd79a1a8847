// "Export evidence" on the case page: the case's bundle written to a .zip the DPO names, then checked
// the way a regulator would check it (every file against the manifest, the audit events' hash links).
import { useEffect, useState } from 'react';
import type { BundleCheck } from '../../../shared/contract/trust';
import { call } from '../../host/client';
import { ErrorAlert, errorMessage } from '../ErrorAlert';
import { Field } from '../Field';
import { CopyPath } from './CopyPath';
import { Modal } from '../Modal';
import './evidence.css';
import { defaultBundlePath, formatBytes, isAbsolutePath } from './paths';

export function EvidenceExportButton({ caseRef }: { caseRef: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="evidence-button" onClick={() => setOpen(true)}>
        Export evidence
      </button>
      {open && <EvidenceDialog caseRef={caseRef} onClose={() => setOpen(false)} />}
    </>
  );
}

type Exported = { path: string; files: number; bytes: number; manifestSha256: string };

export function EvidenceDialog({ caseRef, onClose }: { caseRef: string; onClose(): void }) {
  const [out, setOut] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState<'export' | 'verify' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exported, setExported] = useState<Exported | null>(null);
  const [check, setCheck] = useState<BundleCheck | null>(null);

  useEffect(() => {
    let live = true;
    call('backup.list', {})
      .then((l) => live && setOut((current) => current || defaultBundlePath(l.dir, caseRef)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [caseRef]);

  const path = out.trim();
  const problem = !path ? 'Enter where to save the bundle.' : !isAbsolutePath(path) ? 'Give the full path, starting from the top folder (for example /home/…).' : !path.toLowerCase().endsWith('.zip') ? 'The bundle is a .zip file: end the name with .zip.' : null;

  async function exportBundle() {
    setTouched(true);
    if (problem || busy) return;
    setBusy('export');
    setError(null);
    try {
      setExported(await call('evidence.export', { ref: caseRef, out: path }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }

  async function verify() {
    if (!exported || busy) return;
    setBusy('verify');
    setError(null);
    setCheck(null);
    try {
      setCheck(await call('evidence.verify', { path: exported.path }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }

  const footer = exported ? (
    <>
      <button type="button" onClick={onClose} disabled={Boolean(busy)}>
        Close
      </button>
      <button type="button" className="primary" onClick={() => void verify()} disabled={Boolean(busy)}>
        {busy === 'verify' ? 'Verifying…' : check ? 'Verify again' : 'Verify'}
      </button>
    </>
  ) : (
    <>
      <button type="button" onClick={onClose} disabled={Boolean(busy)}>
        Cancel <kbd>Esc</kbd>
      </button>
      <button type="submit" form="evidence-form" className="primary" disabled={Boolean(busy)}>
        {busy === 'export' ? 'Exporting…' : 'Export'}
      </button>
    </>
  );

  return (
    <Modal
      className="trust-modal"
      title={`Export evidence for ${caseRef}`}
      busy={Boolean(busy)}
      onClose={onClose}
      footer={footer}
      lead="One .zip for a regulator or a court: the messages as received, the letters as sent, how each deadline was computed, and the case's audit events with the hash links that tie them to the whole log. manifest.json lists every file with its SHA-256."
    >
      {!exported ? (
        <form
          id="evidence-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void exportBundle();
          }}
        >
          <Field label="Save the bundle as" required error={touched ? problem : null} hint="A new .zip file on this computer; an existing file is never overwritten.">
            <input type="text" className="mono" value={out} spellCheck={false} onChange={(e) => setOut(e.target.value)} />
          </Field>
          {busy === 'export' && <BusyLine text="Collecting the messages, letters, deadline traces and audit proof…" />}
        </form>
      ) : (
        <>
          <p className="notice notice-ok trust-done" role="status">
            Evidence bundle written: {exported.files} files, {formatBytes(exported.bytes)}.
          </p>
          <dl className="facts facts-1 trust-facts">
            <div className="fact">
              <dt>File</dt>
              <dd>
                <CopyPath path={exported.path} label="Evidence bundle path" />
              </dd>
            </div>
            <div className="fact">
              <dt>Manifest SHA-256</dt>
              <dd className="mono hash">{exported.manifestSha256}</dd>
            </div>
          </dl>
          {busy === 'verify' && <BusyLine text="Checking every file against the manifest and the audit hash links…" />}
          {check && <CheckResult check={check} />}
        </>
      )}
      <ErrorAlert error={error} />
    </Modal>
  );
}

export function CheckResult({ check }: { check: BundleCheck }) {
  if (check.ok)
    return (
      <div className="verify-result verify-ok" role="status" aria-label="Verification">
        <strong>✓ Verified.</strong> All {check.files} files match the manifest, and the {check.auditEvents} audit {check.auditEvents === 1 ? 'event links' : 'events link'} up to the log's head
        {check.ref ? ` (${check.ref})` : ''}.
      </div>
    );
  return (
    <div className="verify-result verify-bad" role="status" aria-label="Verification">
      <strong>✗ The bundle does not verify.</strong>
      <ul>
        {check.problems.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
    </div>
  );
}

export function BusyLine({ text }: { text: string }) {
  return (
    <div className="busy-line" role="status">
      <progress aria-label={text} />
      <span className="muted">{text}</span>
    </div>
  );
}
