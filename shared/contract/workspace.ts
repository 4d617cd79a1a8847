// The workspace: create it, unlock it, lock it, change its passphrase.
import { z } from 'zod';
import { method } from './define';

export const Passphrase = z.string().min(1, 'enter the passphrase').max(1024);

export const WorkspaceStatus = z.object({
  exists: z.boolean(),
  unlocked: z.boolean(),
  idleLockMinutes: z.number(),
  rememberAvailable: z.boolean(),
  remembered: z.boolean(),
});
export type WorkspaceStatus = z.infer<typeof WorkspaceStatus>;

const Ok = z.object({ ok: z.literal(true) });

export const workspaceMethods = {
  'workspace.status': method(z.object({}), WorkspaceStatus, 'Whether a workspace exists and is unlocked'),
  'workspace.create': method(
    z.object({ passphrase: Passphrase, remember: z.boolean().default(false) }),
    z.object({ recoveryCode: z.string() }),
    'Create the encrypted workspace; returns the recovery code, shown once',
  ),
  'workspace.unlock': method(z.object({ passphrase: Passphrase, remember: z.boolean().optional() }), Ok, 'Unlock with the passphrase'),
  'workspace.unlockRemembered': method(z.object({}), Ok, 'Unlock with the key remembered on this computer'),
  'workspace.lock': method(z.object({}), Ok, 'Close the database and forget the key'),
  'workspace.changePassphrase': method(z.object({ current: Passphrase, next: Passphrase }), Ok, 'Re-wrap the data key under a new passphrase'),
  'workspace.recover': method(z.object({ recoveryCode: z.string().min(1).max(200), next: Passphrase }), Ok, 'Set a new passphrase with the recovery code'),
  'settings.setIdleLock': method(z.object({ minutes: z.number().int().min(1).max(240) }), Ok, 'Minutes of inactivity before the workspace locks'),
  'audit.verify': method(
    z.object({}),
    z.object({ ok: z.boolean(), events: z.number(), firstBadSeq: z.number().nullable(), message: z.string() }),
    'Check the audit hash chain',
  ),
};
