// A large mailbox is parsed and triaged in worker threads while one writer stores it. What the DPO
// finds afterwards must not depend on that: the same messages, suggestions, threads and duplicates
// as an import done one message at a time.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { emptyCorrections } from '../../../../shared/triage';
import { tempDir, unlockedHost } from '../../../../test/helpers/temp-workspace';
import { importItems, importPaths } from './import-job';
import { Importer } from './importer';
import { inThreadPreparer, workerPreparer, type Preparer } from './preparer';
import { readSources } from '../read-sources';
import { CORPUS, eml } from './test-helpers';

/** The labelled mailbox as one mbox, plus a second copy of one message, a reply before its original and an attachment. */
function writeMailbox(dir: string): string {
  const messages = readdirSync(CORPUS).filter((f) => f.endsWith('.eml')).sort().map((f) => readFileSync(join(CORPUS, f), 'latin1'));
  messages.push(messages[3]);
  messages.push(eml({ subject: 'Re: Erasure request', messageId: 'reply-7@example.org', inReplyTo: 'orig-7@example.org', date: 'Wed, 04 Mar 2026 10:00:00 +0100', body: 'Here is my ID.\r\n\r\n> Please erase my data under Art. 17 GDPR.' }));
  messages.push(eml({ subject: 'Erasure request', messageId: 'orig-7@example.org', body: 'Please erase all my personal data under Art. 17 GDPR.' }));
  messages.push([
    'From: Ola Nordmann <ola@example.no>', 'To: privacy@brightwater.example', 'Subject: Innsyn - kopi av ID', 'Message-ID: <id-scan@example.no>',
    'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"', '', '--b', 'Content-Type: text/plain; charset=utf-8', '',
    'I request access to my personal data under Art. 15 GDPR. My ID is attached.', '--b', 'Content-Type: application/pdf; name="id.pdf"',
    'Content-Transfer-Encoding: base64', '', Buffer.from('%PDF-1.4 scanned ID card').toString('base64'), '--b--', '',
  ].join('\r\n'));
  const path = join(dir, 'privacy.mbox');
  // mboxrd: a body line starting "From " gets a ">" so it cannot end the message; a blank line ends each.
  const body = (m: string) => m.replace(/\r\n/g, '\n').replace(/^(>*From )/gm, '>$1').replace(/\n*$/, '\n');
  writeFileSync(path, messages.map((m) => `From sender@example.org Mon Mar  2 09:00:00 2026\n${body(m)}\n`).join(''), 'latin1');
  return path;
}

async function importWith(mbox: string, workersFromBytes: number) {
  const host = await unlockedHost();
  const db = host.workspace.database();
  const summary = await importPaths(db, [mbox], { now: () => new Date('2026-03-10T12:00:00Z'), defaultTimeZone: 'Europe/Berlin', workersFromBytes });
  const rows = db.prepare('SELECT source, sha256, message_key, triage_json, text_body, thread_case_id, provisional_due FROM messages ORDER BY id').all();
  const attachments = db.prepare('SELECT message_id, filename, sha256, length(data) AS size FROM attachments ORDER BY id').all();
  return { summary, rows, attachments };
}

describe('importing a large mailbox in worker threads', () => {
  it('stores the same messages, suggestions and duplicates as an import one message at a time', async () => {
    const mbox = writeMailbox(tempDir());
    const inParallel = await importWith(mbox, 0);
    const oneByOne = await importWith(mbox, Number.POSITIVE_INFINITY);
    expect(inParallel.summary).toMatchObject({ imported: 33, duplicates: 1, failed: 0 });
    expect(inParallel.summary).toEqual(oneByOne.summary);
    expect(inParallel.rows).toEqual(oneByOne.rows);
    expect(inParallel.attachments).toEqual(oneByOne.attachments);
    expect(inParallel.attachments).toContainEqual(expect.objectContaining({ filename: 'id.pdf', size: 24 }));
  }, 60_000);

  it('this thread prepares the newest waiting messages while the worker is busy, and the result is the same', async () => {
    const mbox = writeMailbox(tempDir());
    const oneByOne = await importWith(mbox, Number.POSITIVE_INFINITY);
    const host = await unlockedHost();
    const db = host.workspace.database();
    // A queue of two per worker: the rest of the mailbox waits, and this thread takes from it.
    const pool = workerPreparer(emptyCorrections(), { workers: 1, queuePerWorker: 2 });
    // Once the worker is up (a message asked of the pool alone waits for it), or this thread would do it all.
    const warmUp = await pool.prepare({ file: 'warm-up.eml', raw: Buffer.from(eml({ subject: 'Warm-up', messageId: 'warm-up@example.org', body: 'Hello.' })) }, new Date('2026-03-10T12:00:00Z'));
    expect(warmUp.parsed.subject).toBe('Warm-up');
    const summary = await importItems(db, readSources([mbox]), statSync(mbox).size, { now: () => new Date('2026-03-10T12:00:00Z'), defaultTimeZone: 'Europe/Berlin' }, {
      preparer: () => pool,
    });
    expect(summary).toEqual(oneByOne.summary);
    expect(db.prepare('SELECT source, sha256, message_key, triage_json, text_body, thread_case_id, provisional_due FROM messages ORDER BY id').all()).toEqual(oneByOne.rows);
    expect(pool.prepared!.here).toBeGreaterThan(0);
    expect(pool.prepared!.inWorkers).toBeGreaterThan(1);
    expect(pool.prepared!.here + pool.prepared!.inWorkers).toBe(34);
  }, 60_000);

  it('while its worker is still starting, this thread prepares the oldest messages itself, so the import never waits for it', async () => {
    const mbox = writeMailbox(tempDir());
    const oneByOne = await importWith(mbox, Number.POSITIVE_INFINITY);
    // A worker that starts but never says it is ready (as if its modules took forever to load).
    const stuck = join(tempDir(), 'stuck-worker.mjs');
    writeFileSync(stuck, 'await new Promise(() => setInterval(() => {}, 60_000));\n');
    const host = await unlockedHost();
    const db = host.workspace.database();
    let pool: Preparer | undefined;
    const summary = await importItems(db, readSources([mbox]), statSync(mbox).size, { now: () => new Date('2026-03-10T12:00:00Z'), defaultTimeZone: 'Europe/Berlin' }, {
      preparer: (corrections) => (pool = workerPreparer(corrections, { workers: 1, entry: pathToFileURL(stuck) })),
    });
    expect(summary).toEqual(oneByOne.summary);
    expect(db.prepare('SELECT source, sha256, message_key, triage_json, text_body, thread_case_id, provisional_due FROM messages ORDER BY id').all()).toEqual(oneByOne.rows);
    expect(pool!.workersStarted).toBe(1);
    expect(pool!.prepared).toEqual({ inWorkers: 0, here: 33 });
  }, 60_000);

  it('large messages are held in preparation, and waiting to be written, only up to a byte budget', async () => {
    const host = await unlockedHost();
    const db = host.workspace.database();
    const scan = 'x'.repeat(100 * 1024);
    let outstanding = 0;
    let mostOutstanding = 0;
    const batches: number[] = [];
    const here = inThreadPreparer(emptyCorrections());
    const importer = new Importer(db, {
      now: () => new Date('2026-03-10T12:00:00Z'), defaultTimeZone: 'Europe/Berlin', maxBytesInFlight: 1024 * 1024,
      onCommit: (batch) => batches.push(batch.length),
      // A preparer that would take 512 at once, as the workers do, and answers a little later.
      preparer: () => ({
        window: 512, workersStarted: 0, close: async () => {},
        prepare: async (item, now) => {
          mostOutstanding = Math.max(mostOutstanding, ++outstanding);
          await new Promise((r) => setTimeout(r, 2));
          outstanding--;
          return here.prepare(item, now);
        },
      }),
    });
    for (let i = 0; i < 40; i++) await importer.add({ file: `scan-${i}.eml`, raw: Buffer.from(eml({ subject: `Scan ${i}`, messageId: `scan-${i}@example.org`, body: scan })) });
    await importer.finish();
    await importer.close();
    expect(importer.summary).toMatchObject({ imported: 40, failed: 0 });
    // ~100 KB each against 1 MiB: about ten in preparation, and batches of about ten.
    expect(mostOutstanding).toBeLessThanOrEqual(12);
    expect(Math.max(...batches)).toBeLessThanOrEqual(12);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(40);
  });

  it('a worker that cannot start leaves every message to this thread, and none is lost', async () => {
    const dir = tempDir();
    const broken = join(dir, 'broken-worker.mjs');
    writeFileSync(broken, 'throw new Error("this worker cannot start");\n');
    const pool = workerPreparer(emptyCorrections(), { workers: 2, entry: pathToFileURL(broken) });
    const here = inThreadPreparer(emptyCorrections());
    const raw = Buffer.from(eml({ subject: 'Auskunftsersuchen', messageId: 'de-1@example.de', body: 'Ich verlange Auskunft nach Art. 15 DSGVO über meine gespeicherten Daten.' }));
    const now = new Date('2026-03-10T12:00:00Z');
    try {
      const [viaPool, viaHere] = await Promise.all([pool.prepare({ file: 'a.eml', raw }, now), here.prepare({ file: 'a.eml', raw }, now)]);
      expect(viaPool.triage).toMatchObject({ requestType: 'access', language: 'de' });
      expect(viaPool).toEqual(viaHere);
    } finally {
      await pool.close();
    }
    // A worker that cannot even be created (here: a script the platform refuses to run) changes nothing either.
    const refused = workerPreparer(emptyCorrections(), { workers: 2, entry: new URL('https://example.org/prepare-worker.js') });
    expect(refused.window).toBe(1);
    expect(await refused.prepare({ file: 'a.eml', raw }, now)).toEqual(await here.prepare({ file: 'a.eml', raw }, now));
  });

  it('a worker whose bundle turns out unavailable leaves every message to this thread, and none waits for it', async () => {
    let noEntry!: (url: URL | null) => void;
    const pool = workerPreparer(emptyCorrections(), { workers: 1, entry: new Promise((resolve) => (noEntry = resolve)) });
    const raw = Buffer.from(eml({ subject: 'Auskunftsersuchen', messageId: 'de-1@example.de', body: 'Ich verlange Auskunft nach Art. 15 DSGVO über meine gespeicherten Daten.' }));
    const now = new Date('2026-03-10T12:00:00Z');
    try {
      const asked = pool.prepare({ file: 'a.eml', raw }, now);
      noEntry(null);
      expect((await asked).triage).toMatchObject({ requestType: 'access', language: 'de' });
      expect(await pool.prepare({ file: 'b.eml', raw }, now)).toMatchObject({ file: 'b.eml' });
      expect(pool.workersStarted).toBe(0);
      expect(pool.prepared).toEqual({ inWorkers: 0, here: 2 });
      expect(pool.window).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('a second worker starts only once the first has a queue, so a file of one huge message pays for one worker', async () => {
    const pool = workerPreparer(emptyCorrections(), { workers: 2 });
    const now = new Date('2026-03-10T12:00:00Z');
    const message = (i: number) => ({ file: `m${i}.eml`, raw: Buffer.from(eml({ subject: 'Auskunftsersuchen', messageId: `de-${i}@example.de`, body: 'Ich verlange Auskunft nach Art. 15 DSGVO.' })) });
    try {
      // Over 4 MB a message is prepared in this thread: copying it to a worker would double its memory.
      const huge = { file: 'huge.eml', raw: Buffer.concat([Buffer.from(eml({ subject: 'Scan', messageId: 'huge@example.de', body: 'Anbei.' })), Buffer.alloc(5 * 1024 * 1024, 0x41)]) };
      await pool.prepare(huge, now);
      await pool.prepare(message(0), now);
      expect(pool.workersStarted).toBe(1);
      const many = Array.from({ length: 40 }, (_, i) => pool.prepare(message(i + 1), now));
      expect(pool.workersStarted).toBe(2);
      const prepared = await Promise.all(many);
      expect(prepared.map((p) => p.triage?.requestType)).toEqual(Array(40).fill('access'));
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('cancelling stops the workers; whole batches stay committed and importing again completes the mailbox', async () => {
    const mbox = writeMailbox(tempDir());
    const host = await unlockedHost();
    const db = host.workspace.database();
    const controller = new AbortController();
    const run = importPaths(db, [mbox], {
      now: () => new Date('2026-03-10T12:00:00Z'), defaultTimeZone: 'Europe/Berlin', workersFromBytes: 0, batchSize: 10, signal: controller.signal,
      progress: (_f, detail) => { if (detail.startsWith('25 messages')) controller.abort(); },
    });
    await expect(run).rejects.toThrow();
    const stored = (db.prepare('SELECT count(*) AS n FROM messages').get() as { n: number }).n;
    // Messages still being prepared when the DPO cancelled are dropped whole, never half-stored.
    expect(stored % 10).toBe(0);
    expect(stored).toBeLessThan(33);
    const again = await importPaths(db, [mbox], { now: () => new Date('2026-03-10T12:00:00Z'), defaultTimeZone: 'Europe/Berlin', workersFromBytes: 0 });
    expect(again).toMatchObject({ imported: 33 - stored, duplicates: stored + 1, failed: 0 });
  }, 60_000);
});
