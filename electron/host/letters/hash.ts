// Every letter sent or exported is logged with the SHA-256 of its exact bytes, so it can be proved later.
import { createHash } from 'node:crypto';

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export type LetterFormat = 'pdf' | 'docx' | 'eml';

/** What the audit log records for one exported or sent letter. */
export interface LetterRecord {
  caseRef: string;
  templateId: string;
  lang: string;
  format: LetterFormat;
  bytes: number;
  sha256: string;
}

export function letterRecord(letter: { caseRef: string; templateId: string; lang: string }, format: LetterFormat, bytes: Uint8Array): LetterRecord {
  return { caseRef: letter.caseRef, templateId: letter.templateId, lang: letter.lang, format, bytes: bytes.length, sha256: sha256Hex(bytes) };
}
