// Where messages are prepared (parsed, triaged, keyed for threading) before the single database
// writer stores them. In this thread, one at a time, for small imports and IMAP; or in worker
// threads for large imports, so parsing and classification use every core while this thread
// splits the mailbox and writes. Either way results come back in the order messages went in.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LearnedCorrections } from '../../../../shared/triage';
import { prepareMessage, type IncomingMessage, type PreparedMessage } from './store-message';
import type { PrepareReply, PrepareRequest, PrepareWorkerData } from './prepare-protocol';

export interface Preparer {
  prepare(item: IncomingMessage, now: Date): Promise<PreparedMessage>;
  /** How many messages may be in preparation at once before the importer waits for the oldest. */
  readonly window: number;
  close(): Promise<void>;
}

export function inThreadPreparer(corrections: LearnedCorrections): Preparer {
  return {
    prepare: (item, now) => prepareMessage(item, { now, corrections }),
    window: 1,
    close: async () => {},
  };
}

/** A message this large is prepared here: copying it to a worker would double the memory it takes. */
const LARGEST_FOR_WORKER = 4 * 1024 * 1024;
/** Messages queued per worker: enough to keep it busy while this thread writes a batch. */
const QUEUE_PER_WORKER = 256;

/** The worker's entry: the built file beside the host's bundle, or the TypeScript source through tsx. */
export function prepareWorkerEntry(): URL | null {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) return new URL('./prepare-worker-boot.mjs', import.meta.url);
  for (const candidate of [join(dirname(here), 'prepare-worker.js'), join(dirname(here), '..', 'prepare-worker.js')]) {
    if (existsSync(candidate)) return pathToFileURL(candidate);
  }
  return null;
}

/**
 * One core is left to the writer, so one worker on two cores. A second would help there: the writer
 * thread sits idle about half the time (a short message costs ~1.5 ms to prepare in a worker, ~0.7 ms
 * to split and store here), and alternating runs on a 2-core machine imported 10k short messages in
 * 14.2–15.4 s with two workers against 16.5–19.1 s with one, 10k real-sized ones in 37–40 s against
 * 51–52 s. But each worker holds ~150 MB (the language detector's n-gram tables) and all start
 * with the import, even for a file whose one huge message is prepared here: the 100 MB-attachment
 * import then went past its memory bound. Starting workers as the queue grows would allow two.
 */
export function workerCount(): number {
  return Math.max(1, Math.min(2, availableParallelism() - 1));
}

interface Lane {
  worker: Worker;
  pending: Map<number, { resolve(p: PreparedMessage): void; reject(e: Error): void; item: IncomingMessage }>;
  alive: boolean;
}

/** Falls back to this thread for any message a worker could not take (it failed to start or crashed). */
export function workerPreparer(corrections: LearnedCorrections, opts: { workers?: number; entry?: URL | null } = {}): Preparer {
  const entry = opts.entry === undefined ? prepareWorkerEntry() : opts.entry;
  const local = inThreadPreparer(corrections);
  const count = opts.workers ?? workerCount();
  if (!entry || count < 1) return local;
  const workerData: PrepareWorkerData = { corrections };
  let nextId = 1;
  const lanes: Lane[] = [];
  try {
    for (let i = 0; i < count; i++) lanes.push(startLane(entry, workerData));
  } catch {
    // Not even started (a packaged app that cannot run scripts from its archive, say): all here.
    for (const lane of lanes) void lane.worker.terminate();
    return local;
  }
  const pick = () => lanes.filter((l) => l.alive).sort((a, b) => a.pending.size - b.pending.size)[0] as Lane | undefined;

  return {
    window: count * QUEUE_PER_WORKER,
    prepare(item, now) {
      const lane = item.raw.length <= LARGEST_FOR_WORKER ? pick() : undefined;
      if (!lane) return local.prepare(item, now);
      const id = nextId++;
      // A copy of the bytes travels (transferred, not cloned again); the original stays here to be stored.
      const raw = new Uint8Array(item.raw);
      const request: PrepareRequest = { id, file: item.file, raw, internalDate: item.internalDate, truncated: item.truncated, now: now.getTime() };
      const result = new Promise<PreparedMessage>((resolve, reject) => lane.pending.set(id, { resolve, reject, item }));
      lane.worker.postMessage(request, [raw.buffer]);
      return result.catch(() => local.prepare(item, now));
    },
    async close() {
      // Messages still in a worker are dropped, not prepared here instead: the import is over.
      for (const lane of lanes) {
        lane.alive = false;
        lane.pending.clear();
      }
      await Promise.all(lanes.map((l) => l.worker.terminate()));
    },
  };
}

/** One worker and the messages it holds; when it fails, each of them is rejected (and prepared here instead). */
function startLane(entry: URL, workerData: PrepareWorkerData): Lane {
  const lane: Lane = { worker: new Worker(entry, { workerData }), pending: new Map(), alive: true };
  const fail = (err: Error) => {
    lane.alive = false;
    for (const p of lane.pending.values()) p.reject(err);
    lane.pending.clear();
  };
  lane.worker.on('message', (reply: PrepareReply) => {
    const p = lane.pending.get(reply.id);
    if (!p) return;
    lane.pending.delete(reply.id);
    if (reply.ok) p.resolve(revive(reply.prepared, p.item));
    else p.reject(new Error(reply.error));
  });
  lane.worker.on('error', fail);
  lane.worker.on('exit', (code) => fail(new Error(`the preparing worker stopped (exit code ${code})`)));
  return lane;
}

/** Structured cloning turns Buffers into plain Uint8Arrays: make them Buffers again, and put the raw bytes back. */
function revive(prepared: Omit<PreparedMessage, 'raw'>, item: IncomingMessage): PreparedMessage {
  const attachments = prepared.parsed.attachments.map((a) => ({ ...a, content: Buffer.from(a.content.buffer, a.content.byteOffset, a.content.byteLength) }));
  return { ...prepared, raw: item.raw, parsed: { ...prepared.parsed, attachments } };
}
