// Hostile and broken mail, imported the way the DPO imports it: every message is kept byte for byte
// with what could be parsed and a warning; nothing crashes, memory stays bounded, and a name
// crafted to inject headers cannot reach the headers of a reply.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { buildReplyEml } from '../../electron/host/letters/eml';
import { importAndWait } from '../../electron/host/mail/import/test-helpers';
import { parseMessage } from '../../electron/host/mail/parse-message';
import { renderLetter } from '../../shared/letters';
import { sampleContext } from '../../shared/letters/test-fixtures';
import { tempDir, unlockedHost } from '../helpers/temp-workspace';

const crlf = (s: string) => Buffer.from(s.replace(/\r?\n/g, '\r\n'));

function nestedMultipart(depth: number): Buffer {
  const head = ['From: Nesting Doll <doll@example.org>', 'To: privacy@example.com', 'Subject: Please delete my data', 'Message-ID: <nested@example.org>', 'MIME-Version: 1.0'];
  let open = '';
  let close = '';
  for (let i = 0; i < depth; i++) {
    open += `Content-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\n`;
    close = `\n--b${i}--\n` + close;
  }
  return crlf(`${head.join('\n')}\n${open}Content-Type: text/plain\n\nPlease erase my data under Art. 17 GDPR.${close}`);
}

function bigAttachment(megabytes: number): Buffer {
  const payload = Buffer.alloc(megabytes * 1024 * 1024, 0x41).toString('base64').replace(/.{76}/g, '$&\r\n');
  return Buffer.concat([
    crlf('From: Big Sender <big@example.org>\nTo: privacy@example.com\nSubject: My ID for the access request\nMessage-ID: <big@example.org>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="x"\n\n--x\nContent-Type: text/plain\n\nAttached is my passport scan. Art. 15 GDPR.\n--x\nContent-Type: application/octet-stream; name="scan.bin"\nContent-Transfer-Encoding: base64\n\n'),
    Buffer.from(payload),
    crlf('\n--x--\n'),
  ]);
}

describe('malformed mail is imported with warnings, never dropped', () => {
  it('1,000 nested multiparts, broken quoted-printable and base64, an unknown charset and NUL bytes all arrive in triage with their exact bytes', async () => {
    const dir = tempDir();
    const files: Record<string, Buffer> = {
      'nested.eml': nestedMultipart(1000),
      'qp.eml': crlf('From: q@example.org\nTo: privacy@example.com\nSubject: =?utf-8?q?L=C3=B6schung_=ZZ?=\nMessage-ID: <qp@example.org>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nBitte l=C3=B6schen Sie meine Daten =\n=ZZ=G1 Art. 17 DSGVO=\n'),
      'b64.eml': crlf('From: b@example.org\nTo: privacy@example.com\nSubject: access\nMessage-ID: <b64@example.org>\nMIME-Version: 1.0\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\nUGxlYXNlIHNlbmQgbWUgbXkgZGF0YQ==$$$%%%not-base64\n'),
      'charset.eml': crlf('From: c@example.org\nTo: privacy@example.com\nSubject: access\nMessage-ID: <charset@example.org>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=x-klingon-42\n\nPlease send me a copy of my data.\n'),
      'nul.eml': Buffer.concat([crlf('From: n@example.org\nTo: privacy@example.com\nSubject: erase\nMessage-ID: <nul@example.org>\n\nErase '), Buffer.from([0, 0, 0]), crlf(' my data please\n')]),
      'truncated.eml': crlf('From: t@example.org\nTo: privacy@example.com\nSubject: cut off\nMessage-ID: <cut@example.org>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="q"\n\n--q\nContent-Type: text/plain\n\nI object to direct mark'),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);

    const host = await unlockedHost();
    const summary = await importAndWait(host, [dir]);
    expect(summary).toMatchObject({ imported: 6, failed: 0 });
    const db = host.workspace.database();
    for (const [name, bytes] of Object.entries(files)) {
      const sha = createHash('sha256').update(bytes).digest('hex');
      const row = db.prepare('SELECT raw FROM messages WHERE sha256 = ?').get(sha) as { raw: Buffer } | undefined;
      expect(row?.raw.equals(bytes), `${name} kept byte for byte`).toBe(true);
    }
    const nested = db.prepare(`SELECT warnings_json FROM messages WHERE message_id = 'nested@example.org'`).get() as { warnings_json: string };
    expect(JSON.parse(nested.warnings_json).length).toBeGreaterThan(0);
    expect((await host.api['audit.verify']({})).ok).toBe(true);
  });

  it('a body of one 300 KB word (base64 pasted as text, say) is imported and triaged', async () => {
    // Removing addresses before reading the language once cost time growing with the square of such a word: minutes here.
    const dir = tempDir();
    const word = Buffer.alloc(225 * 1024, 7).toString('base64');
    writeFileSync(join(dir, 'pasted.eml'), `From: Eve <eve@example.org>\r\nTo: privacy@example.com\r\nSubject: my ID\r\nMessage-ID: <pasted@example.org>\r\n\r\n${word}\r\n`);
    const host = await unlockedHost();
    const summary = await importAndWait(host, [join(dir, 'pasted.eml')]);
    expect(summary).toMatchObject({ imported: 1, failed: 0 });
    expect(summary.messages[0].language).toBeTruthy();
  });

  it('a 100 MB attachment is imported with bounded memory, its bytes kept inside the raw message', async () => {
    const dir = tempDir();
    const raw = bigAttachment(100);
    writeFileSync(join(dir, 'big.eml'), raw);
    const host = await unlockedHost();
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const summary = await importAndWait(host, [join(dir, 'big.eml')]).finally(() => clearInterval(timer));
    expect(summary).toMatchObject({ imported: 1, failed: 0 });
    const row = host.workspace.database().prepare(`SELECT length(raw) AS n, warnings_json FROM messages WHERE message_id = 'big@example.org'`).get() as { n: number; warnings_json: string };
    expect(row.n).toBe(raw.length);
    expect(row.warnings_json).toMatch(/cap/);
    // The raw message itself is ~137 MB; holding a few copies of it is the bound, not the whole mailbox.
    expect((peak - before) / 1024 / 1024).toBeLessThan(1200);
  });
});

describe('header injection through a display name', () => {
  it('a name with an encoded line break never becomes a header of the reply', async () => {
    const raw = crlf('From: =?utf-8?q?Mallory=0D=0ABcc:_attacker@evil.example?= <mallory@example.org>\nTo: privacy@example.com\nSubject: access\nMessage-ID: <inj@example.org>\n\nSend me my data.\n');
    const parsed = await parseMessage(raw);
    expect(parsed.from?.email).toBe('mallory@example.org');
    const rendered = renderLetter('acknowledgement', 'en', sampleContext({ requester: { name: parsed.from!.name, email: parsed.from!.email } }));
    if (!rendered.ok) throw new Error('the sample acknowledgement should render');
    const { raw: reply } = await buildReplyEml({
      letter: rendered.letter,
      from: { name: 'Data Protection Officer', address: 'dpo@example.com' },
      to: { name: parsed.from!.name, address: parsed.from!.email },
      inReplyTo: parsed.messageId ?? undefined,
    });
    const headerBlock = reply.toString('utf8').split('\r\n\r\n')[0];
    expect(headerBlock).not.toMatch(/^Bcc:/im);
    const back = await simpleParser(reply);
    expect(back.bcc).toBeUndefined();
    expect((back.to as { value: Array<{ address: string }> }).value.map((v) => v.address)).toEqual(['mallory@example.org']);
  });
});
