// A letter as an e-mail reply that threads under the request: In-Reply-To and References point at the
// request's Message-ID, and "[DPO-2026-0042]" in the subject lets the requester's answer be matched back.
import { createHash, randomUUID } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { RenderedLetter } from '../../../shared/letters';
import { sha256Hex } from './hash';

export interface MailAddress {
  name?: string;
  address: string;
}

export interface EmlAttachment {
  filename: string;
  content: Buffer;
  contentType?: string;
}

export interface ReplyEmlInput {
  letter: RenderedLetter;
  from: MailAddress | string;
  to: MailAddress | string | Array<MailAddress | string>;
  cc?: Array<MailAddress | string>;
  /** The request's Message-ID, "<...@...>". */
  inReplyTo?: string;
  /** The request's own References (oldest first); the request's Message-ID is appended if absent. */
  references?: string[];
  /** The tag put in the subject; the letter's case reference by default. */
  subjectRef?: string;
  /** E.g. an access export ZIP. */
  attachments?: EmlAttachment[];
  /** The letter's PDF, attached as "<ref>-<template>.pdf". */
  pdf?: Buffer;
  /** Fixed for reproducible output; the current time and a random id by default. */
  date?: Date;
  messageId?: string;
}

export interface BuiltEml {
  raw: Buffer;
  messageId: string;
  subject: string;
  sha256: string;
}

function domainOf(from: MailAddress | string): string {
  const addr = typeof from === 'string' ? from : from.address;
  const m = /@([^>\s]+)>?\s*$/.exec(addr);
  return m ? m[1] : 'localhost';
}

/** "<a@b>" form; a bare id gets its angle brackets. */
function bracketed(id: string): string {
  const t = id.trim();
  return t.startsWith('<') ? t : `<${t}>`;
}

/** The subject with "[REF]" in front, unless the tag is already there. */
export function taggedSubject(subject: string, ref: string): string {
  const tag = `[${ref}]`;
  return subject.includes(tag) ? subject : `${tag} ${subject}`;
}

export async function buildReplyEml(input: ReplyEmlInput): Promise<BuiltEml> {
  const { letter } = input;
  const ref = input.subjectRef ?? letter.caseRef;
  const messageId = bracketed(input.messageId ?? `${ref}.${letter.templateId}.${randomUUID()}@${domainOf(input.from)}`);
  const references = (input.references ?? []).map(bracketed);
  if (input.inReplyTo && !references.includes(bracketed(input.inReplyTo))) references.push(bracketed(input.inReplyTo));
  const subject = taggedSubject(letter.subject, ref);

  const attachments = [
    ...(input.pdf ? [{ filename: `${letter.caseRef}-${letter.templateId}.pdf`, content: input.pdf, contentType: 'application/pdf' }] : []),
    ...(input.attachments ?? []).map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
  ];

  const composer = new MailComposer({
    from: input.from,
    to: input.to,
    cc: input.cc,
    subject,
    messageId,
    date: input.date ?? new Date(),
    inReplyTo: input.inReplyTo ? bracketed(input.inReplyTo) : undefined,
    references: references.length ? references : undefined,
    text: letter.text,
    attachments,
    headers: { 'Content-Language': letter.lang, 'X-DPO-Case-Ref': letter.caseRef },
    // Boundaries derived from the Message-ID, so a fixed id and date give the same bytes.
    baseBoundary: createHash('sha256').update(messageId).digest('hex').slice(0, 16),
    newline: 'win',
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  let raw = await composer.compile().build();
  // SMTP ends the data with CRLF.CRLF; ending the file on CRLF means the server stores exactly these bytes.
  if (!raw.subarray(-2).equals(Buffer.from('\r\n'))) raw = Buffer.concat([raw, Buffer.from('\r\n')]);
  return { raw, messageId, subject, sha256: sha256Hex(raw) };
}
