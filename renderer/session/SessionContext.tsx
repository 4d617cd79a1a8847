// What the unlocked app may know about its session: the workspace status and how to lock it.
import { createContext, useContext } from 'react';
import type { WorkspaceStatus } from '../../shared/contract/workspace';

export interface Session {
  status: WorkspaceStatus;
  /** Lock the workspace and return to the lock screen, dropping everything the window holds. */
  lock(): Promise<void>;
  /** The idle-lock minutes changed in Settings: the timer in this window follows. */
  setIdleLockMinutes(minutes: number): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside an unlocked workspace');
  return session;
}
