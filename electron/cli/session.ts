// Opening the workspace from a terminal: the same host as the app, with plain-Node ports.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createHost, type Host } from '../host/host';
import { nodePorts } from '../host/node-ports';
import type { GlobalFlags } from './args';
import { CliError, EXIT } from './errors';
import { readPassphrase, type CliIo } from './io';

/** The app's own data folder, the same one the desktop app uses (Electron's userData). */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const app = 'DPO Desk';
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', app, 'workspace');
  if (process.platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), app, 'workspace');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), app, 'workspace');
}

export function dataDirOf(globals: GlobalFlags, io: CliIo): string {
  return globals.dataDir ?? io.env.DPO_DATA_DIR ?? defaultDataDir(io.env);
}

export function openHost(globals: GlobalFlags, io: CliIo): Host {
  const dir = dataDirOf(globals, io);
  return createHost({ dir, ports: nodePorts(dir) });
}

/** Open and unlock; a wrong passphrase surfaces as a HostError the caller maps to exit 3. */
export async function openUnlocked(globals: GlobalFlags, io: CliIo): Promise<Host> {
  const host = openHost(globals, io);
  if (!host.workspace.exists()) {
    host.dispose();
    throw new CliError(EXIT.failed, `There is no workspace in ${host.workspace.dir}. Create one with: dpo init --data-dir ${host.workspace.dir}`);
  }
  await host.api['workspace.unlock']({ passphrase: await readPassphrase(io, globals.passphraseFile) });
  return host;
}
