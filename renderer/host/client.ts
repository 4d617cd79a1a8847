// The UI's typed host client: unwraps envelopes into values, or throws HostCallError with the
// host's code and its sentence for the DPO. A 'locked' answer anywhere sends the UI to the lock screen.
import type { HostErrorShape, MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import { hostBridge } from './transport';

export class HostCallError extends Error {
  constructor(readonly code: HostErrorShape['code'], message: string, readonly details?: unknown) {
    super(message);
  }
}

type LockListener = () => void;
const lockListeners = new Set<LockListener>();
export function onLocked(listener: LockListener): () => void {
  lockListeners.add(listener);
  return () => lockListeners.delete(listener);
}

const bridge = hostBridge();

export async function call<K extends MethodName>(method: K, input: MethodInput<K>): Promise<MethodOutput<K>> {
  const envelope = await (bridge[method] as (i: MethodInput<K>) => Promise<{ ok: boolean; value?: unknown; error?: HostErrorShape }>)(input);
  if (envelope.ok) return envelope.value as MethodOutput<K>;
  const error = envelope.error!;
  if (error.code === 'locked') lockListeners.forEach((l) => l());
  throw new HostCallError(error.code, error.message, error.details);
}
