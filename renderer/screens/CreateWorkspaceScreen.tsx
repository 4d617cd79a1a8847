// First start: choose the passphrase, then see the recovery code exactly once.
import { useState, type FormEvent } from 'react';
import type { WorkspaceStatus } from '../../shared/contract/workspace';
import { ErrorAlert, errorMessage } from '../components/ErrorAlert';
import { LockFrame } from '../components/LockFrame';
import { PassphraseFields, newPassphraseProblem, type NewPassphrase } from '../components/PassphraseFields';
import { call } from '../host/client';

export function CreateWorkspaceScreen({ status, onCreated }: { status: WorkspaceStatus; onCreated(): void }) {
  const [pair, setPair] = useState<NewPassphrase>({ first: '', second: '' });
  const [remember, setRemember] = useState(false);
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setShowErrors(true);
    if (busy || newPassphraseProblem(pair)) return;
    setBusy(true);
    setError(null);
    try {
      const { recoveryCode } = await call('workspace.create', { passphrase: pair.first, remember: status.rememberAvailable && remember });
      setPair({ first: '', second: '' });
      setRecoveryCode(recoveryCode);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  if (recoveryCode) return <RecoveryCodeNotice code={recoveryCode} onContinue={onCreated} />;

  return (
    <LockFrame title="Create your workspace">
      <p className="muted">
        Everything you record is kept in one encrypted file on this computer. The passphrase you choose here unlocks it; nobody else holds a
        copy, so choose one you will remember.
      </p>
      <form onSubmit={submit} noValidate>
        <PassphraseFields value={pair} onChange={setPair} labels={{ first: 'Passphrase', second: 'Repeat the passphrase' }} showErrors={showErrors} autoFocus />
        {status.rememberAvailable && (
          <label className="check">
            <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
            Remember on this computer
          </label>
        )}
        <ErrorAlert error={error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create workspace'}
          </button>
        </div>
      </form>
    </LockFrame>
  );
}

function RecoveryCodeNotice({ code, onContinue }: { code: string; onContinue(): void }) {
  const [confirmed, setConfirmed] = useState(false);
  return (
    <LockFrame title="Your recovery code" wide>
      <p>
        If you forget the passphrase, this code is the only other way into the workspace. It is shown <strong>only now</strong>: write it
        down and keep it somewhere safe, away from this computer.
      </p>
      <label htmlFor="recovery-code" className="visually-hidden">
        Recovery code
      </label>
      <input id="recovery-code" className="recovery-code" type="text" readOnly value={code} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (confirmed) onContinue();
        }}
      >
        <label className="check">
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} autoFocus />I have written it down
        </label>
        <div className="actions">
          <button type="submit" className="primary" disabled={!confirmed}>
            Continue to the workspace
          </button>
        </div>
      </form>
    </LockFrame>
  );
}
