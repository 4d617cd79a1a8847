// One call for "write this letter as pdf, docx or eml": the bytes, a file name and the record to log.
import type { RenderedLetter } from '../../../shared/letters';
import { renderDocx } from './docx';
import { buildReplyEml, type ReplyEmlInput } from './eml';
import { letterRecord, type LetterFormat, type LetterRecord } from './hash';
import { renderPdf } from './pdf';

export interface ExportOptions {
  /** For eml: threading, attachments and overrides; From/To default to the DPO and the requester. */
  eml?: Partial<Omit<ReplyEmlInput, 'letter' | 'pdf'>> & { attachPdf?: boolean };
}

export interface ExportedLetter {
  bytes: Buffer;
  fileName: string;
  record: LetterRecord;
  messageId?: string;
}

export async function exportLetter(letter: RenderedLetter, format: LetterFormat, options: ExportOptions = {}): Promise<ExportedLetter> {
  const fileName = `${letter.caseRef}-${letter.templateId}-${letter.lang}.${format}`;
  if (format === 'pdf') {
    const bytes = await renderPdf(letter);
    return { bytes, fileName, record: letterRecord(letter, format, bytes) };
  }
  if (format === 'docx') {
    const bytes = await renderDocx(letter);
    return { bytes, fileName, record: letterRecord(letter, format, bytes) };
  }
  const { attachPdf = true, ...eml } = options.eml ?? {};
  const to = eml.to ?? letter.recipientEmail;
  if (!to) throw new Error('The letter has no e-mail address to reply to; give one or export it as PDF.');
  const built = await buildReplyEml({
    ...eml,
    letter,
    from: eml.from ?? { name: letter.organisationName, address: letter.senderEmail },
    to,
    pdf: attachPdf ? await renderPdf(letter) : undefined,
  });
  return { bytes: built.raw, fileName, record: letterRecord(letter, format, built.raw), messageId: built.messageId };
}
