// The daily automatic backup, driven from the window: the host makes one only when none was made in
// the last 24 hours, so asking after every unlock and then every few hours is cheap and never doubles.
// Screens that list backups follow `backupsVersion` to reload when a new one appears.
import { useEffect, useSyncExternalStore } from 'react';
import { call, HostCallError } from '../../host/client';

/** First ask shortly after unlocking, once the first screen has loaded. */
export const FIRST_RUN_DELAY_MS = 3_000;
/** Then every few hours while unlocked. */
export const RUN_EVERY_MS = 3 * 60 * 60 * 1000;

export interface ScheduleState {
  /** Bumped whenever a backup was written or removed. */
  backupsVersion: number;
  running: boolean;
  /** What the last scheduled check said (for Settings), or why it failed. */
  lastCheck: { at: string; ran: boolean; reason: string } | null;
  lastError: string | null;
}

let state: ScheduleState = { backupsVersion: 0, running: false, lastCheck: null, lastError: null };
const listeners = new Set<() => void>();

function update(change: Partial<ScheduleState>) {
  state = { ...state, ...change };
  listeners.forEach((l) => l());
}

export function backupsChanged(): void {
  update({ backupsVersion: state.backupsVersion + 1 });
}

export function useBackupSchedule(): ScheduleState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
}

export async function runScheduledBackup(): Promise<void> {
  if (state.running) return;
  update({ running: true });
  try {
    const r = await call('backup.runScheduled', {});
    update({ running: false, lastError: null, lastCheck: { at: new Date().toISOString(), ran: r.ran, reason: r.reason } });
    if (r.ran) backupsChanged();
  } catch (e) {
    // Locked in the meantime: the next unlock asks again.
    const locked = e instanceof HostCallError && e.code === 'locked';
    update({ running: false, lastError: locked ? null : e instanceof Error ? e.message : String(e) });
  }
}

/** Mounted once in the unlocked shell: unmounting (locking) stops the timers. */
export function useScheduledBackups(): void {
  useEffect(() => {
    const first = setTimeout(() => void runScheduledBackup(), FIRST_RUN_DELAY_MS);
    const every = setInterval(() => void runScheduledBackup(), RUN_EVERY_MS);
    return () => {
      clearTimeout(first);
      clearInterval(every);
    };
  }, []);
}
