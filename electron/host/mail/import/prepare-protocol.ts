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

/**
 * Requests and replies travel several to a message: each postMessage costs a serialisation, a
 * wake-up of the other thread and an event there, ~5 % of the CPU an import of short mail took.
 */
export type PrepareRequests = PrepareRequest[];
export type PrepareReplies = PrepareReply[];

/** Sent once the worker's modules are loaded: it may be sent messages. */
export interface WorkerReady { ready: true }
