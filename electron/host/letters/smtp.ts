// Sends an already built .eml byte for byte, so what the server receives is what was hashed and logged.
// The settings (with the password) are stored encrypted by the caller; this module only uses them.
import nodemailer from 'nodemailer';
import { z } from 'zod';
import { sha256Hex } from './hash';

export const SmtpSettings = z.object({
  host: z.string().min(1),
  port: z.number().int().min(1).max(65535),
  /** true: TLS from the first byte (port 465); false: plain, upgraded with STARTTLS when offered. */
  secure: z.boolean(),
  /** Refuse to send unless STARTTLS succeeds (for secure: false). */
  requireTLS: z.boolean().optional(),
  auth: z.object({ user: z.string().min(1), pass: z.string() }).optional(),
  tls: z.object({ rejectUnauthorized: z.boolean().optional(), servername: z.string().optional(), minVersion: z.enum(['TLSv1.2', 'TLSv1.3']).optional() }).optional(),
  /** Host name announced in EHLO. */
  name: z.string().optional(),
  timeoutMs: z.number().int().positive().optional(),
});
export type SmtpSettings = z.infer<typeof SmtpSettings>;

export interface Envelope {
  from: string;
  to: string[];
}

export interface SendResult {
  messageId: string | undefined;
  response: string;
  accepted: string[];
  rejected: string[];
  sha256: string;
}

/** The Message-ID header of a raw message, read from its header block. */
export function messageIdOf(raw: Buffer): string | undefined {
  const end = raw.indexOf('\r\n\r\n');
  const head = raw.subarray(0, end < 0 ? raw.length : end).toString('latin1').replace(/\r\n[ \t]+/g, ' ');
  return /^message-id:\s*(<[^>]+>)/im.exec(head)?.[1];
}

export async function sendEml(settings: SmtpSettings, raw: Buffer, envelope: Envelope): Promise<SendResult> {
  const s = SmtpSettings.parse(settings);
  if (!envelope.to.length) throw new Error('The message has no recipient.');
  const timeout = s.timeoutMs ?? 30_000;
  const transport = nodemailer.createTransport({
    host: s.host,
    port: s.port,
    secure: s.secure,
    requireTLS: s.requireTLS,
    auth: s.auth,
    tls: s.tls,
    name: s.name,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  const sha256 = sha256Hex(raw);
  try {
    const info = await transport.sendMail({ envelope: { from: envelope.from, to: [...envelope.to] }, raw });
    return {
      messageId: messageIdOf(raw),
      response: String(info.response ?? ''),
      accepted: (info.accepted ?? []).map(String),
      rejected: (info.rejected ?? []).map(String),
      sha256,
    };
  } finally {
    transport.close();
  }
}
