// Settings → Backups & retention: when the last backup was made, a way to make one, and the doors
// to the Backups and Retention screens.
import { useState } from 'react';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert';
import { BusyLine } from '../../components/evidence/EvidenceExport';
import { call } from '../../host/client';
import { backupsChanged, useBackupSchedule } from './backup-schedule';
import { LastBackup } from './BackupsScreen';
import { useBackups } from './useBackups';
import './trust.css';

export function TrustSettingsPanel({ onBackups, onRetention }: { onBackups(): void; onRetention(): void }) {
  const { folder, error: listError } = useBackups();
  const schedule = useBackupSchedule();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = folder?.items[0];

  async function backUpNow() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await call('backup.create', {});
      backupsChanged();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel settings-panel" aria-labelledby="trust-title">
      <h2 id="trust-title">Backups &amp; retention</h2>
      <p className="muted">
        An encrypted backup is made every day while the workspace is unlocked; the last {folder?.keep ?? 10} are kept. Closed cases are deleted at the end of their
        retention period, leaving an anonymised stub and the audit trail.
      </p>
      <dl className="facts facts-1">
        <div className="fact">
          <dt>Last backup</dt>
          <dd className="backup-summary">
            {latest ? <LastBackup at={latest.createdAt} /> : folder ? <span className="text-danger">None yet</span> : <span className="muted">Loading…</span>}
            {schedule.running && <span className="muted">· automatic backup running…</span>}
          </dd>
        </div>
      </dl>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void backUpNow()} disabled={busy}>
          {busy ? 'Backing up…' : 'Back up now'}
        </button>
        <button type="button" onClick={onBackups}>
          Backups…
        </button>
        <button type="button" onClick={onRetention}>
          Retention and deletion…
        </button>
        {busy && <BusyLine text="Writing an encrypted snapshot…" />}
      </div>
      <ErrorAlert error={error ?? listError ?? (schedule.lastError ? `The automatic backup failed: ${schedule.lastError}` : null)} />
    </section>
  );
}
