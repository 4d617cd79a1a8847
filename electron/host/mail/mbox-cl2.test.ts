// mboxcl2 mailboxes (Mutt, Solaris mail) leave "From " lines in bodies unescaped and give each
// body's length in a Content-Length header instead: a forwarded mail quoted in a complaint must
// not become a message of its own.
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { splitMbox } from './mbox-splitter';

async function split(text: string, chunk = 0): Promise<string[]> {
  const bytes = Buffer.from(text);
  const chunks: Buffer[] = [];
  if (chunk) for (let i = 0; i < bytes.length; i += chunk) chunks.push(bytes.subarray(i, i + chunk));
  const out: string[] = [];
  for await (const m of splitMbox(Readable.from(chunk ? chunks : [bytes]))) out.push(m.raw.toString());
  return out;
}

/** One mboxcl2 message: its body counted in Content-Length (`length` overrides, to write a wrong one). */
function cl2(headers: string[], body: string, length = Buffer.byteLength(body)): string {
  return `From sender@example.org Mon Mar  2 09:00:00 2026\n${headers.join('\n')}\nContent-Length: ${length}\n\n${body}\n`;
}

const complaint = 'I forwarded your reply below.\n\nFrom the privacy team: we cannot find your data.\n\nFrom: Privacy <privacy@brightwater.example>\nThat is not true.\n';
const access = 'Please send me a copy of my personal data under Art. 15 GDPR.\n';

describe('splitting an mboxcl2 mailbox', () => {
  it('keeps unescaped "From " lines inside the body its Content-Length covers', async () => {
    const text = cl2(['From: Ada <ada@example.org>', 'Subject: Complaint'], complaint) + cl2(['From: Bo <bo@example.org>', 'Subject: Access'], access);
    const msgs = await split(text);
    expect(msgs).toHaveLength(2);
    expect(msgs[0]).toBe(`From: Ada <ada@example.org>\nSubject: Complaint\nContent-Length: ${Buffer.byteLength(complaint)}\n\n${complaint}`);
    expect(msgs[1]).toContain('Subject: Access');
    expect(msgs[1].endsWith(access)).toBe(true);
  });

  it('gives the same messages however the file is cut into chunks', async () => {
    const text = cl2(['Subject: Complaint'], complaint) + cl2(['Subject: Access'], access) + cl2(['Subject: Empty'], '', 0);
    const whole = await split(text);
    expect(whole).toHaveLength(3);
    for (const size of [1, 5, 13, 64]) expect(await split(text, size)).toEqual(whole);
  });

  it('a Content-Length that does not end at a separator is ignored and the mailbox split as usual', async () => {
    const tooShort = cl2(['Subject: Complaint'], complaint, 10) + cl2(['Subject: Access'], access);
    const tooLong = cl2(['Subject: Complaint'], complaint, Buffer.byteLength(complaint) + 500) + cl2(['Subject: Access'], access);
    const asUsual = await split(tooShort.replace(/Content-Length: \d+\n/g, ''));
    // Read the usual way, the unescaped "From the privacy team" line starts a (third) message.
    expect(asUsual).toHaveLength(3);
    const withoutLength = (msgs: string[]) => msgs.map((m) => m.replace(/Content-Length: \d+\n/, ''));
    expect(withoutLength(await split(tooShort))).toEqual(asUsual);
    expect(withoutLength(await split(tooLong))).toEqual(asUsual);
    // A length beyond the file's end, and one far beyond any message, change nothing either.
    expect(withoutLength(await split(cl2(['Subject: Complaint'], complaint, 10 ** 11) + cl2(['Subject: Access'], access)))).toEqual(asUsual);
  });

  it('a message whose body is followed straight by the next separator, without a blank line, still ends there', async () => {
    const first = `From a@example.org Mon Mar  2 09:00:00 2026\nSubject: One\nContent-Length: ${Buffer.byteLength(access)}\n\n${access}`;
    const msgs = await split(`${first}From b@example.org Mon Mar  2 09:00:00 2026\nSubject: Two\n\nHello\n`);
    expect(msgs).toHaveLength(2);
    expect(msgs[0].endsWith(access)).toBe(true);
    expect(msgs[1]).toBe('Subject: Two\n\nHello\n');
  });
});
