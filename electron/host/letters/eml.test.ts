import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { renderLetterOrThrow } from '../../../shared/letters';
import { sampleContext } from '../../../shared/letters/test-fixtures';
import { buildReplyEml, taggedSubject } from './eml';
import { sha256Hex } from './hash';
import { renderPdf } from './pdf';

const REQUEST_ID = '<CAF3x9-request-0042@mail.example.org>';
const EARLIER = '<first-contact-17@mail.example.org>';
const FROM = { name: 'IMAPS Data Protection', address: 'bschieman@imaps.org' };
const TO = { name: 'Zofia Łukasiewicz-Dvořák', address: 'zofia.lukasiewicz@example.org' };

async function accessReply() {
  const letter = renderLetterOrThrow('access-response', 'de', sampleContext());
  const pdf = await renderPdf(letter);
  const exportZip = Buffer.from('PK\u0003\u0004 stand-in for the access export', 'latin1');
  const built = await buildReplyEml({
    letter, from: FROM, to: TO, inReplyTo: REQUEST_ID, references: [EARLIER], pdf,
    attachments: [{ filename: 'DPO-2026-0042-export.zip', content: exportZip, contentType: 'application/zip' }],
    date: new Date('2026-02-20T09:30:00Z'), messageId: '<DPO-2026-0042.access-response.1@imaps.org>',
  });
  return { letter, pdf, exportZip, built };
}

describe('the access response sent as a reply to the request e-mail', () => {
  it('threads under the request: In-Reply-To is its Message-ID, References end with it', async () => {
    const { built } = await accessReply();
    const mail = await simpleParser(built.raw);
    expect(mail.inReplyTo).toBe(REQUEST_ID);
    expect(mail.references).toEqual([EARLIER, REQUEST_ID]);
    expect(mail.messageId).toBe('<DPO-2026-0042.access-response.1@imaps.org>');
    expect(built.messageId).toBe(mail.messageId);
  });

  it('carries "[DPO-2026-0042]" in a German subject, encoded per RFC 2047 and decoded back', async () => {
    const { built } = await accessReply();
    const head = built.raw.subarray(0, built.raw.indexOf('\r\n\r\n')).toString('latin1');
    expect(head).toMatch(/^Subject: .*=\?UTF-8\?[QB]\?/im);
    expect(head).not.toMatch(/[^\x00-\x7f]/); // headers are 7-bit
    const mail = await simpleParser(built.raw);
    expect(mail.subject).toBe('[DPO-2026-0042] Ihr Antrag DPO-2026-0042: Auskunft über Ihre Daten');
    expect(built.subject).toBe(mail.subject);
  });

  it('has the letter as its text, with the name and dates written the German way', async () => {
    const { built } = await accessReply();
    const mail = await simpleParser(built.raw);
    expect(mail.text).toContain('Guten Tag Zofia Łukasiewicz-Dvořák,');
    expect(mail.text).toContain('Auf Ihren Antrag vom 31. Januar 2026');
    expect(mail.text).toContain('- Verarbeitungszwecke: membership administration');
    expect(mail.from?.value[0]).toEqual({ name: 'IMAPS Data Protection', address: 'bschieman@imaps.org' });
    expect(mail.headers.get('content-language')).toBe('de');
  });

  it('attaches the letter PDF and the access export byte for byte', async () => {
    const { built, pdf, exportZip } = await accessReply();
    const mail = await simpleParser(built.raw);
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ['DPO-2026-0042-access-response.pdf', 'application/pdf'],
      ['DPO-2026-0042-export.zip', 'application/zip'],
    ]);
    expect(mail.attachments[0].content.equals(pdf)).toBe(true);
    expect(mail.attachments[1].content.equals(exportZip)).toBe(true);
  });

  it('with a fixed date and Message-ID gives the same bytes, and its hash is of those bytes', async () => {
    const a = (await accessReply()).built;
    const b = (await accessReply()).built;
    expect(a.raw.equals(b.raw)).toBe(true);
    expect(a.sha256).toBe(sha256Hex(a.raw));
    expect(a.raw.subarray(-2).toString('latin1')).toBe('\r\n');
  });

  it('makes up a Message-ID on the sender’s domain when none is given', async () => {
    const letter = renderLetterOrThrow('acknowledgement', 'en', sampleContext());
    const built = await buildReplyEml({ letter, from: FROM, to: TO, inReplyTo: 'bare-id@mail.example.org' });
    const mail = await simpleParser(built.raw);
    expect(mail.messageId).toMatch(/^<DPO-2026-0042\.acknowledgement\.[0-9a-f-]{36}@imaps\.org>$/);
    expect(mail.inReplyTo).toBe('<bare-id@mail.example.org>');
    expect(mail.subject).toBe('[DPO-2026-0042] Your request DPO-2026-0042: acknowledgement of receipt');
  });
});

describe('the subject tag', () => {
  it('is not added twice when the DPO already wrote it', () => {
    expect(taggedSubject('Re: my data [DPO-2026-0042]', 'DPO-2026-0042')).toBe('Re: my data [DPO-2026-0042]');
    expect(taggedSubject('Re: my data', 'DPO-2026-0042')).toBe('[DPO-2026-0042] Re: my data');
  });
});
