// Unlock an existing workspace with its passphrase (or this computer's remembered key).
import { useRef, useState, type FormEvent } from 'react';
import type { WorkspaceStatus } from '../../shared/contract/workspace';
import { ErrorAlert, errorMessage } from '../components/ErrorAlert';
import { LockFrame } from '../components/LockFrame';
import { call } from '../host/client';

interface Props {
  status: WorkspaceStatus;
  notice?: string;
  onUnlocked(): void;
  onForgot(): void;
}

export function UnlockScreen({ status, notice, onUnlocked, onForgot }: Props) {
  const [passphrase, setPassphrase] = useState('');
  const [remember, setRemember] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!passphrase) {
      setError('Enter your passphrase to unlock the workspace.');
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await call('workspace.unlock', status.rememberAvailable ? { passphrase, remember } : { passphrase });
      setPassphrase('');
      onUnlocked();
    } catch (err) {
      setError(errorMessage(err));
      setPassphrase('');
      setBusy(false);
      requestAnimationFrame(() => input.current?.focus());
    }
  }

  async function unlockRemembered() {
    setBusy(true);
    setError(null);
    try {
      await call('workspace.unlockRemembered', {});
      onUnlocked();
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  }

  return (
    <LockFrame title="Unlock">
      <p className="muted">Your cases are encrypted on this computer. Enter the workspace passphrase to open them.</p>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="unlock-passphrase">Passphrase</label>
          <input
            id="unlock-passphrase"
            ref={input}
            type="password"
            autoComplete="current-password"
            autoFocus
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            aria-describedby={error ? 'unlock-error' : undefined}
            aria-invalid={error ? true : undefined}
          />
        </div>
        {status.rememberAvailable && (
          <label className="check">
            <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
            Remember on this computer
          </label>
        )}
        <ErrorAlert error={error} id="unlock-error" />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Unlocking…' : 'Unlock'}
          </button>
          {status.remembered && (
            <button type="button" onClick={unlockRemembered} disabled={busy}>
              Use this computer's key
            </button>
          )}
        </div>
      </form>
      <div className="lock-footer">
        <button type="button" className="link" onClick={onForgot}>
          Forgot passphrase? Use the recovery code
        </button>
      </div>
    </LockFrame>
  );
}
