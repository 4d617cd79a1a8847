// The main process's side of the host: starts the utility process and relays calls to it.
import { Notification, safeStorage, utilityProcess, type UtilityProcess } from 'electron';
import type Store from 'electron-store';
import type { Envelope } from '../../shared/contract/define';
import type { FromHost, ToHost } from './messages';

export interface HostLink {
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
  stop(): void;
}

export function startHostProcess(entry: string, dataDir: string, store: Store<Record<string, unknown>>): HostLink {
  const child: UtilityProcess = utilityProcess.fork(entry, [], { serviceName: 'DPO Desk host' });
  let nextId = 1;
  const waiting = new Map<number, (e: Envelope<unknown>) => void>();
  const send = (message: ToHost) => child.postMessage(message);

  child.on('message', async (message: FromHost) => {
    if (message.type === 'result') {
      waiting.get(message.id)?.(message.envelope);
      waiting.delete(message.id);
    } else if (message.type === 'settings-set') {
      store.set(message.key, message.value);
    } else if (message.type === 'notify') {
      if (Notification.isSupported()) new Notification({ title: message.title, body: message.body }).show();
    } else if (message.type === 'port') {
      try {
        send({ type: 'port-result', id: message.id, value: await keyringOp(message.op, message.args) });
      } catch (err) {
        send({ type: 'port-result', id: message.id, error: (err as Error).message });
      }
    }
  });
  child.on('exit', () => {
    for (const resolve of waiting.values()) resolve({ ok: false, error: { code: 'unavailable', message: 'DPO Desk\'s background service stopped. Restart the app; everything saved is safe.' } });
    waiting.clear();
  });
  send({ type: 'init', dataDir, settings: { ...store.store } });

  return {
    call(method, input) {
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        send({ type: 'call', id, method, input });
      });
    },
    stop() {
      child.kill();
    },
  };
}

/** safeStorage, but only with a real keyring: Linux's basic_text backend protects nothing. */
async function keyringOp(op: 'backend' | 'seal' | 'unseal', args: unknown[]): Promise<unknown> {
  const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : process.platform;
  const usable = backend !== 'basic_text' && backend !== 'unknown' && (await safeStorage.isAsyncEncryptionAvailable());
  if (op === 'backend') return usable ? backend : null;
  if (!usable) throw new Error('no secure keyring on this computer');
  if (op === 'seal') return (await safeStorage.encryptStringAsync(String(args[0]))).toString('base64');
  return (await safeStorage.decryptStringAsync(Buffer.from(String(args[0]), 'base64'))).result;
}
