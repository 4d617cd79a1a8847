// Connecting the privacy mailbox over IMAP and fetching new mail into the queue. The password is
// sent once and kept encrypted in the workspace; it is never shown again.
import { useEffect, useState, type FormEvent } from 'react';
import type { ImapSettingsView } from '../../../shared/contract/triage';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert';
import { call } from '../../host/client';

export function MailboxPanel({ onSynced }: { onSynced(): void }) {
  const [view, setView] = useState<ImapSettingsView | null>(null);
  const [form, setForm] = useState({ host: '', port: '993', secure: true, user: '', password: '', folders: 'INBOX' });
  const [folders, setFolders] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call('mail.imapSettings.get', {}).then((v) => {
      setView(v);
      if (v.configured) setForm((f) => ({ ...f, host: v.host, port: String(v.port), secure: v.secure, user: v.user, folders: v.folders.join(', ') }));
    }, (err) => setError(errorMessage(err)));
  }, []);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const v = await call('mail.imapSettings.save', {
        host: form.host, port: Number(form.port), secure: form.secure, user: form.user,
        ...(form.password ? { password: form.password } : {}),
        folders: form.folders.split(',').map((f) => f.trim()).filter(Boolean),
      });
      setView(v);
      setForm((f) => ({ ...f, password: '' }));
      setStatus('Saved. The password is kept encrypted in this workspace.');
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const listFolders = async () => {
    setError(null);
    try {
      setFolders((await call('mail.imapFolders', {})).map((f) => f.path));
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const sync = async () => {
    setError(null);
    setBusy(true);
    try {
      let job = await call('mail.imapSync', {});
      while (job.state === 'running') {
        setStatus(job.detail);
        await new Promise((r) => setTimeout(r, 400));
        job = await call('jobs.get', { id: job.id });
      }
      if (job.state === 'done') {
        const r = job.result as { imported: number; duplicates: number };
        setStatus(`Fetched ${r.imported} new ${r.imported === 1 ? 'message' : 'messages'}${r.duplicates ? ` (${r.duplicates} already here)` : ''}.`);
      } else setError(job.error?.message ?? 'The sync stopped.');
      onSynced();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="mailbox-panel">
      <summary>
        Privacy mailbox (IMAP){view?.configured ? ` · ${view.user} on ${view.host}` : ' · not connected'}
        {view?.lastSyncAt && <span className="muted small"> · last fetched {new Date(view.lastSyncAt).toLocaleString()}</span>}
      </summary>
      <form className="inline-form action-form" onSubmit={(e) => void save(e)} aria-label="Privacy mailbox connection">
        <label>Server <input value={form.host} onChange={(e) => setForm({ ...form, host: e.target.value })} placeholder="imap.example.org" required /></label>
        <label>Port <input className="input-short" value={form.port} onChange={(e) => setForm({ ...form, port: e.target.value })} inputMode="numeric" /></label>
        <label><input type="checkbox" checked={form.secure} onChange={(e) => setForm({ ...form, secure: e.target.checked })} /> TLS from the start (else STARTTLS)</label>
        <label>User <input value={form.user} onChange={(e) => setForm({ ...form, user: e.target.value })} autoComplete="off" required /></label>
        <label>Password <input type="password" value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} placeholder={view?.hasPassword ? 'saved (leave empty to keep)' : ''} autoComplete="new-password" /></label>
        <label>Folders <input value={form.folders} onChange={(e) => setForm({ ...form, folders: e.target.value })} title="Comma-separated folder paths" /></label>
        <button type="submit">Save connection</button>
        <button type="button" disabled={!view?.configured} onClick={() => void listFolders()}>List folders</button>
        <button type="button" className="primary" disabled={!view?.configured || busy} onClick={() => void sync()}>Fetch new mail</button>
      </form>
      {folders && <p className="small">Folders on the server: {folders.join(', ')}</p>}
      {status && <p className="small" role="status">{status}</p>}
      {view?.lastError && !error && <p className="small text-danger">Last fetch failed: {view.lastError}</p>}
      <ErrorAlert error={error} />
    </details>
  );
}
