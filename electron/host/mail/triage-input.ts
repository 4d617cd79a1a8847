// What triage reads of a parsed message: the same fields wherever mail is classified (import, IMAP,
// the evaluation scripts and tests). A forward whose original travels as an attached message
// (Outlook's "forward as attachment") is read like an inline forward: the attachment's sender,
// date, subject and text follow the colleague's note under the usual forward line, so triage
// classifies the request it carries. What is stored and shown stays the message as received.
import { hasForwardPrefix } from '../../../shared/triage/threading';
import { looksForwarded } from '../../../shared/triage/text';
import type { ClassifyInput } from '../../../shared/triage/types';
import { parseMessage, type ParsedMessage } from './parse-message';

/** An attached message larger than this is not read for triage (a forwarded request is a few KB). */
const LARGEST_ATTACHED_TO_READ = 1024 * 1024;

export async function triageInput(m: ParsedMessage): Promise<ClassifyInput> {
  return {
    subject: m.subject, text: await withAttachedForward(m), html: m.html, from: m.from, to: [...m.to, ...m.cc],
    headers: m.headers, date: m.date, inReplyTo: m.inReplyTo, references: m.references,
  };
}

async function withAttachedForward(m: ParsedMessage): Promise<string> {
  if (!hasForwardPrefix(m.subject) || looksForwarded(m.text)) return m.text;
  const attached = m.attachments.find((a) => a.contentType.toLowerCase() === 'message/rfc822' && !a.contentOmitted && a.size > 0 && a.size <= LARGEST_ATTACHED_TO_READ);
  if (!attached) return m.text;
  const inner = await parseMessage(attached.content);
  const from = inner.from ? `${inner.from.name ? `${inner.from.name} ` : ''}<${inner.from.email}>` : '';
  const header = ['---------- Forwarded message ---------', `From: ${from}`, ...(inner.date ? [`Date: ${inner.date}`] : []), `Subject: ${inner.subject}`];
  return `${m.text}\n\n${header.join('\n')}\n\n${inner.text}`;
}
