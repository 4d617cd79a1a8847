import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { renderLetterOrThrow } from '../../../shared/letters';
import { sampleContext } from '../../../shared/letters/test-fixtures';
import { letterRecord, sha256Hex } from './hash';
import { renderPdf } from './pdf';

describe('the hash a sent or exported letter is logged with', () => {
  it('is the standard SHA-256 ("abc" gives the FIPS 180-2 test vector)', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('of an exported PDF matches what sha256sum says about the file on disk', async () => {
    const letter = renderLetterOrThrow('closure', 'en', sampleContext());
    const pdf = await renderPdf(letter);
    const record = letterRecord(letter, 'pdf', pdf);
    const dir = await mkdtemp(path.join(tmpdir(), 'dpo-hash-'));
    try {
      const file = path.join(dir, 'DPO-2026-0042-closure.pdf');
      await writeFile(file, pdf);
      const { stdout } = await promisify(execFile)('sha256sum', [file]);
      expect(stdout.split(' ')[0]).toBe(record.sha256);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect(record).toMatchObject({ caseRef: 'DPO-2026-0042', templateId: 'closure', lang: 'en', format: 'pdf', bytes: pdf.length });
  });
});
