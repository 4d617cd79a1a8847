// The host's own process (an Electron utilityProcess): the database, imports and letters run here,
// off the main thread, so a long job never freezes the window. What only the main process can do
// (the OS keyring, electron-store, notifications) is asked of it by message.
import { createHost, type Host } from './host/host';
import { memorySettings, type HostPorts, type KeyringPort } from './host/ports';
import type { FromHost, ToHost } from './host-link/messages';

interface ParentPort {
  on(event: 'message', listener: (e: { data: ToHost }) => void): void;
  postMessage(message: FromHost): void;
}
const parentPort = (process as unknown as { parentPort: ParentPort }).parentPort;

let host: Host | null = null;
let nextId = 1;
const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();

function askMain(op: 'backend' | 'seal' | 'unseal', args: unknown[]): Promise<unknown> {
  const id = nextId++;
  parentPort.postMessage({ type: 'port', id, port: 'keyring', op, args });
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
}

const keyring: KeyringPort = {
  backend: async () => (await askMain('backend', [])) as string | null,
  seal: async (plain) => (await askMain('seal', [plain])) as string,
  unseal: async (sealed) => (await askMain('unseal', [sealed])) as string,
};

parentPort.on('message', async ({ data }) => {
  if (data.type === 'init') {
    const cache = memorySettings(data.settings);
    const settings = { get: cache.get, set: (key: string, value: unknown) => (cache.set(key, value), parentPort.postMessage({ type: 'settings-set', key, value })) };
    const ports: HostPorts = { keyring, settings, notifier: { notify: (title, body) => parentPort.postMessage({ type: 'notify', title, body }) }, now: () => new Date() };
    host = createHost({ dir: data.dataDir, ports, autoLock: true });
    parentPort.postMessage({ type: 'ready' });
  } else if (data.type === 'call') {
    const envelope = host ? await host.invoke(data.method, data.input) : { ok: false as const, error: { code: 'unavailable' as const, message: 'DPO Desk is still starting. Try again in a moment.' } };
    parentPort.postMessage({ type: 'result', id: data.id, envelope });
  } else if (data.type === 'port-result') {
    const waiter = pending.get(data.id);
    pending.delete(data.id);
    if (data.error) waiter?.reject(new Error(data.error));
    else waiter?.resolve(data.value);
  }
});
