import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from './match';
import { phraseEvidence, prepareTexts } from './signals';
import { sentences } from './text';
import { VOCABULARIES } from './vocab/index';

// Phrases a DPO's mail is made of (complaints and reminders are read without conditional sentences),
// written the way the vocabulary spells them, with a '~' gap filled by a word.
const PHRASES = VOCABULARIES.flatMap((v) => [...v.complaint, ...v.followUp, ...Object.values(v.rights).flat()].map(([p]) => p.replace(/~/g, 'really').replace(/\*/g, 'en')));
const SEPARATORS = [' ', '. ', '.\n\n', '!  ', '? ', ' - ', ', ', '\n', ';\t', ' and ', '.  \n \n '];

const freshText = fc.array(fc.tuple(fc.constantFrom(...PHRASES), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(([p, s]) => p + s).join('').trim());

describe('reading the fresh text once when no sentence of it is conditional', () => {
  it('a text cut into sentences and joined again gives the same evidence as the text itself', () => {
    fc.assert(fc.property(freshText, (fresh) => {
      const texts = prepareTexts('Request', fresh, '');
      fc.pre(texts.freshUnconditional === texts.fresh);
      const respaced = { ...texts, freshUnconditional: fold(sentences(fresh).join('\n')) };
      expect(phraseEvidence(texts)).toEqual(phraseEvidence(respaced));
    }), { numRuns: 200 });
  });

  it('"If you do not answer I will complain to the authority" is left out of the complaint reading, not of the rest', () => {
    const texts = prepareTexts('Access request', 'Please give me a copy of my personal data. If you do not answer within a month I will lodge a complaint with the supervisory authority.', '');
    expect(texts.freshUnconditional).not.toBe(texts.fresh);
    expect(texts.freshUnconditional.original).not.toMatch(/complaint/);
    const complaint = phraseEvidence(texts).filter((e) => e.bucket === 'complaint');
    expect(complaint).toEqual([]);
  });
});
