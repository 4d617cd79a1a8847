// The plain-Node implementation of the host's ports, for the CLI, the browser bridge and tests.
import { existsSync, mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { noKeyring, silentNotifier, type HostPorts, type SettingsPort } from './ports';

/** Preferences in a small JSON file beside the workspace (non-secret values only). */
export function fileSettings(dir: string): SettingsPort {
  const file = join(dir, 'preferences.json');
  const read = (): Record<string, unknown> => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {});
  return {
    get: <T>(key: string) => read()[key] as T | undefined,
    set(key, value) {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const next = { ...read(), [key]: value };
      writeFileSync(`${file}.tmp`, JSON.stringify(next, null, 2), { mode: 0o600 });
      renameSync(`${file}.tmp`, file);
    },
  };
}

export function nodePorts(dir: string, now: () => Date = () => new Date()): HostPorts {
  return { keyring: noKeyring, settings: fileSettings(dir), notifier: silentNotifier, now };
}
