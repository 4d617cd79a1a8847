// How a template is written down: plain data, one file per template id under templates/.
import type { RequestType } from '../domain/ids';
import type { LetterLang } from './types';

/**
 * A body block. A plain string is a paragraph that is always printed (its fields are required).
 * `when` prints the block only if that field is given; `whenEmpty` only if that list is given and empty.
 * `list` prints the named list field as bullets after an optional `intro`; an empty list prints neither.
 * `item` is one written-out bullet (consecutive items make one list), as in the DPO's edited text.
 */
export type BlockSpec =
  | string
  | { p: string; when?: string; whenEmpty?: string }
  | { list: string; intro?: string; when?: string }
  | { item: string; when?: string }; // one bullet written out; consecutive items form one list

export interface TemplateText {
  title: string;
  subject: string;
  body: BlockSpec[];
}

export interface LetterTemplate {
  id: string;
  purpose: string; // one English sentence for the DPO
  requestTypes: RequestType[]; // [] = any
  /** Fields the letter cannot go out without. Tests check this covers every unconditional field. */
  requires: string[];
  /** Who the letter is to: the requester (default) or a recourse body / regulator (letter.addressee). */
  to?: 'requester' | 'addressee';
  texts: Record<LetterLang, TemplateText>;
}

export const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_.-]*)\s*\}\}/g;

/** Field names a piece of template text refers to. */
export function fieldsIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);
}
