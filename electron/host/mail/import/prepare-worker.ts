// A worker thread that prepares messages for the importer: MIME parsing, triage, thread keys.
// It holds no database and no key: it sees one message's bytes at a time and sends back what
// the host stores.
import { parentPort, workerData } from 'node:worker_threads';
import type { PrepareReplies, PrepareReply, PrepareRequest, PrepareRequests, PrepareWorkerData, WorkerReady } from './prepare-protocol';
import { prepareMessage } from './store-message';

const { corrections } = workerData as PrepareWorkerData;
const port = parentPort!;

/** Replies sent together, at most: the host settles messages in order and waits for the oldest. */
const REPLIES_PER_POST = 16;

async function prepareOne(req: PrepareRequest, transfer: ArrayBuffer[]): Promise<PrepareReply> {
  try {
    const raw = Buffer.from(req.raw.buffer, req.raw.byteOffset, req.raw.byteLength);
    const { raw: _sent, ...prepared } = await prepareMessage({ file: req.file, raw, internalDate: req.internalDate, truncated: req.truncated }, { now: new Date(req.now), corrections });
    for (const a of prepared.parsed.attachments) {
      // A Buffer may share a pooled ArrayBuffer: copy it out so the transfer moves only its bytes.
      const own = new Uint8Array(a.content);
      a.content = own as Buffer;
      transfer.push(own.buffer);
    }
    return { id: req.id, ok: true, prepared };
  } catch (err) {
    return { id: req.id, ok: false, error: (err as Error).message };
  }
}

port.on('message', async (requests: PrepareRequests) => {
  let replies: PrepareReplies = [];
  let transfer: ArrayBuffer[] = [];
  for (const req of requests) {
    replies.push(await prepareOne(req, transfer));
    if (replies.length >= REPLIES_PER_POST) {
      port.postMessage(replies, transfer);
      [replies, transfer] = [[], []];
    }
  }
  if (replies.length) port.postMessage(replies, transfer);
});

// Every module above is loaded by now: until this says so the host prepares messages itself.
port.postMessage({ ready: true } satisfies WorkerReady);
