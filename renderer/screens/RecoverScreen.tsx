// Forgotten passphrase: the recovery code sets a new one (and opens the workspace).
import { useState, type FormEvent } from 'react';
import { ErrorAlert, errorMessage } from '../components/ErrorAlert';
import { Field } from '../components/Field';
import { LockFrame } from '../components/LockFrame';
import { PassphraseFields, newPassphraseProblem, type NewPassphrase } from '../components/PassphraseFields';
import { call } from '../host/client';

export function RecoverScreen({ onRecovered, onCancel }: { onRecovered(): void; onCancel(): void }) {
  const [code, setCode] = useState('');
  const [pair, setPair] = useState<NewPassphrase>({ first: '', second: '' });
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setShowErrors(true);
    if (busy || !code.trim() || newPassphraseProblem(pair)) return;
    setBusy(true);
    setError(null);
    try {
      await call('workspace.recover', { recoveryCode: code.trim(), next: pair.first });
      onRecovered();
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  }

  return (
    <LockFrame title="Recover with the recovery code">
      <p className="muted">Type the recovery code you wrote down when the workspace was created, then choose a new passphrase.</p>
      <form onSubmit={submit} noValidate>
        <Field label="Recovery code" error={showErrors && !code.trim() ? 'Enter the recovery code.' : null} required>
          <input type="text" className="mono" autoComplete="off" spellCheck={false} autoFocus value={code} onChange={(e) => setCode(e.target.value)} />
        </Field>
        <PassphraseFields value={pair} onChange={setPair} showErrors={showErrors} />
        <ErrorAlert error={error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Setting…' : 'Set new passphrase and unlock'}
          </button>
        </div>
      </form>
      <div className="lock-footer">
        <button type="button" className="link" onClick={onCancel}>
          ← Back to unlock with the passphrase
        </button>
      </div>
    </LockFrame>
  );
}
