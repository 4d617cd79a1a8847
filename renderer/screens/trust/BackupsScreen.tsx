// Backups: make one now (into the backups folder, or a file of the DPO's choosing), see the automatic
// daily ones the folder keeps, and how to restore. A backup is as encrypted as the workspace itself.
import { useEffect, useState, type FormEvent } from 'react';
import { CopyPath } from '../../components/evidence/CopyPath';
import { BusyLine } from '../../components/evidence/EvidenceExport';
import { backupTarget, fileName, formatBytes, isAbsolutePath } from '../../components/evidence/paths';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { call } from '../../host/client';
import { formatInstant } from '../../lib/format';
import { backupsChanged, useBackupSchedule } from './backup-schedule';
import { useBackups } from './useBackups';
import './trust.css';

type Made = { path: string; bytes: number; sha256: string; createdAt: string; removed: string[] };

export function BackupsScreen({ onBack, onRetention }: { onBack(): void; onRetention(): void }) {
  const { folder, error: listError } = useBackups();
  const schedule = useBackupSchedule();
  const [where, setWhere] = useState('');
  const [busy, setBusy] = useState(false);
  const [started, setStarted] = useState(0);
  const [elapsed, setElapsed] = useState(0);
  const [made, setMade] = useState<Made | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (folder) setWhere((w) => w || folder.dir);
  }, [folder]);

  useEffect(() => {
    if (!busy) return;
    const t = setInterval(() => setElapsed(Math.round((Date.now() - started) / 1000)), 500);
    return () => clearInterval(t);
  }, [busy, started]);

  const target = folder ? backupTarget(where, folder.dir) : undefined;
  const problem = where.trim() && !isAbsolutePath(where.trim()) ? 'Give the full path of a folder or of a .dpobackup file.' : null;

  async function backUp(e: FormEvent) {
    e.preventDefault();
    if (busy || problem || !folder) return;
    setBusy(true);
    setStarted(Date.now());
    setElapsed(0);
    setError(null);
    setMade(null);
    try {
      setMade(await call('backup.create', target ? { path: target } : {}));
      backupsChanged();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const latest = folder?.items[0];

  return (
    <section className="screen screen-scroll trust-screen" aria-labelledby="backups-title">
      <button type="button" className="link back" onClick={onBack}>
        ← Settings
      </button>
      <header className="screen-head">
        <h1 id="backups-title">Backups</h1>
        <div className="toolbar">
          <button type="button" onClick={onRetention}>
            Retention and deletion →
          </button>
        </div>
      </header>
      <div className="settings">
        <section className="panel settings-panel" aria-labelledby="backup-now-title">
          <h2 id="backup-now-title">Back up now</h2>
          <p className="muted">
            One .dpobackup file: an encrypted snapshot of the whole workspace with its wrapped keys. It opens only with the passphrase or the recovery code, so it is safe
            to copy to an external disk.
          </p>
          <form onSubmit={backUp} noValidate>
            <Field
              label="Save in"
              error={problem}
              hint={
                target
                  ? `Saved as ${fileName(target)}. Backups outside the backups folder are yours to keep; they are not pruned.`
                  : `The backups folder keeps the last ${folder?.keep ?? 10}. Enter another folder, or a path ending in .dpobackup, to save elsewhere.`
              }
            >
              <input type="text" className="mono" value={where} spellCheck={false} onChange={(e) => setWhere(e.target.value)} disabled={busy} />
            </Field>
            <div className="actions trust-actions">
              <button type="submit" className="primary" disabled={busy || !folder || Boolean(problem)}>
                {busy ? 'Backing up…' : 'Back up now'}
              </button>
              {busy && <BusyLine text={`Writing an encrypted snapshot… ${elapsed} s`} />}
            </div>
          </form>
          <ErrorAlert error={error} />
          {made && <BackupMade made={made} />}
        </section>

        <section className="panel settings-panel" aria-labelledby="auto-title">
          <h2 id="auto-title">Automatic backups</h2>
          <p className="muted">
            While DPO Desk is unlocked it makes one backup a day into the backups folder and keeps the last {folder?.keep ?? 10}; older ones are removed.
          </p>
          <dl className="facts facts-1">
            <div className="fact">
              <dt>Last backup</dt>
              <dd>{latest ? <LastBackup at={latest.createdAt} /> : folder ? <span className="text-danger">None yet</span> : <span className="muted">Loading…</span>}</dd>
            </div>
            <div className="fact">
              <dt>Next</dt>
              <dd>
                {schedule.running ? (
                  <span className="muted">Checking now…</span>
                ) : latest ? (
                  <>
                    Due after {formatInstant(new Date(Date.parse(latest.createdAt) + 24 * 3600 * 1000).toISOString())}
                    <span className="muted">, while unlocked</span>
                  </>
                ) : (
                  'Shortly after unlocking'
                )}
              </dd>
            </div>
            <div className="fact">
              <dt>Backups folder</dt>
              <dd>{folder && <CopyPath path={folder.dir} label="Backups folder" />}</dd>
            </div>
            <div className="fact">
              <dt>Restoring</dt>
              <dd>
                Into a new folder, with the passphrase: <code className="mono">dpo restore FILE.dpobackup --data-dir NEW_FOLDER</code>
              </dd>
            </div>
          </dl>
          {schedule.lastError && <ErrorAlert error={`The automatic backup failed: ${schedule.lastError}`} />}
        </section>

        <section className="panel settings-panel" aria-labelledby="list-title">
          <h2 id="list-title">
            In the backups folder <span className="count">{folder ? `(${folder.items.length} of ${folder.keep} kept)` : ''}</span>
          </h2>
          <ErrorAlert error={listError} />
          {folder && folder.items.length === 0 ? (
            <p className="muted empty-inline">No backup in the folder yet.</p>
          ) : (
            <table className="data-table trust-table" aria-label="Backups">
              <thead>
                <tr>
                  <th scope="col">Made</th>
                  <th scope="col" className="num-col">
                    Size
                  </th>
                  <th scope="col">File</th>
                </tr>
              </thead>
              <tbody>
                {folder?.items.map((b) => (
                  <tr key={b.path} className={made?.path === b.path ? 'fresh' : undefined}>
                    <td className="num">{formatInstant(b.createdAt)}</td>
                    <td className="num num-col">{formatBytes(b.bytes)}</td>
                    <td className="path-cell">
                      <CopyPath path={b.path} label={`Path of the backup made ${formatInstant(b.createdAt)}`} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </section>
  );
}

function BackupMade({ made }: { made: Made }) {
  return (
    <div className="trust-result" role="status" aria-label="Backup made">
      <p className="notice notice-ok trust-done">Backup made at {formatInstant(made.createdAt)}.</p>
      <dl className="facts facts-1 trust-facts">
        <div className="fact">
          <dt>File</dt>
          <dd>
            <CopyPath path={made.path} label="Backup path" />
          </dd>
        </div>
        <div className="fact">
          <dt>Size</dt>
          <dd className="num">{formatBytes(made.bytes)}</dd>
        </div>
        <div className="fact">
          <dt>SHA-256</dt>
          <dd className="mono hash">{made.sha256}</dd>
        </div>
        {made.removed.length > 0 && (
          <div className="fact">
            <dt>Removed</dt>
            <dd>
              {made.removed.length} older {made.removed.length === 1 ? 'backup' : 'backups'}, beyond the number kept
            </dd>
          </div>
        )}
      </dl>
    </div>
  );
}

/** "12 Mar 2026, 14:05 (3 hours ago)". */
export function LastBackup({ at }: { at: string }) {
  const hours = (Date.now() - Date.parse(at)) / 3_600_000;
  const ago = hours < 1 ? 'less than an hour ago' : hours < 48 ? `${Math.floor(hours)} ${Math.floor(hours) === 1 ? 'hour' : 'hours'} ago` : `${Math.floor(hours / 24)} days ago`;
  return (
    <span className={hours > 48 ? 'text-danger' : undefined}>
      {formatInstant(at)} <span className="muted">({ago})</span>
    </span>
  );
}
