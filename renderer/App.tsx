// The session: which lock screen to show, or the unlocked app. Everything the app shows lives under
// <Shell>, keyed by the session number, so locking unmounts it and drops every cached list.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { WorkspaceStatus } from '../shared/contract/workspace';
import { ErrorAlert, errorMessage } from './components/ErrorAlert';
import { LockFrame } from './components/LockFrame';
import { call, onLocked } from './host/client';
import { SessionContext, type Session } from './session/SessionContext';
import { useIdleLock } from './session/useIdleLock';
import { CreateWorkspaceScreen } from './screens/CreateWorkspaceScreen';
import { RecoverScreen } from './screens/RecoverScreen';
import { UnlockScreen } from './screens/UnlockScreen';
import { Shell } from './shell/Shell';

type Phase =
  | { name: 'starting' }
  | { name: 'unavailable'; message: string }
  | { name: 'create' }
  | { name: 'unlock'; notice?: string }
  | { name: 'recover' }
  | { name: 'open' };

export function App() {
  const [phase, setPhase] = useState<Phase>({ name: 'starting' });
  const [status, setStatus] = useState<WorkspaceStatus | null>(null);
  const [session, setSession] = useState(0);
  const firstStart = useRef(true);

  const load = useCallback(async (notice?: string) => {
    try {
      const s = await call('workspace.status', {});
      setStatus(s);
      if (!s.exists) return setPhase({ name: 'create' });
      if (s.unlocked) return setPhase({ name: 'open' });
      // "Remember on this computer" means no passphrase at start; after a lock the passphrase is asked again.
      if (s.remembered && firstStart.current) {
        firstStart.current = false;
        try {
          await call('workspace.unlockRemembered', {});
          return setPhase({ name: 'open' });
        } catch {
          /* fall through to the passphrase */
        }
      }
      firstStart.current = false;
      setPhase({ name: 'unlock', notice });
    } catch (err) {
      setPhase({ name: 'unavailable', message: errorMessage(err) });
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const toLockScreen = useCallback(
    (notice?: string) => {
      setSession((n) => n + 1);
      setPhase({ name: 'unlock', notice });
      void load(notice);
    },
    [load],
  );

  useEffect(() => onLocked(() => toLockScreen('The workspace was locked. Unlock it to continue.')), [toLockScreen]);

  const lock = useCallback(
    async (notice?: string) => {
      try {
        await call('workspace.lock', {});
      } catch {
        /* locked either way: the window forgets everything below */
      }
      toLockScreen(notice);
    },
    [toLockScreen],
  );

  const open = phase.name === 'open';
  const idleMinutes = status?.idleLockMinutes ?? 15;
  useIdleLock(idleMinutes, () => void lock(`Locked after ${idleMinutes} ${idleMinutes === 1 ? 'minute' : 'minutes'} without activity.`), open);

  const sessionValue = useMemo<Session | null>(
    () =>
      status && {
        status,
        lock: () => lock(),
        setIdleLockMinutes: (minutes) => setStatus((s) => (s ? { ...s, idleLockMinutes: minutes } : s)),
      },
    [status, lock],
  );

  const opened = () => {
    setSession((n) => n + 1);
    void load();
  };

  switch (phase.name) {
    case 'starting':
      return (
        <div className="lock-page" aria-busy="true">
          <p className="muted">Opening DPO Desk…</p>
        </div>
      );
    case 'unavailable':
      return (
        <LockFrame title="DPO Desk cannot reach its workspace">
          <ErrorAlert error={phase.message} />
          <div className="actions">
            <button type="button" className="primary" onClick={() => void load()}>
              Try again
            </button>
          </div>
        </LockFrame>
      );
    case 'create':
      return <CreateWorkspaceScreen status={status!} onCreated={opened} />;
    case 'unlock':
      return <UnlockScreen status={status!} notice={phase.notice} onUnlocked={opened} onForgot={() => setPhase({ name: 'recover' })} />;
    case 'recover':
      return <RecoverScreen onRecovered={opened} onCancel={() => setPhase({ name: 'unlock' })} />;
    case 'open':
      return (
        <SessionContext.Provider value={sessionValue}>
          <Shell key={session} />
        </SessionContext.Provider>
      );
  }
}
