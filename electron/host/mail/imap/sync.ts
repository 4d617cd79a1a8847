// Incremental, at-least-once download of new messages from the selected folders.
//
// Per folder the state holds UIDVALIDITY and the highest UID the importer has accepted. Only
// messages above that UID are fetched, oldest first, and the UID advances only after onMessage
// resolved. A crash, a cancellation or a lost connection therefore never skips a message; at
// worst the message being handled is offered again on the next run (the importer dedups).
import type { FetchMessageObject, ImapFlow } from 'imapflow';
import { abortedError, errorContext, openSession } from './connect';
import { describeImapError, ImapSyncError } from './errors';
import type { FolderSyncState, ImapSettings, OnMessage, SyncOptions, SyncResult, SyncState } from './types';

const DEFAULT_BATCH = 25;
// Keeps memory bounded when a folder holds large attachments.
const MAX_BATCH_BYTES = 8 * 1024 * 1024;

interface Pending {
  uid: number;
  size: number;
}

function copyState(state: SyncState): SyncState {
  const folders: Record<string, FolderSyncState> = {};
  for (const [path, f] of Object.entries(state.folders ?? {})) folders[path] = { ...f };
  return { folders };
}

function batches(pending: Pending[], maxCount: number): Pending[][] {
  const out: Pending[][] = [];
  let cur: Pending[] = [];
  let bytes = 0;
  for (const p of pending) {
    if (cur.length > 0 && (cur.length >= maxCount || bytes + p.size > MAX_BATCH_BYTES)) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(p);
    bytes += p.size;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

function isoDate(d: Date | string | undefined): string {
  if (d instanceof Date) return d.toISOString();
  if (typeof d === 'string' && !Number.isNaN(Date.parse(d))) return new Date(d).toISOString();
  return new Date(0).toISOString();
}

export async function syncMailbox(
  settings: ImapSettings,
  state: SyncState,
  onMessage: OnMessage,
  opts: SyncOptions = {},
): Promise<SyncResult> {
  const { signal } = opts;
  const next = copyState(state);
  const uidValidityReset: string[] = [];
  let fetched = 0;
  let folder: string | undefined;

  const fail = (err: unknown): ImapSyncError => {
    const e = signal?.aborted ? abortedError() : describeImapError(err, errorContext(settings, folder));
    e.state = copyState(next);
    e.fetched = fetched;
    return e;
  };
  const checkAbort = (): void => {
    if (signal?.aborted) throw abortedError();
  };

  let session;
  try {
    session = await openSession(settings, signal);
  } catch (err) {
    throw fail(err);
  }
  const { client } = session;
  const keepAliveMs = Math.min(60_000, errorContext(settings).timeouts.socketMs / 2);
  try {
    for (folder of settings.folders) {
      checkAbort();
      const mailbox = await client.mailboxOpen(folder, { readOnly: true });
      const uidValidity = mailbox.uidValidity.toString();
      const known = next.folders[folder];
      if (known && known.uidValidity !== uidValidity) uidValidityReset.push(folder);
      const current: FolderSyncState = { uidValidity, lastUid: known?.uidValidity === uidValidity ? known.lastUid : 0 };
      next.folders[folder] = current;
      const path = folder;

      const pending = await listNewMessages(client, current.lastUid, mailbox.exists, mailbox.uidNext);
      const total = pending.length;
      let done = 0;
      opts.onProgress?.({ folder, done, total });
      for (const batch of batches(pending, Math.max(1, opts.batchSize ?? DEFAULT_BATCH))) {
        checkAbort();
        const range = batch.map((p) => p.uid).join(',');
        const got = new Map<number, FetchMessageObject>();
        for (const m of await client.fetchAll(range, { uid: true, source: true, internalDate: true, flags: true }, { uid: true })) {
          got.set(m.uid, m);
        }
        for (const { uid } of batch) {
          const m = got.get(uid);
          // A message expunged between listing and fetching is simply gone; move past it.
          if (m?.source) {
            const msg = {
              folder: path,
              uidValidity,
              uid,
              raw: m.source,
              internalDate: isoDate(m.internalDate),
              flags: [...(m.flags ?? [])],
            };
            try {
              await withKeepAlive(client, keepAliveMs, () => onMessage(msg));
            } catch (err) {
              throw new ImapSyncError('import-failed',
                `Importing message ${uid} from folder "${folder}" failed: ${(err as Error)?.message ?? String(err)}`, err);
            }
            fetched++;
          }
          current.lastUid = uid;
          done++;
          opts.onProgress?.({ folder, done, total });
          checkAbort();
        }
      }
    }
    folder = undefined;
  } catch (err) {
    await session.end();
    throw fail(err);
  }
  await session.end();
  return { state: next, fetched, uidValidityReset };
}

// A slow importer (large attachments, OCR) must not let the idle connection time out, on our
// side or the server's; a NOOP now and then keeps it alive. No fetch is running meanwhile.
async function withKeepAlive(client: ImapFlow, everyMs: number, work: () => Promise<void>): Promise<void> {
  const timer = setInterval(() => { client.noop().catch(() => undefined); }, everyMs);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
}

// UIDs above lastUid with their sizes, oldest first. "N:*" always matches the newest message
// even when its UID is below N, hence the filter.
async function listNewMessages(client: ImapFlow, lastUid: number, exists: number, uidNext: number): Promise<Pending[]> {
  if (exists === 0 || (uidNext > 0 && uidNext <= lastUid + 1)) return [];
  const found = await client.fetchAll(`${lastUid + 1}:*`, { uid: true, size: true }, { uid: true });
  return found
    .filter((m) => m.uid > lastUid)
    .map((m) => ({ uid: m.uid, size: m.size ?? 0 }))
    .sort((a, b) => a.uid - b.uid);
}
