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
import { bundledWorker, currentBundle } from './worker-bundle';
import type { PrepareReplies, PrepareRequests, PrepareWorkerData, WorkerReady } from './prepare-protocol';

export interface Preparer {
  prepare(item: IncomingMessage, now: Date): Promise<PreparedMessage>;
  /** How many messages may be in preparation at once before the importer waits for the oldest. */
  readonly window: number;
  /** Worker threads started so far: none when every message is prepared in this thread. */
  readonly workersStarted: number;
  /** Messages prepared in a worker, and in this thread, so far. */
  readonly prepared?: { inWorkers: number; here: number };
  /**
   * Prepares here, now, the newest message still waiting for a worker; false when none waits.
   * The importer calls it instead of idling while the oldest message is still in a worker.
   */
  prepareOneHere?(): Promise<boolean>;
  close(): Promise<void>;
}

export function inThreadPreparer(corrections: LearnedCorrections): Preparer {
  return {
    prepare: (item, now) => prepareMessage(item, { now, corrections }),
    window: 1,
    workersStarted: 0,
    close: async () => {},
  };
}

/** A message this large is prepared here: copying it to a worker would double the memory it takes. */
const LARGEST_FOR_WORKER = 4 * 1024 * 1024;
/**
 * Messages queued per worker: enough to keep it busy while this thread writes a batch (500 short
 * messages take 60–100 ms to write; a worker prepares one in ~0.25 ms, so a queue of 256 ran dry
 * and the worker sat idle ~8 % of an import). 512 against 256, 10k short messages: faster in 6 of
 * 8 alternating pairs (median -0.19 s of 3.1); 1024 was slower again. Past that backlog this
 * thread prepares the next message itself.
 */
const QUEUE_PER_WORKER = 512;
/** Messages waiting in each running worker before one more is started. */
const BACKLOG_FOR_ANOTHER_WORKER = 16;
/** Messages sent to a worker together, at least, while it has this many to do. */
const SEND_BATCH = 16;

/** The project folder, when this file runs from its TypeScript source. */
const PROJECT_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
let sourceEntry: URL | Promise<URL> | null = null;

/**
 * The worker's entry: the built file beside the host's bundle; from TypeScript, the worker bundled
 * into one file (worker-bundle.ts), or its source through tsx when it cannot be bundled. A bundle
 * that is still current is known at once, so the first worker starts without waiting a turn.
 */
export function prepareWorkerEntry(): URL | null | Promise<URL | null> {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) {
    const opts = { entry: join(dirname(here), 'prepare-worker.ts'), cacheDir: join(PROJECT_ROOT, 'node_modules', '.cache', 'dpo-desk'), root: PROJECT_ROOT };
    sourceEntry ??= currentBundle(opts) ?? bundledWorker(opts).then((b) => (sourceEntry = b.url), () => (sourceEntry = new URL('./prepare-worker-boot.mjs', import.meta.url)));
    return sourceEntry;
  }
  for (const candidate of [join(dirname(here), 'prepare-worker.js'), join(dirname(here), '..', 'prepare-worker.js')]) {
    if (existsSync(candidate)) return pathToFileURL(candidate);
  }
  return null;
}

/**
 * One core is left to this thread, which splits the mailbox and writes, and prepares messages
 * itself whenever the workers' queues are full (see prepareOneHere). On two cores that is one
 * worker: alternating runs of 10k short messages took 12.7–13.3 s this way against 12.9–13.8 s
 * with two workers and no help from this thread, which also held ~220 MB more (each worker then
 * loaded the language detector's n-gram tables: ~150 MB in ~1 s of CPU; since the table is kept
 * compact, shared/triage/eld-table.ts, a built worker loads everything in ~0.15 s). A second worker
 * (three cores or more) starts only once the first has a queue, so a file of a few messages never
 * pays for it.
 */
export function workerCount(): number {
  return Math.max(1, Math.min(2, availableParallelism() - 1));
}

interface Request {
  item: IncomingMessage;
  now: Date;
  resolve(p: PreparedMessage): void;
  reject(e: unknown): void;
}

interface Lane {
  worker: Worker;
  /** Sent to the worker and not yet answered, by request id. */
  pending: Map<number, Request>;
  alive: boolean;
  /** Its modules are loaded (~0.15 s built, more from TypeScript): until then it is sent nothing and this thread prepares from the front. */
  ready: boolean;
}

/**
 * Messages wait here in arrival order; each worker is kept supplied from the front, and this thread
 * takes from the back when it would otherwise wait (prepareOneHere), so both ends stay busy and the
 * oldest, which the importer settles first, are the ones in the workers. A worker is sent nothing
 * until it says it is ready (its modules take a moment to load): meanwhile this thread prepares from the
 * front, so the import starts at once and a worker that never comes up holds nothing back. Falls
 * back to this thread for any message a worker could not take (it failed to start or crashed).
 */
export function workerPreparer(corrections: LearnedCorrections, opts: { workers?: number; entry?: URL | null | Promise<URL | null>; queuePerWorker?: number } = {}): Preparer {
  const entry = opts.entry === undefined ? prepareWorkerEntry() : opts.entry;
  const local = inThreadPreparer(corrections);
  let count = opts.workers ?? workerCount();
  if (!entry || count < 1) return local;
  const workerData: PrepareWorkerData = { corrections };
  let nextId = 1;
  const lanes: Lane[] = [];
  const waiting: Request[] = [];
  const queuePerWorker = opts.queuePerWorker ?? QUEUE_PER_WORKER;
  const prepared = { inWorkers: 0, here: 0 };
  let closed = false;
  /** The entry, once known; while it is being found (bundled) messages wait and this thread takes the oldest. */
  let entryUrl: URL | null = null;
  const prepareHere = (r: Request) => {
    prepared.here++;
    return local.prepare(r.item, r.now).then(r.resolve, r.reject);
  };
  /** A worker answered (having prepared this many), became ready, or failed: refill the workers. */
  const answered = (preparedThere: number) => {
    prepared.inWorkers += preparedThere;
    supply();
  };
  const firstLane = (url: URL) => {
    entryUrl = url;
    lanes.push(startLane(url, workerData, prepareHere, answered));
  };
  if (entry instanceof URL) {
    try {
      firstLane(entry);
    } catch {
      // Not even started (a packaged app that cannot run scripts from its archive, say): all here.
      return local;
    }
  } else {
    entry.then((url) => {
      if (closed) return;
      if (url) firstLane(url);
      else count = 0;
    }).catch(() => (count = 0)).finally(supply);
  }

  /** Sends the worker these messages in one post (see prepare-protocol). */
  function send(lane: Lane, batch: Request[]): void {
    const requests: PrepareRequests = [];
    const transfer: ArrayBuffer[] = [];
    for (const r of batch) {
      const id = nextId++;
      // A copy of the bytes travels (transferred, not cloned again); the original stays here to be stored.
      const raw = new Uint8Array(r.item.raw);
      requests.push({ id, file: r.item.file, raw, internalDate: r.item.internalDate, truncated: r.item.truncated, now: r.now.getTime() });
      transfer.push(raw.buffer);
      lane.pending.set(id, r);
    }
    lane.worker.postMessage(requests, transfer);
  }

  /** Fills each ready worker's queue from the front of the waiting line. */
  function supply(): void {
    for (;;) {
      const running = lanes.filter((l) => l.alive);
      if (!running.length) {
        // The entry is still being found: the workers are yet to come.
        if (!entryUrl && count > 0 && !closed) return;
        // Every worker failed, or none could start: what waits is prepared here.
        for (const r of waiting.splice(0)) void prepareHere(r);
        return;
      }
      const ready = running.filter((l) => l.ready);
      if (!waiting.length || !ready.length) return;
      const least = ready.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      if (least.pending.size >= BACKLOG_FOR_ANOTHER_WORKER && lanes.length < count) {
        // Another worker only once every running one has a queue: a file of a few messages, or of
        // one message too large for a worker, never pays for a second worker's memory.
        try {
          lanes.push(startLane(entryUrl!, workerData, prepareHere, answered));
          continue;
        } catch {
          count = lanes.length;
        }
      }
      const room = queuePerWorker - least.pending.size;
      if (room <= 0) return;
      // A few messages wait for more while the worker still has work: they travel together.
      if (waiting.length < SEND_BATCH && least.pending.size >= SEND_BATCH) return;
      send(least, waiting.splice(0, Math.min(room, waiting.length)));
    }
  }

  return {
    // Room past the workers' queues for the messages this thread takes while they are busy.
    get window() {
      return count > 0 ? (count + 1) * queuePerWorker : 1;
    },
    get workersStarted() {
      return lanes.length;
    },
    prepared,
    prepare(item, now) {
      // Too large to copy to a worker: prepared here.
      if (item.raw.length > LARGEST_FOR_WORKER) {
        prepared.here++;
        return local.prepare(item, now);
      }
      return new Promise<PreparedMessage>((resolve, reject) => {
        waiting.push({ item, now, resolve, reject });
        supply();
      });
    },
    async prepareOneHere() {
      // Only what the workers could not start within a full queue each: they must not run dry
      // while this thread is busy writing a batch.
      const ready = lanes.filter((l) => l.alive && l.ready);
      const queued = waiting.length + ready.reduce((n, l) => n + l.pending.size, 0);
      if (queued <= ready.length * queuePerWorker) return false;
      // While no worker is ready yet the oldest waits here, and is the one the importer waits for.
      const r = ready.length ? waiting.pop() : waiting.shift();
      if (!r) return false;
      await prepareHere(r);
      return true;
    },
    async close() {
      closed = true;
      // Messages still waiting or in a worker are dropped, not prepared here instead: the import is over.
      waiting.length = 0;
      for (const lane of lanes) {
        lane.alive = false;
        lane.pending.clear();
      }
      await Promise.all(lanes.map((l) => l.worker.terminate()));
    },
  };
}

/**
 * One worker and the messages it holds. When it fails, each of them is prepared here instead; when
 * it answers, `answered` lets the waiting line refill it.
 */
function startLane(entry: URL, workerData: PrepareWorkerData, prepareHere: (r: Request) => Promise<void>, answered: (preparedThere: number) => void): Lane {
  const lane: Lane = { worker: new Worker(entry, { workerData }), pending: new Map(), alive: true, ready: false };
  const fail = () => {
    if (!lane.alive) return;
    lane.alive = false;
    for (const r of lane.pending.values()) void prepareHere(r);
    lane.pending.clear();
    answered(0);
  };
  lane.worker.on('message', (replies: PrepareReplies | WorkerReady) => {
    if ('ready' in replies) {
      lane.ready = true;
      return answered(0);
    }
    let preparedThere = 0;
    for (const reply of replies) {
      const r = lane.pending.get(reply.id);
      if (!r) continue;
      lane.pending.delete(reply.id);
      if (reply.ok) {
        preparedThere++;
        r.resolve(revive(reply.prepared, r.item));
      } else void prepareHere(r);
    }
    answered(preparedThere);
  });
  lane.worker.on('error', fail);
  lane.worker.on('exit', fail);
  return lane;
}

/** Structured cloning turns Buffers into plain Uint8Arrays: make them Buffers again, and put the raw bytes back. */
function revive(prepared: Omit<PreparedMessage, 'raw'>, item: IncomingMessage): PreparedMessage {
  const attachments = prepared.parsed.attachments.map((a) => ({ ...a, content: Buffer.from(a.content.buffer, a.content.byteOffset, a.content.byteLength) }));
  return { ...prepared, raw: item.raw, parsed: { ...prepared.parsed, attachments } };
}
