// Letters out of the host: PDF, DOCX, .eml reply, SMTP sending, and the hash every one is logged with.
export { renderPdf, type PdfOptions } from './pdf';
export { renderDocx, type DocxOptions } from './docx';
export { buildReplyEml, taggedSubject, type BuiltEml, type EmlAttachment, type MailAddress, type ReplyEmlInput } from './eml';
export { sendEml, messageIdOf, SmtpSettings, type Envelope, type SendResult } from './smtp';
export { sha256Hex, letterRecord, type LetterFormat, type LetterRecord } from './hash';
export { dejaVuFonts, type LetterFonts } from './fonts';
export { exportLetter, type ExportOptions, type ExportedLetter } from './export';
