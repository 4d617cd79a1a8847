import type { HostImpl } from '../../../shared/contract';
import { verifyAudit } from '../store/audit';
import type { HostContext } from '../context';

export const DEFAULT_IDLE_LOCK_MINUTES = 15;

export function workspaceHandlers(ctx: HostContext): Pick<HostImpl,
  'workspace.status' | 'workspace.create' | 'workspace.unlock' | 'workspace.unlockRemembered' | 'workspace.lock' | 'workspace.changePassphrase' | 'workspace.recover' | 'settings.setIdleLock' | 'audit.verify'> {
  const { workspace, ports } = ctx;
  return {
    'workspace.status': async () => {
      const backend = await ports.keyring.backend();
      return {
        exists: workspace.exists(),
        unlocked: workspace.isUnlocked(),
        idleLockMinutes: ports.settings.get<number>('idleLockMinutes') ?? DEFAULT_IDLE_LOCK_MINUTES,
        rememberAvailable: backend !== null,
        remembered: workspace.exists() && backend !== null && isRemembered(ctx),
      };
    },
    'workspace.create': async ({ passphrase, remember }) => workspace.create(passphrase, { remember }),
    'workspace.unlock': async ({ passphrase, remember }) => {
      await workspace.unlock(passphrase, { remember });
      return { ok: true as const };
    },
    'workspace.unlockRemembered': async () => {
      await workspace.unlockRemembered();
      return { ok: true as const };
    },
    'workspace.lock': async () => {
      workspace.lock();
      return { ok: true as const };
    },
    'workspace.changePassphrase': async ({ current, next }) => {
      await workspace.changePassphrase(current, next);
      return { ok: true as const };
    },
    'workspace.recover': async ({ recoveryCode, next }) => {
      await workspace.recover(recoveryCode, next);
      return { ok: true as const };
    },
    'settings.setIdleLock': async ({ minutes }) => {
      ports.settings.set('idleLockMinutes', minutes);
      return { ok: true as const };
    },
    'audit.verify': async () => verifyAudit(workspace.database()),
  };
}

function isRemembered(ctx: HostContext): boolean {
  try {
    return ctx.workspace.hasRememberedKey();
  } catch {
    return false;
  }
}
