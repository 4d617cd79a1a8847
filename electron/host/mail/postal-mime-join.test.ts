// Joining each MIME part's decoded lines at once, instead of through postal-mime's Blob, must read
// every message exactly as postal-mime itself does.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { parseMessage } from './parse-message';
import { joinChunks, joinPartsInPlace } from './postal-mime-join';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function emlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.eml'))
    .map((e) => join(e.parentPath, e.name));
}

async function mixedEncodings(): Promise<Buffer[]> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
  const build = async (mail: SendMailOptions) => (await transport.sendMail(mail)).message as Buffer;
  return Promise.all([
    build({ from: 'a@example.org', to: 'privacy@example.com', subject: 'Auskunft', text: 'Grüße aus Köln, ß und € '.repeat(40), textEncoding: 'quoted-printable' }),
    build({ from: 'a@example.org', to: 'privacy@example.com', subject: 'Dostęp', text: 'Żądam dostępu do danych osobowych. '.repeat(30), html: '<p>Żądam <b>dostępu</b></p>', textEncoding: 'base64' }),
    build({ from: 'a@example.org', to: 'privacy@example.com', subject: 'ID', text: 'See attached.', attachments: [{ filename: 'id.pdf', content: Buffer.alloc(70_000, 7) }] }),
  ]);
}

describe('postal-mime with each part joined in place', () => {
  afterAll(() => joinPartsInPlace(true));

  it('is in effect for the installed postal-mime (if this fails, postal-mime changed its decoders: check postal-mime-join.ts)', () => {
    expect(joinPartsInPlace(true)).toBe(true);
  });

  it('joins strings as UTF-8 and byte chunks as they are, as a Blob would', async () => {
    const chunks = ['Grüß', new Uint8Array([10, 65]), new TextEncoder().encode('€').buffer, new DataView(new Uint8Array([66, 67, 68]).buffer, 1, 1)];
    expect(Buffer.from(joinChunks(chunks))).toEqual(Buffer.from(await new Blob(chunks).arrayBuffer()));
  });

  it('reads every message of the corpus and the fixtures, and mail in each transfer encoding, exactly as postal-mime alone does', async () => {
    const files = [...emlFiles(join(ROOT, '..', 'shared', 'corpus')), ...emlFiles(join(ROOT, 'test', 'fixtures'))];
    const raws = [...files.map((f) => readFileSync(f)), ...(await mixedEncodings())];
    expect(raws.length).toBeGreaterThan(900);
    joinPartsInPlace(true);
    const joined = await Promise.all(raws.map((r) => parseMessage(r)));
    joinPartsInPlace(false);
    const own = await Promise.all(raws.map((r) => parseMessage(r)));
    joinPartsInPlace(true);
    joined.forEach((m, i) => expect(m, files[i] ?? `built message ${i - files.length}`).toEqual(own[i]));
    expect(joined.some((m) => m.attachments.some((a) => a.size === 70_000))).toBe(true);
  });
});
