// Language detection gives eld's own answers, only faster: same language, same reliability.
// (electron/host/mail/triage-corpus.test.ts compares both on every message written by others.)
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectWithEld } from '../../scripts/eld-reference';
import { detectByNgrams } from './language-ngrams';
import { HELDOUT } from './fixtures/heldout';

/** A text cut into pieces of several lengths: short pieces are the hard cases. */
const pieces = (text: string) => [text, text.slice(0, 40), text.slice(0, 120), text.slice(200, 900)];
const same = (t: string) => JSON.stringify(detectByNgrams(t)) === JSON.stringify(detectWithEld(t));

describe('language detection reads as eld reads', () => {
  it('a German request and a Swedish one are told apart, reliably', () => {
    expect(detectByNgrams('Hiermit verlange ich Auskunft über alle zu meiner Person gespeicherten Daten.')).toEqual({ language: 'de', reliable: true });
    expect(detectByNgrams('Jag begär härmed att ni raderar alla personuppgifter ni har om mig.')).toEqual({ language: 'sv', reliable: true });
  });

  it('gives the same language and reliability as eld on every held-out message, whole and in pieces', () => {
    const texts = HELDOUT.flatMap((h) => pieces(h.eml));
    expect(texts.length).toBeGreaterThan(90);
    expect(texts.filter((t) => !same(t))).toEqual([]);
  });

  it('gives the same answers as eld on random text in many scripts, short and long', () => {
    const piece = fc.constantFrom('der ', 'und ', 'the ', 'och ', 'że ', 'não ', 'één ', 'è ', 'ß', 'ñ', 'ø', 'данные ', 'δεδομένα ', '数据', '🙂', '\uD83D', ' ', '\n', '.', "'", '’', '-', '12', 'a', 'e', 'ij', 'ą', 'ő', 'x'.repeat(80));
    const text = fc.array(piece, { maxLength: 300 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, same), { numRuns: 3000 });
  });
});
