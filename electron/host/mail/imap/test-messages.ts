// Realistic privacy-mailbox messages for the IMAP tests, in canonical CRLF form as they travel.
import { simpleParser } from 'mailparser';
import type { SyncedMessage } from './types';

let counter = 0;

export function privacyEmail(subject: string, from = 'anna.berg@example.net'): { raw: Buffer; messageId: string } {
  counter += 1;
  const messageId = `<req-${process.pid}-${counter}-${Date.now()}@example.net>`;
  const raw = [
    `From: Anna Berg <${from}>`,
    'To: privacy@example.com',
    `Subject: ${subject}`,
    'Date: Mon, 16 Nov 2026 09:30:00 +0100',
    `Message-ID: ${messageId}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    'Dear Data Protection Officer,',
    '',
    `${subject}. Please confirm receipt — Grüße, Anna Berg.`,
    '',
  ].join('\r\n');
  return { raw: Buffer.from(raw, 'utf8'), messageId };
}

/** An importer that keeps one copy per Message-ID, as the real import pipeline does. */
export class DedupSink {
  readonly byMessageId = new Map<string, SyncedMessage>();
  offered = 0;

  readonly accept = async (msg: SyncedMessage): Promise<void> => {
    this.offered += 1;
    const parsed = await simpleParser(msg.raw);
    const id = parsed.messageId ?? `${msg.folder}/${msg.uidValidity}/${msg.uid}`;
    if (!this.byMessageId.has(id)) this.byMessageId.set(id, msg);
  };
}
