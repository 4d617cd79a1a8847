// What only the surrounding shell can do reaches the host through these small interfaces: Electron
// implements them in the app, plain Node in the CLI and tests. The host never imports electron.

/** The operating system's keyring (Electron safeStorage). */
export interface KeyringPort {
  /** Null when no real keyring is available (e.g. Linux's basic_text backend, or the CLI). */
  backend(): Promise<string | null>;
  seal(plain: string): Promise<string>;
  unseal(sealed: string): Promise<string>;
}

/** Non-secret preferences (window size, idle minutes). Nothing personal goes here. */
export interface SettingsPort {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
}

export interface NotifierPort {
  notify(title: string, body: string): void;
}

export interface HostPorts {
  keyring: KeyringPort;
  settings: SettingsPort;
  notifier: NotifierPort;
  /** "Now", injectable so tests and `--as-of` can fix the date. */
  now(): Date;
}

export const noKeyring: KeyringPort = {
  backend: async () => null,
  seal: async () => {
    throw new Error('no keyring on this computer');
  },
  unseal: async () => {
    throw new Error('no keyring on this computer');
  },
};

export const silentNotifier: NotifierPort = { notify: () => {} };

export function memorySettings(initial: Record<string, unknown> = {}): SettingsPort {
  const values = { ...initial };
  return { get: <T>(key: string) => values[key] as T | undefined, set: (key, value) => void (values[key] = value) };
}
