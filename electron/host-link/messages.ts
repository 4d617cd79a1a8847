// Messages between the main process and the host's utility process.
import type { Envelope } from '../../shared/contract/define';

export type ToHost =
  | { type: 'init'; dataDir: string; settings: Record<string, unknown> }
  | { type: 'call'; id: number; method: string; input: unknown }
  | { type: 'port-result'; id: number; value?: unknown; error?: string };

export type FromHost =
  | { type: 'ready' }
  | { type: 'result'; id: number; envelope: Envelope<unknown> }
  | { type: 'port'; id: number; port: 'keyring'; op: 'backend' | 'seal' | 'unseal'; args: unknown[] }
  | { type: 'settings-set'; key: string; value: unknown }
  | { type: 'notify'; title: string; body: string };
