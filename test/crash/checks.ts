// What must hold after a SIGKILL: the database is intact, the audit chain verifies, and the work the
// child acknowledged is there in full.
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import { createHost, type Host } from '../../electron/host/host';
import { nodePorts } from '../../electron/host/node-ports';
import { verifyAudit } from '../../electron/host/store/audit';
import type { Db } from '../../electron/host/store/database';

export const PASS = 'correct horse battery staple';
export const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Reopen the workspace the way the app does after a crash (unlock runs any pending recovery). */
export async function reopen(dir: string): Promise<Host> {
  const host = createHost({ dir, ports: nodePorts(dir) });
  await host.api['workspace.unlock']({ passphrase: PASS });
  return host;
}

export function expectIntact(db: Db, context: string): void {
  expect(db.pragma('integrity_check', { simple: true }), context).toBe('ok');
  expect(db.pragma('foreign_key_check'), context).toEqual([]);
  const audit = verifyAudit(db);
  expect(audit.ok, `${context}: ${audit.message}`).toBe(true);
}
