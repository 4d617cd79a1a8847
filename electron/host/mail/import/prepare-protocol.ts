// The messages between the importer and its preparing workers.
import type { LearnedCorrections } from '../../../../shared/triage';
import type { PreparedMessage } from './store-message';

export interface PrepareWorkerData {
  corrections: LearnedCorrections;
}

export interface PrepareRequest {
  id: number;
  file: string;
  raw: Uint8Array;
  internalDate?: string;
  truncated?: boolean;
  /** Epoch ms: the import's clock, so a worker judges "in the future" as the host would. */
  now: number;
}

export type PrepareReply =
  | { id: number; ok: true; prepared: Omit<PreparedMessage, 'raw'> }
  | { id: number; ok: false; error: string };

/** Sent once the worker's modules are loaded: it may be sent messages. */
export interface WorkerReady { ready: true }
