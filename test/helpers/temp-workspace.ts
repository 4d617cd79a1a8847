// Real encrypted workspaces in temporary folders, with a cheap KDF so tests stay quick.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createHost, type Host } from '../../electron/host/host';
import { nodePorts } from '../../electron/host/node-ports';

export const FAST_KDF = { N: 2 ** 12, r: 8, p: 1 };

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

export function tempDir(prefix = 'dpo-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function testHost(dir = join(tempDir(), 'workspace'), now?: () => Date): Host {
  const host = createHost({ dir, ports: nodePorts(dir, now), workspace: { scrypt: FAST_KDF } });
  cleanups.unshift(() => host.dispose());
  return host;
}

export async function unlockedHost(passphrase = 'correct horse battery staple'): Promise<Host> {
  const host = testHost();
  await host.api['workspace.create']({ passphrase, remember: false });
  return host;
}

export const ALICE = { name: 'Alice Kowalczyk', email: 'alice.kowalczyk@example.org' };
