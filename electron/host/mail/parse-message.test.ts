import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { parseMessage } from './parse-message';

async function build(mail: SendMailOptions): Promise<Buffer> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const info = await transport.sendMail(mail);
  return info.message as Buffer;
}

const crlf = (s: string) => Buffer.from(s.replace(/\r?\n/g, '\r\n'), 'latin1');

describe('parsing a message received in the privacy mailbox', () => {
  it('reads a well-formed erasure request with a PDF attachment', async () => {
    const pdf = Buffer.from('%PDF-1.4\n% proof of identity\n%%EOF\n');
    const raw = await build({
      from: '"Jürgen Weiß" <jurgen@example.de>', to: 'privacy@example.com', cc: 'dpo@example.com',
      subject: 'Antrag auf Löschung nach Art. 17 DSGVO', text: 'Bitte löschen Sie meine Daten.',
      messageId: '<abc123@example.de>', inReplyTo: '<first@example.de>', references: ['<first@example.de>'],
      date: new Date('2025-01-31T10:00:00Z'), attachments: [{ filename: 'Ausweis.pdf', content: pdf, contentType: 'application/pdf' }],
    });
    const m = await parseMessage(raw);
    expect(m.subject).toBe('Antrag auf Löschung nach Art. 17 DSGVO');
    expect(m.from).toEqual({ name: 'Jürgen Weiß', email: 'jurgen@example.de' });
    expect(m.to).toEqual([{ name: '', email: 'privacy@example.com' }]);
    expect(m.cc[0].email).toBe('dpo@example.com');
    expect(m.messageId).toBe('abc123@example.de');
    expect(m.inReplyTo).toBe('first@example.de');
    expect(m.references).toEqual(['first@example.de']);
    expect(m.date).toBe('2025-01-31T10:00:00.000Z');
    expect(m.text.trim()).toBe('Bitte löschen Sie meine Daten.');
    expect(m.attachments).toHaveLength(1);
    expect(m.attachments[0]).toMatchObject({ filename: 'Ausweis.pdf', contentType: 'application/pdf', size: pdf.length, contentOmitted: false });
    expect(m.attachments[0].sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    expect(m.attachments[0].content.equals(pdf)).toBe(true);
    expect(m.sha256).toBe(createHash('sha256').update(raw).digest('hex'));
    expect(m.headers.subject).toBe('Antrag auf Löschung nach Art. 17 DSGVO');
    expect(m.warnings).toEqual([]);
  });

  it('keeps what it can of a message cut off in the middle of a multipart body', async () => {
    const raw = crlf(`From: a@example.org
Subject: Access request
Message-ID: <t1@example.org>
Date: Mon, 06 Jan 2025 09:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="XYZ"

--XYZ
Content-Type: text/plain; charset=utf-8

I request a copy of my personal data under Article 15.
--XYZ
Content-Type: application/pdf; name="id.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAv`);
    const m = await parseMessage(raw);
    expect(m.subject).toBe('Access request');
    expect(m.text).toContain('Article 15');
    expect(m.warnings.join('\n')).toMatch(/no closing boundary.*truncated/);
  });

  it('warns about damaged base64 instead of failing', async () => {
    const raw = crlf(`From: a@example.org
Subject: scan
Message-ID: <b1@example.org>
Date: Mon, 06 Jan 2025 09:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="B"

--B
Content-Type: text/plain

see attachment
--B
Content-Type: image/png; name="passport.png"
Content-Transfer-Encoding: base64

iVBORw0KGgo!!!%%%AAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk
--B--
`);
    const m = await parseMessage(raw);
    expect(m.text).toContain('see attachment');
    expect(m.attachments).toHaveLength(1);
    expect(m.warnings.join('\n')).toMatch(/damaged base64/);
  });

  it('decodes what it can of an unknown character set and says so', async () => {
    const raw = crlf(`From: a@example.org
Subject: =?x-klingon?Q?Auskunft?=
Message-ID: <c1@example.org>
Date: Mon, 06 Jan 2025 09:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=x-klingon

Please send me my data.
`);
    const m = await parseMessage(raw);
    expect(m.text).toContain('Please send me my data.');
    expect(m.warnings.join('\n')).toMatch(/Unknown character set "x-klingon"/);
  });

  it('removes NUL bytes and warns', async () => {
    const raw = Buffer.concat([crlf('From: a@example.org\nSubject: hi\nMessage-ID: <n1@example.org>\nDate: Mon, 06 Jan 2025 09:00:00 +0000\n\nDelete my acc'), Buffer.from([0, 0]), crlf('ount please\n')]);
    const m = await parseMessage(raw);
    expect(m.text).toContain('Delete my account please');
    expect(m.warnings.join('\n')).toMatch(/NUL bytes/);
  });

  it('falls back to the headers when the MIME parser gives up, and keeps the body as text', async () => {
    // A header block over 1 MB is refused by the MIME parser.
    const raw = crlf(`From: Big Header <big@example.org>\nSubject: Erasure request\nMessage-ID: <h1@example.org>\nX-Junk: ${'x'.repeat(1_200_000)}\nDate: Mon, 06 Jan 2025 09:00:00 +0000\n\nPlease erase my data.\n`);
    const m = await parseMessage(raw);
    expect(m.warnings.join('\n')).toMatch(/could not be parsed/);
    expect(m.subject).toBe('Erasure request');
    expect(m.from?.email).toBe('big@example.org');
    expect(m.text).toContain('Please erase my data.');
  });

  it('records a huge attachment by size and hash without keeping its bytes', async () => {
    const big = Buffer.alloc(3 * 1024 * 1024, 7);
    const raw = await build({ from: 'a@example.org', to: 'privacy@example.com', subject: 'scans', text: 'see attached', attachments: [{ filename: 'scan.bin', content: big }] });
    const m = await parseMessage(raw, { maxAttachmentBytes: 1024 * 1024 });
    expect(m.attachments[0]).toMatchObject({ size: big.length, contentOmitted: true });
    expect(m.attachments[0].content.length).toBe(0);
    expect(m.attachments[0].sha256).toBe(createHash('sha256').update(big).digest('hex'));
    expect(m.warnings.join('\n')).toMatch(/larger than the in-memory cap/);
  });

  it('says so when the Date header cannot be read, instead of taking the moment of import as the received date', async () => {
    const m = await parseMessage(crlf('From: a@example.org\nSubject: hi\nMessage-ID: <d1@example.org>\nDate: Tue, 04 Mar 2025 25:15:00 +0000\n\nPlease delete my data.\n'));
    expect(m.date).toBeNull();
    expect(m.warnings).toContain('Unreadable Date header "Tue, 04 Mar 2025 25:15:00 +0000".');
  });

  it('reads a sender name written in raw UTF-8 or as encoded words, and an HTML-only message as text', async () => {
    const raw = Buffer.from('From: Jorge Ramírez <jr@example.mx>\r\nCc: =?utf-8?q?J=C3=B6rg_Wei=C3=9F?= <jw@example.de>\r\nSubject: Eliminar mi cuenta\r\n'
      + 'Message-ID: <u1@example.mx>\r\nDate: Tue, 04 Mar 2025 10:15:00 +0000\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Quiero <b>eliminar</b> mi cuenta.</p><p>Gracias</p>\r\n', 'utf8');
    const m = await parseMessage(raw);
    expect(m.from).toEqual({ name: 'Jorge Ramírez', email: 'jr@example.mx' });
    expect(m.headers.from).toBe('Jorge Ramírez <jr@example.mx>');
    expect(m.headers.cc).toBe('Jörg Weiß <jw@example.de>');
    expect(m.html).toContain('<b>eliminar</b>');
    expect(m.text).toBe('Quiero eliminar mi cuenta.\n\nGracias');
  });

  it('shows a delivery report\'s status (which address failed, and why) in the text and keeps the returned message as an attachment', async () => {
    const raw = crlf(`From: MAILER-DAEMON@example.net
Subject: Undelivered Mail Returned to Sender
Message-ID: <r1@example.net>
Date: Mon, 06 Jan 2025 09:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="R"

--R
Content-Type: text/plain

Your message could not be delivered.
--R
Content-Type: message/delivery-status

Final-Recipient: rfc822; gone@example.org
Status: 5.1.1
--R
Content-Type: message/rfc822

From: privacy@example.com
Subject: Your access request

Here is your data.
--R--
`);
    const m = await parseMessage(raw);
    expect(m.text).toContain('Your message could not be delivered.');
    expect(m.text).toContain('Final-Recipient: rfc822; gone@example.org');
    expect(m.attachments.map((a) => a.contentType)).toEqual(['message/rfc822']);
    expect(m.attachments[0].content.toString()).toContain('Subject: Your access request');
  });

  it('never throws, even on garbage', async () => {
    for (const raw of [Buffer.alloc(0), Buffer.from([0xff, 0xfe, 0, 1, 2, 3]), Buffer.from('Subject'), crlf('Content-Type: multipart/mixed; boundary=\n\n--\n--\n')]) {
      const m = await parseMessage(raw);
      expect(Array.isArray(m.warnings)).toBe(true);
      expect(m.warnings.length).toBeGreaterThan(0);
    }
  });
});
