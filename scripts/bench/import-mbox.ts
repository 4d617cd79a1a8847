// A generated privacy mailbox for the import benchmark: requests in several languages, replies in
// threads, HTML mail and small attachments, written as one mbox without holding it in memory.
import { createWriteStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';

const BODIES = [
  ['Subject access request', 'Dear Data Protection Officer,\n\nUnder Article 15 GDPR I request a copy of all personal data you hold about me, the purposes of the processing and the recipients.\n\nKind regards'],
  ['Request for erasure', 'Hello,\n\nPlease erase all my personal data under Art. 17 GDPR and confirm when this is done. I no longer use your service.\n\nThanks'],
  ['Auskunftsersuchen nach Art. 15 DSGVO', 'Sehr geehrte Damen und Herren,\n\nich verlange Auskunft über die zu meiner Person gespeicherten Daten gemäß Art. 15 DSGVO.\n\nMit freundlichen Grüßen'],
  ['Opposition à la prospection commerciale', 'Madame, Monsieur,\n\nJe m’oppose au traitement de mes données à des fins de prospection commerciale, conformément à l’article 21 du RGPD.\n\nCordialement'],
  ['Do not sell my personal information', 'Hi,\n\nI am a California resident. Under the CCPA please do not sell or share my personal information.\n\nThank you'],
  ['Question about your newsletter', 'Hi there, when does the next issue of the newsletter come out? I liked the last one about garden tools.'],
] as const;

export async function writeBenchMbox(path: string, count: number): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (s: string) => {
    bytes += Buffer.byteLength(s);
    if (!out.write(s)) await once(out, 'drain');
  };
  for (let i = 1; i <= count; i++) {
    const [subject, body] = BODIES[i % BODIES.length];
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'][i % 6];
    const minute = String(i % 60).padStart(2, '0');
    const reply = i > 50 && i % 10 === 0;
    const headers = [
      `From: Person ${i} <person${i}@example${i % 7}.org>`,
      'To: privacy@brightwater.example',
      `Subject: ${reply ? 'Re: ' : ''}${subject} #${i}`,
      `Date: Mon, ${day} ${month} 2026 09:${minute}:00 +0100`,
      `Message-ID: <bench-${i}@example.org>`,
      ...(reply ? [`In-Reply-To: <bench-${i - 6}@example.org>`, `References: <bench-${i - 6}@example.org>`] : []),
      'MIME-Version: 1.0',
    ];
    let mime: string;
    if (i % 10 === 3) {
      mime = ['Content-Type: multipart/alternative; boundary="alt"', '', '--alt', 'Content-Type: text/plain; charset=utf-8', '', body, '--alt', 'Content-Type: text/html; charset=utf-8', '',
        `<html><body><p>${body.replace(/\n\n/g, '</p><p>')}</p><img src="https://tracker.example/p.gif?u=${i}"></body></html>`, '--alt--', ''].join('\n');
    } else if (i % 20 === 7) {
      const pdf = Buffer.from(`%PDF-1.4\n% scanned ID card of person ${i}\n`.repeat(20)).toString('base64').replace(/.{76}/g, '$&\n');
      mime = ['Content-Type: multipart/mixed; boundary="mix"', '', '--mix', 'Content-Type: text/plain; charset=utf-8', '', body, '--mix', 'Content-Type: application/pdf; name="id.pdf"',
        'Content-Disposition: attachment; filename="id.pdf"', 'Content-Transfer-Encoding: base64', '', pdf, '--mix--', ''].join('\n');
    } else {
      mime = ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', `${body}\nPerson ${i}`, ''].join('\n');
    }
    await write(`From person${i}@example.org Mon Jan  5 09:00:00 2026\n${headers.join('\n')}\n${mime}\n`);
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}

/**
 * A mailbox shaped like real privacy mail: the labelled messages (full header blocks, HTML
 * alternatives, quoted replies, delivery reports, attachments; 4.4 KB on average against the
 * generated ones' 0.6 KB), copied round-robin, each copy with a Message-ID of its own so none is a
 * duplicate. Lines starting "From " are escaped as mboxrd does.
 */
export async function writeCorpusMbox(path: string, count: number, corpusDir: string): Promise<number> {
  const files = (await readdir(corpusDir)).filter((f) => f.endsWith('.eml')).sort();
  if (!files.length) throw new Error(`no .eml files in ${corpusDir}`);
  const messages = await Promise.all(files.map(async (f) => (await readFile(join(corpusDir, f))).toString('latin1').replace(/\r\n/g, '\n')));
  const out = createWriteStream(path);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const withoutId = messages[i % messages.length].replace(/^message-id:.*\n(?:[ \t].*\n)*/im, '');
    const body = `Message-ID: <corpus-copy-${i}@bench.example>\n${withoutId}`.replace(/^(>*From )/gm, '>$1').replace(/\n*$/, '\n');
    const chunk = Buffer.from(`From bench@example.org Mon Jan  5 09:00:00 2026\n${body}\n`, 'latin1');
    bytes += chunk.length;
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}
