// `dpo letter` from a terminal: the template list a script reads without any workspace, a rendered
// letter written to disk and read back, and exit code 2 with the missing facts named.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { CLI_PASSPHRASE, dpo } from '../../../test/helpers/cli';
import { tempDir, testHost } from '../../../test/helpers/temp-workspace';
import { docxText, pdfText } from '../../host/letters/test-readers';

/** A workspace with IMAPS and a German member's access request received Saturday 31 January 2026. */
async function workspace(): Promise<{ dir: string; ref: string }> {
  const dir = join(tempDir(), 'workspace');
  const host = testHost(dir);
  await host.api['workspace.create']({ passphrase: CLI_PASSPHRASE, remember: false });
  await host.api['organisations.addPreset']({ presetId: 'imaps' });
  const { ref } = await host.api['cases.create']({
    requestTypes: ['access'], regimes: ['gdpr'], receivedLocal: '2026-01-31T10:15', timeZone: 'Europe/Berlin',
    requester: { name: 'Zofia Łukasiewicz-Dvořák', email: 'zofia.lukasiewicz@example.org' }, organisationId: 'imaps', language: 'de',
  });
  host.dispose();
  return { dir, ref };
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('dpo letter templates', () => {
  it('lists every template id with its languages as JSON, with no workspace at all', async () => {
    const { code, out } = await dpo(join(tempDir(), 'nowhere'), 'letter', 'templates', '--json');
    expect(code).toBe(0);
    const list = JSON.parse(out) as Array<{ id: string; title: string; languages: string[] }>;
    expect(list.map((t) => t.id)).toEqual(expect.arrayContaining(['acknowledgement', 'extension-notice', 'access-response', 'erasure-partly-refused', 'complaint-response']));
    for (const t of list) expect(t.languages).toEqual(expect.arrayContaining(['en', 'de', 'fr']));
  });
});

describe('dpo letter render', () => {
  it('writes the German acknowledgement as a PDF whose text holds the ref, the name and "2. März 2026", and prints its SHA-256', async () => {
    const { dir, ref } = await workspace();
    const file = join(tempDir(), 'ack.pdf');
    const { code, out } = await dpo(dir, 'letter', 'render', ref, '--template', 'acknowledgement', '--lang', 'de', '--format', 'pdf', '--out', file, '--json');
    expect(code).toBe(0);
    const result = JSON.parse(out);
    const bytes = readFileSync(file);
    expect(result).toMatchObject({ ref, templateId: 'acknowledgement', lang: 'de', format: 'pdf', bytes: bytes.length, sha256: sha(bytes) });
    const text = await pdfText(bytes);
    expect(text).toContain(ref);
    expect(text).toContain('Zofia Łukasiewicz-Dvořák');
    expect(text).toContain('2. März 2026');

    const host = testHost(dir);
    await host.api['workspace.unlock']({ passphrase: CLI_PASSPHRASE });
    const filed = await host.api['letters.correspondence']({ ref });
    expect(filed).toEqual([expect.objectContaining({ channel: 'export', format: 'pdf', sha256: sha(bytes), bytes: bytes.length })]);
    const detail = await host.api['cases.get']({ ref });
    expect(detail.history.some((h) => h.action === 'letter.exported')).toBe(true);
  });

  it('writes DOCX and .eml with the same facts, and the plain output names the file and the hash', async () => {
    const { dir, ref } = await workspace();
    const docx = join(tempDir(), 'ack.docx');
    const r1 = await dpo(dir, 'letter', 'render', ref, '--template', 'acknowledgement', '--lang', 'fr', '--format', 'docx', '--out', docx);
    expect(r1.code).toBe(0);
    expect(r1.out).toContain(`SHA-256 ${sha(readFileSync(docx))}`);
    const text = await docxText(readFileSync(docx));
    expect(text).toContain(ref);
    expect(text).toContain('2 mars 2026');

    const eml = join(tempDir(), 'ack.eml');
    expect((await dpo(dir, 'letter', 'render', ref, '--template', 'acknowledgement', '--lang', 'en', '--format', 'eml', '--out', eml)).code).toBe(0);
    const mail = await simpleParser(readFileSync(eml));
    expect(mail.subject).toContain(`[${ref}]`);
    expect(mail.text).toContain('2 March 2026');
  });

  it('takes the letter’s facts from a JSON file', async () => {
    const { dir, ref } = await workspace();
    const facts = join(tempDir(), 'facts.json');
    writeFileSync(facts, JSON.stringify({ extensionReasons: 'Ihre Anfrage betrifft zwölf Jahre Mitgliedschaft in drei Systemen.' }));
    const file = join(tempDir(), 'ext.pdf');
    const { code } = await dpo(dir, 'letter', 'render', ref, '--template', 'extension-notice', '--lang', 'de', '--format', 'pdf', '--out', file, '--extras', facts);
    expect(code).toBe(0);
    const text = await pdfText(readFileSync(file));
    expect(text).toContain('zwölf Jahre Mitgliedschaft');
    expect(text).toContain('28. April 2026');
  });

  it('exits 2 naming the missing facts, and files nothing', async () => {
    const { dir, ref } = await workspace();
    const file = join(tempDir(), 'fee.pdf');
    const { code, err } = await dpo(dir, 'letter', 'render', ref, '--template', 'fee-notice', '--lang', 'en', '--format', 'pdf', '--out', file);
    expect(code).toBe(2);
    expect(err).toContain('missing: the fee amount (letter.fee), the reason for the fee (letter.feeReason)');
    const host = testHost(dir);
    await host.api['workspace.unlock']({ passphrase: CLI_PASSPHRASE });
    expect(await host.api['letters.correspondence']({ ref })).toEqual([]);
  });

  it('exits 2 for an unknown template, language or format', async () => {
    const { dir, ref } = await workspace();
    const file = join(tempDir(), 'x.pdf');
    const unknownTemplate = await dpo(dir, 'letter', 'render', ref, '--template', 'love-letter', '--lang', 'en', '--format', 'pdf', '--out', file);
    expect(unknownTemplate).toMatchObject({ code: 2, err: expect.stringContaining('no letter template "love-letter"') });
    const unknownLang = await dpo(dir, 'letter', 'render', ref, '--template', 'acknowledgement', '--lang', 'pl', '--format', 'pdf', '--out', file);
    expect(unknownLang).toMatchObject({ code: 2, err: expect.stringContaining('has no "pl" text') });
    const unknownFormat = await dpo(dir, 'letter', 'render', ref, '--template', 'acknowledgement', '--lang', 'en', '--format', 'odt', '--out', file);
    expect(unknownFormat).toMatchObject({ code: 2, err: expect.stringContaining('Unknown format "odt"') });
  });
});
