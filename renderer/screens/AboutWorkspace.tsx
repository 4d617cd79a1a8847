// "About this workspace": how it is protected and whether its audit log still proves itself.
import { useEffect, useState } from 'react';
import { errorMessage } from '../components/ErrorAlert';
import { call } from '../host/client';
import { useSession } from '../session/SessionContext';

type Audit = { ok: boolean; events: number; firstBadSeq: number | null; message: string };

export function AboutWorkspace() {
  const { status } = useSession();
  const [audit, setAudit] = useState<Audit | null>(null);
  const [auditError, setAuditError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  async function verify() {
    setChecking(true);
    setAuditError(null);
    try {
      setAudit(await call('audit.verify', {}));
    } catch (err) {
      setAuditError(errorMessage(err));
    } finally {
      setChecking(false);
    }
  }

  useEffect(() => {
    void verify();
  }, []);

  return (
    <section className="panel settings-panel" aria-labelledby="about-title">
      <h2 id="about-title">About this workspace</h2>
      <dl className="facts facts-1">
        <div className="fact">
          <dt>Storage</dt>
          <dd>One encrypted database on this computer (SQLCipher page encryption: data, indexes and journal hold no plaintext).</dd>
        </div>
        <div className="fact">
          <dt>Key</dt>
          <dd>A random 256-bit key, wrapped with a key derived from your passphrase (scrypt) and separately with the recovery code.</dd>
        </div>
        <div className="fact">
          <dt>This computer</dt>
          <dd>
            {status.remembered
              ? 'Remembers the key in the system keyring: it unlocks at start without the passphrase.'
              : status.rememberAvailable
                ? 'Does not remember the key. Tick "Remember on this computer" when unlocking to change that.'
                : 'Has no secure keyring; the passphrase is asked every time.'}
          </dd>
        </div>
        <div className="fact">
          <dt>Automatic lock</dt>
          <dd>
            After {status.idleLockMinutes} {status.idleLockMinutes === 1 ? 'minute' : 'minutes'} without activity
          </dd>
        </div>
        <div className="fact">
          <dt>Audit log</dt>
          <dd>
            {checking && !audit ? (
              <span className="muted">Checking the hash chain…</span>
            ) : auditError ? (
              <span className="text-danger">{auditError}</span>
            ) : audit ? (
              <span className={audit.ok ? 'text-ok' : 'text-danger'}>
                {audit.ok ? '✓ ' : '✗ '}
                {audit.message}
              </span>
            ) : null}{' '}
            <button type="button" className="small" onClick={() => void verify()} disabled={checking}>
              Verify again
            </button>
          </dd>
        </div>
      </dl>
    </section>
  );
}
