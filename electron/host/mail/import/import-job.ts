// Imports as jobs: files on this computer, files dropped into the window (as bytes), with progress
// and cancel. With `accept`, each imported message is accepted as suggested, oldest first, so an
// original opens the case and its replies join it.
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import type { ImportSummary } from '../../../../shared/contract/triage';
import type { Db } from '../../store/database';
import { stmt } from '../../store/statements';
import { splitMbox } from '../mbox-splitter';
import { estimateSourceBytes, readSources, type SourceItem } from '../read-sources';
import { acceptOne, type AcceptContext } from './accept';
import { Importer, type ImporterOptions } from './importer';
import { workerPreparer } from './preparer';

export interface ImportRun {
  signal?: AbortSignal;
  progress?: (fraction: number | null, detail: string) => void;
  now: () => Date;
  defaultTimeZone: string;
  accept?: boolean;
  batchSize?: number;
  /** Prepare in worker threads from this many bytes of mail on (below it, starting them costs more than they win). */
  workersFromBytes?: number;
}

/** About 2,000 short messages: below this, starting workers costs more than it saves. */
export const WORKERS_FROM_BYTES = 2 * 1024 * 1024;

/** Reads items into the store. Aborting throws; batches committed before stay. */
export async function importItems(db: Db, items: AsyncIterable<SourceItem>, totalBytes: number, run: ImportRun, extra: Partial<ImporterOptions> = {}): Promise<ImportSummary> {
  const useWorkers = totalBytes >= (run.workersFromBytes ?? WORKERS_FROM_BYTES);
  const importer = new Importer(db, { now: run.now, defaultTimeZone: run.defaultTimeZone, batchSize: run.batchSize, preparer: useWorkers ? workerPreparer : undefined, ...extra });
  let seen = 0;
  try {
    for await (const item of items) {
      run.signal?.throwIfAborted();
      if (item.kind === 'error') {
        importer.addError(item.file, item.message);
        continue;
      }
      await importer.add({ file: item.file, raw: item.raw, truncated: item.truncated });
      seen++;
      if (seen % 25 === 0) run.progress?.(totalBytes > 0 ? Math.min(0.99, item.bytesDone / totalBytes) : null, `${seen} messages read, ${importer.summary.duplicates} already known`);
    }
    run.signal?.throwIfAborted();
    await importer.finish();
  } finally {
    await importer.close();
  }
  const summary = importer.summary;
  if (run.accept) acceptImported(db, importer.storedIds, summary, { now: run.now(), defaultTimeZone: run.defaultTimeZone }, run);
  fillCaseRefs(db, summary);
  return summary;
}

/** Accepts as suggested, oldest message first; one that cannot be accepted stays in triage with a note. */
export function acceptImported(db: Db, ids: readonly number[], summary: ImportSummary, ctx: AcceptContext, run: Pick<ImportRun, 'signal' | 'progress'> = {}): void {
  const order = ids.map((id) => ({ id, at: (stmt(db, 'SELECT received_at FROM messages WHERE id = ?').get(id) as { received_at: string }).received_at }))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id - b.id));
  let done = 0;
  const byId = new Map(summary.messages.filter((m) => m.id).map((m) => [m.id!, m]));
  for (const { id } of order) {
    run.signal?.throwIfAborted();
    try {
      const outcome = db.transaction(() => acceptOne(db, id, undefined, ctx))();
      // A message that joined an existing case (its own thread, or one opened earlier in this run) threaded to it.
      for (const joinedId of [...(outcome.created ? [] : [id]), ...outcome.joined]) {
        const m = byId.get(joinedId);
        if (m && !m.threadedTo) m.threadedTo = outcome.caseRef;
      }
    } catch (err) {
      const file = summary.messages.find((m) => m.id === id)?.file ?? `message ${id}`;
      summary.errors.push({ file, message: `left in triage: ${(err as Error).message}` });
    }
    if (++done % 25 === 0) run.progress?.(null, `${done} of ${order.length} messages accepted`);
  }
}

/** One query over the import's range of ids, not one a message: most imported messages are in no case yet. */
function fillCaseRefs(db: Db, summary: ImportSummary): void {
  let [first, last] = [Infinity, -Infinity];
  for (const m of summary.messages) if (m.id) [first, last] = [Math.min(first, m.id), Math.max(last, m.id)];
  if (first > last) return;
  const rows = stmt(db, 'SELECT m.id, c.ref FROM messages m JOIN cases c ON c.id = m.case_id WHERE m.id BETWEEN ? AND ?').all(first, last) as { id: number; ref: string }[];
  const refs = new Map(rows.map((r) => [r.id, r.ref]));
  for (const m of summary.messages) if (m.id) m.caseRef = refs.get(m.id) ?? null;
}

export async function importPaths(db: Db, paths: readonly string[], run: ImportRun): Promise<ImportSummary> {
  const total = await estimateSourceBytes(paths);
  run.progress?.(0, 'Reading mail files…');
  return importItems(db, readSources(paths, { signal: run.signal }), total, run);
}

const looksLikeMbox = (name: string, bytes: Buffer) => ['.mbox', '.mbx'].includes(extname(name).toLowerCase()) || (extname(name).toLowerCase() !== '.eml' && bytes.subarray(0, 5).toString('latin1') === 'From ');

/** Dropped files arrive as bytes: an mbox is split from memory, anything else is one message. */
async function* bytesSources(files: readonly { name: string; bytes: Buffer }[], signal?: AbortSignal): AsyncGenerator<SourceItem> {
  let done = 0;
  for (const f of files) {
    signal?.throwIfAborted();
    if (looksLikeMbox(f.name, f.bytes)) {
      for await (const m of splitMbox(Readable.from([f.bytes]), { signal })) yield { kind: 'message', file: `${f.name}#${m.index}`, raw: m.raw, bytesDone: done + m.bytesRead, truncated: m.truncated };
    } else {
      yield { kind: 'message', file: f.name, raw: f.bytes, bytesDone: done + f.bytes.length, truncated: false };
    }
    done += f.bytes.length;
  }
}

export async function importBytes(db: Db, files: readonly { name: string; bytes: Buffer }[], run: ImportRun): Promise<ImportSummary> {
  const total = files.reduce((n, f) => n + f.bytes.length, 0);
  return importItems(db, bytesSources(files, run.signal), total, run);
}
