import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { estimateSourceBytes, readSources, type SourceItem } from './read-sources';

let dir: string;

const eml = (subject: string) => `From: a@example.org\r\nSubject: ${subject}\r\n\r\nbody\r\n`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sources-'));
  mkdirSync(join(dir, 'inbox', '2025'), { recursive: true });
  writeFileSync(join(dir, 'inbox', 'a-request.eml'), eml('Access request'));
  writeFileSync(join(dir, 'inbox', '2025', 'archive.mbox'),
    'From a@b Mon Jan  6 09:00:00 2025\nSubject: one\n\nx\n\nFrom c@d Mon Jan  6 09:00:00 2025\nSubject: two\n\ny\n');
  writeFileSync(join(dir, 'inbox', 'notes.txt'), 'not mail');
  writeFileSync(join(dir, 'inbox', '.hidden.eml'), eml('hidden'));
  writeFileSync(join(dir, 'Thunderbird-Inbox'), 'From a@b Mon Jan  6 09:00:00 2025\nSubject: three\n\nz\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function all(paths: string[], opts = {}): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of readSources(paths, opts)) out.push(item);
  return out;
}

describe('reading what the DPO chose to import', () => {
  it('walks a folder recursively, takes .eml and .mbox files and labels mbox messages path#index (1-based)', async () => {
    const items = await all([join(dir, 'inbox')]);
    expect(items.map((i) => i.file)).toEqual([
      join(dir, 'inbox', '2025', 'archive.mbox#1'),
      join(dir, 'inbox', '2025', 'archive.mbox#2'),
      join(dir, 'inbox', 'a-request.eml'),
    ]);
    const last = items[2];
    expect(last.kind === 'message' && last.raw.toString()).toContain('Subject: Access request');
  });

  it('reads an extension-less file named explicitly as an mbox when it starts with "From "', async () => {
    const items = await all([join(dir, 'Thunderbird-Inbox')]);
    expect(items).toHaveLength(1);
    expect(items[0].file).toBe(join(dir, 'Thunderbird-Inbox#1'));
  });

  it('reports a missing path as an error item and carries on', async () => {
    const items = await all([join(dir, 'nope.eml'), join(dir, 'inbox', 'a-request.eml')]);
    expect(items[0]).toMatchObject({ kind: 'error', file: join(dir, 'nope.eml') });
    expect(items[1]).toMatchObject({ kind: 'message' });
  });

  it('estimates the total bytes so progress can reach 100 %', async () => {
    const total = await estimateSourceBytes([join(dir, 'inbox')]);
    let last = 0;
    const items = await all([join(dir, 'inbox')], { onProgress: (b: number) => { last = b; } });
    expect(items.at(-1)!.bytesDone).toBe(total);
    expect(last).toBe(total);
  });

  it('stops when cancelled', async () => {
    const ac = new AbortController();
    ac.abort(new Error('cancelled'));
    await expect(all([join(dir, 'inbox')], { signal: ac.signal })).rejects.toThrow('cancelled');
  });
});
