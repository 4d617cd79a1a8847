import { describe, expect, it } from 'vitest';
import { mkdtempSync, createWriteStream, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { once } from 'node:events';
import { splitMbox, type MboxMessage } from './mbox-splitter';

async function collect(source: string | Readable, opts = {}): Promise<MboxMessage[]> {
  const out: MboxMessage[] = [];
  for await (const m of splitMbox(source, opts)) out.push(m);
  return out;
}

const mailbox = [
  'From alice@example.org Mon Jan  6 09:00:00 2025',
  'From: Alice <alice@example.org>',
  'Subject: Please delete my account',
  '',
  'Hello,',
  'From now on I do not want any mail.',
  '',
  '>From the moment I signed up you kept my data.',
  '>>From a quoted reply',
  '',
  'From bob@example.org Tue Jan  7 10:00:00 2025',
  'From: Bob <bob@example.org>',
  'Subject: Auskunftsersuchen',
  '',
  'Guten Tag',
  '',
].join('\n');

describe('splitting a privacy mailbox exported as mbox', () => {
  it('finds the two requests and restores the escaped ">From " lines (mboxrd)', async () => {
    const msgs = await collect(Readable.from([Buffer.from(mailbox)]));
    expect(msgs.map((m) => m.index)).toEqual([1, 2]);
    const first = msgs[0].raw.toString();
    expect(first.startsWith('From: Alice')).toBe(true);
    // "From now" is not after a blank line, so it stays inside the message.
    expect(first).toContain('\nFrom now on I do not want any mail.\n');
    expect(first).toContain('\nFrom the moment I signed up');
    expect(first).toContain('\n>From a quoted reply\n');
    expect(first.endsWith('>From a quoted reply\n')).toBe(true);
    expect(msgs[1].raw.toString()).toBe('From: Bob <bob@example.org>\nSubject: Auskunftsersuchen\n\nGuten Tag\n');
    expect(msgs[1].offset).toBe(mailbox.indexOf('From bob@'));
  });

  it('in mboxo mode only one level of escaping is undone', async () => {
    const msgs = await collect(Readable.from([Buffer.from(mailbox)]), { format: 'mboxo' });
    const first = msgs[0].raw.toString();
    expect(first).toContain('\nFrom the moment');
    expect(first).toContain('\n>>From a quoted reply');
  });

  it('keeps CRLF line endings and splits on CRLF blank lines', async () => {
    const crlf = mailbox.replace(/\n/g, '\r\n');
    const msgs = await collect(Readable.from([Buffer.from(crlf)]));
    expect(msgs).toHaveLength(2);
    expect(msgs[1].raw.toString()).toBe('From: Bob <bob@example.org>\r\nSubject: Auskunftsersuchen\r\n\r\nGuten Tag\r\n');
  });

  it('splits correctly when chunks cut lines and separators in half', async () => {
    const bytes = Buffer.from(mailbox);
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 7) chunks.push(bytes.subarray(i, i + 7));
    const msgs = await collect(Readable.from(chunks));
    const whole = await collect(Readable.from([bytes]));
    expect(msgs.map((m) => m.raw.toString())).toEqual(whole.map((m) => m.raw.toString()));
  });

  it('keeps text before the first separator as a message instead of dropping it', async () => {
    const msgs = await collect(Readable.from([Buffer.from('Subject: stray\n\nbody\n\n' + mailbox)]));
    expect(msgs).toHaveLength(3);
    expect(msgs[0].raw.toString()).toBe('Subject: stray\n\nbody\n');
  });

  it('stops when the DPO cancels the import', async () => {
    const ac = new AbortController();
    const seen: number[] = [];
    await expect(async () => {
      for await (const m of splitMbox(Readable.from([Buffer.from(mailbox), Buffer.from(mailbox)]), { signal: ac.signal })) {
        seen.push(m.index);
        ac.abort(new Error('cancelled by the DPO'));
      }
    }).rejects.toThrow('cancelled by the DPO');
    expect(seen).toEqual([1]);
  });

  it('cuts a message longer than the cap and marks it truncated', async () => {
    const big = 'From x@y Mon Jan  6 09:00:00 2025\nSubject: big\n\n' + 'a'.repeat(5000) + '\n';
    const msgs = await collect(Readable.from([Buffer.from(big)]), { maxMessageBytes: 1000 });
    expect(msgs[0].truncated).toBe(true);
    expect(msgs[0].raw.length).toBe(1000);
  });

  it('reads a 300 MB mbox file from disk with bounded memory and reports progress', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mbox-'));
    const file = join(dir, 'big.mbox');
    try {
      const body = ('Line of an ordinary message body, nothing special here.\n').repeat(180); // ~10 KB
      const out = createWriteStream(file);
      const count = 30_000;
      for (let i = 0; i < count; i++) {
        const ok = out.write(`From sender${i}@example.org Mon Jan  6 09:00:00 2025\nMessage-ID: <m${i}@example.org>\nSubject: n${i}\n\n${body}\n`);
        if (!ok) await once(out, 'drain');
      }
      out.end();
      await once(out, 'finish');

      global.gc?.();
      const before = process.memoryUsage();
      let peakRss = before.rss;
      let peakHeap = before.heapUsed;
      let n = 0;
      let lastProgress = 0;
      for await (const m of splitMbox(file, { onProgress: (b) => { lastProgress = b; } })) {
        n++;
        if (n === 1) expect(m.raw.toString()).toContain('Message-ID: <m0@example.org>');
        if (n % 1000 === 0) {
          const mem = process.memoryUsage();
          peakRss = Math.max(peakRss, mem.rss);
          peakHeap = Math.max(peakHeap, mem.heapUsed);
        }
      }
      expect(n).toBe(count);
      expect(lastProgress).toBeGreaterThan(300 * 1000 * 1000);
      // The file is ~300 MB; memory may grow by a few chunks and garbage, never by the file size.
      expect(peakHeap - before.heapUsed).toBeLessThan(80 * 1024 * 1024);
      expect(peakRss - before.rss).toBeLessThan(150 * 1024 * 1024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('yields a single message when the file has no trailing newline', async () => {
    const msgs = await collect(Readable.from([Buffer.from('From a@b Mon\nSubject: s\n\nno newline at end')]));
    expect(msgs[0].raw.toString()).toBe('Subject: s\n\nno newline at end');
  });
});
