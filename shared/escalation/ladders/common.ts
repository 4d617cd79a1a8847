// Pieces several ladders share.
import type { LocalizedText, Precondition } from '../types';

/** The organisation stage, said to a requester who already heard from the organisation. */
export const WRITE_TO_US: LocalizedText = {
  en: 'If anything in our reply remains unclear or unresolved, write to us at {orgEmail}.',
  de: 'Wenn in unserer Antwort etwas unklar oder ungelöst bleibt, schreiben Sie uns an {orgEmail}.',
  fr: 'Si un point de notre réponse reste obscur ou non résolu, écrivez-nous à {orgEmail}.',
};

export function anyTime(id: string, text: string): Precondition {
  return { kind: 'any-time', id, text };
}

/** Every complaint starts with the organisation; saying so keeps the first stage's list non-empty. */
export const STARTS_HERE: Precondition = anyTime('starts-here', 'A complaint starts with the organisation; the requester may write to it at any time.');
