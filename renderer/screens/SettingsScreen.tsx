// Settings: the passphrase, the idle lock, and what this workspace is.
import { useState, type FormEvent } from 'react';
import { ErrorAlert, errorMessage } from '../components/ErrorAlert';
import { Field } from '../components/Field';
import { PassphraseFields, newPassphraseProblem, type NewPassphrase } from '../components/PassphraseFields';
import { call } from '../host/client';
import { useSession } from '../session/SessionContext';
import { AboutWorkspace } from './AboutWorkspace';
import { OrganisationsPanel } from './organisations/OrganisationsPanel';
import { TrustSettingsPanel } from './trust/TrustSettingsPanel';

export function SettingsScreen({ onOpenOrganisation, onOpenTrust }: { onOpenOrganisation(id: string): void; onOpenTrust?(screen: 'backups' | 'retention'): void }) {
  return (
    <section className="screen screen-scroll" aria-labelledby="settings-title">
      <header className="screen-head">
        <h1 id="settings-title">Settings</h1>
      </header>
      <div className="settings">
        <OrganisationsPanel onOpen={onOpenOrganisation} />
        {onOpenTrust && <TrustSettingsPanel onBackups={() => onOpenTrust('backups')} onRetention={() => onOpenTrust('retention')} />}
        <ChangePassphrase />
        <IdleLock />
        <AboutWorkspace />
      </div>
    </section>
  );
}

function ChangePassphrase() {
  const [current, setCurrent] = useState('');
  const [pair, setPair] = useState<NewPassphrase>({ first: '', second: '' });
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setShowErrors(true);
    setDone(false);
    if (busy || !current || newPassphraseProblem(pair)) return;
    setBusy(true);
    setError(null);
    try {
      await call('workspace.changePassphrase', { current, next: pair.first });
      setCurrent('');
      setPair({ first: '', second: '' });
      setShowErrors(false);
      setDone(true);
    } catch (err) {
      setError(errorMessage(err));
      setCurrent('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel settings-panel" aria-labelledby="pp-title">
      <h2 id="pp-title">Change passphrase</h2>
      <p className="muted">The data stays as it is; only the key that unlocks it is wrapped again. The recovery code keeps working.</p>
      <form onSubmit={submit} noValidate className="narrow">
        <Field label="Current passphrase" error={showErrors && !current ? 'Enter the current passphrase.' : null} required>
          <input type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
        </Field>
        <PassphraseFields value={pair} onChange={setPair} showErrors={showErrors} />
        <ErrorAlert error={error} />
        {done && (
          <p className="notice notice-ok" role="status">
            Passphrase changed. Use the new one next time you unlock.
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Changing…' : 'Change passphrase'}
          </button>
        </div>
      </form>
    </section>
  );
}

function IdleLock() {
  const session = useSession();
  const [minutes, setMinutes] = useState(String(session.status.idleLockMinutes));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const value = Number(minutes);
  const invalid = !/^\d+$/.test(minutes.trim()) || value < 1 || value > 240 ? 'Choose a whole number of minutes from 1 to 240.' : null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    if (busy || invalid) return;
    setBusy(true);
    setError(null);
    try {
      await call('settings.setIdleLock', { minutes: value });
      session.setIdleLockMinutes(value);
      setSaved(true);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel settings-panel" aria-labelledby="idle-title">
      <h2 id="idle-title">Automatic lock</h2>
      <p className="muted">Without keyboard or mouse activity for this long, the workspace locks and the window forgets what it showed.</p>
      <form onSubmit={submit} noValidate className="inline-form">
        <Field label="Lock after (minutes)" error={invalid}>
          <input type="number" min={1} max={240} step={1} value={minutes} onChange={(e) => setMinutes(e.target.value)} className="input-short" />
        </Field>
        <button type="submit" disabled={busy || Boolean(invalid)}>
          Save
        </button>
        {saved && (
          <span className="notice-ok" role="status">
            Saved: locks after {value} {value === 1 ? 'minute' : 'minutes'}.
          </span>
        )}
      </form>
      <ErrorAlert error={error} />
    </section>
  );
}
