import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { renderLetterOrThrow } from '../../../shared/letters';
import { IMT, sampleContext } from '../../../shared/letters/test-fixtures';
import { exportLetter } from './export';
import { sha256Hex } from './hash';
import { docxText, pdfText } from './test-readers';

describe('exporting one letter in each format, as `dpo letter render` does', () => {
  const letter = renderLetterOrThrow('acknowledgement', 'fr', sampleContext());

  it('pdf: the file holds the French due date and is logged with its own hash', async () => {
    const out = await exportLetter(letter, 'pdf');
    expect(out.fileName).toBe('DPO-2026-0042-acknowledgement-fr.pdf');
    expect(out.record.sha256).toBe(sha256Hex(out.bytes));
    expect(await pdfText(out.bytes)).toContain('au plus tard le 2 mars 2026');
  });

  it('docx: the same facts in an editable document', async () => {
    const out = await exportLetter(letter, 'docx');
    expect(out.record.format).toBe('docx');
    const text = await docxText(out.bytes);
    expect(text).toContain('au plus tard le 2 mars 2026');
    expect(text).toContain('Zofia Łukasiewicz-Dvořák');
  });

  it('eml: a reply from the DPO to the requester with the PDF attached', async () => {
    const out = await exportLetter(letter, 'eml', { eml: { inReplyTo: '<request-0042@mail.example.org>' } });
    const mail = await simpleParser(out.bytes);
    expect(mail.from?.value[0]).toEqual({ name: 'IMAPS', address: 'bschieman@imaps.org' });
    expect(mail.to && !Array.isArray(mail.to) && mail.to.value[0].address).toBe('zofia.lukasiewicz@example.org');
    expect(mail.inReplyTo).toBe('<request-0042@mail.example.org>');
    expect(mail.attachments.map((a) => a.filename)).toEqual(['DPO-2026-0042-acknowledgement.pdf']);
    expect(out.messageId).toBe(mail.messageId);
    expect(out.record.sha256).toBe(sha256Hex(out.bytes));
  });

  it('eml: a letter to a recourse body with no e-mail address on file cannot be mailed', async () => {
    const toBbb = renderLetterOrThrow('escalation-letter', 'en', sampleContext({ organisation: IMT }));
    await expect(exportLetter(toBbb, 'eml')).rejects.toThrow('The letter has no e-mail address to reply to');
  });
});
