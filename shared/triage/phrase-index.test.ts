import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { couldOccur, findPhrase, fold, foldJoined, foldString, matchesOf, phraseId, textKeySlots, textKeys } from './match';
import { PhraseIndex } from './phrase-index';
import { VOCABULARIES } from './vocab/index';

// Every phrase of every language's rights lists: the index must answer exactly as asking each one.
const PHRASES = [...new Set(VOCABULARIES.flatMap((v) => Object.values(v.rights).flatMap((list) => list.map(([p]) => p))))];
const index = new PhraseIndex(PHRASES);

function everyPhraseAsked(text: string): number[] {
  const keys = textKeys(fold(text));
  return PHRASES.flatMap((p, i) => (couldOccur(keys, phraseId(p)) ? [i] : []));
}

const LETTER = 'Sehr geehrte Damen und Herren, ich verlange Auskunft über meine Daten und die Löschung meines Kontos. '
  + 'Please erase all my personal data and send me a copy of it. Je m’oppose au traitement de mes données. ';

describe('which vocabulary phrases may occur in a message', () => {
  it('names the same phrases as asking every phrase, for a short note and for a long letter', () => {
    // A long letter of many different words has more keys than the index files phrases under:
    // then the index asks the text about its keys instead of looking up the text's.
    const long = `${LETTER} ${Array.from({ length: 3000 }, (_, i) => `wort${i} ${i}data`).join(' ')} ${LETTER}`;
    expect(textKeySlots(fold(long)).length).toBeGreaterThan(PHRASES.length);
    for (const text of ['Please delete my account.', 'Auskunft nach Art. 15 DSGVO', LETTER.repeat(40), long]) {
      expect(index.candidates(fold(text))).toEqual(everyPhraseAsked(text));
    }
  });

  it('never leaves out a phrase the message really contains', () => {
    const words = ['erase', 'delete', 'my', 'data', 'Löschung', 'Auskunft', 'copy', 'personal', 'opt', 'out', 'de', 'mes', 'données', 'kopia', 'usunięcie', '.', '\n'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 400 }), (picked) => {
      const text = fold(picked.join(' '));
      const candidates = new Set(index.candidates(text));
      PHRASES.forEach((p, i) => {
        if (findPhrase(text, p)) expect(candidates.has(i)).toBe(true);
      });
      expect([...candidates]).toEqual(everyPhraseAsked(picked.join(' ')));
    }), { numRuns: 60 });
  });

  it('answers the same for a text asked again after a hundred others were read in between', () => {
    const first = fold('Bitte löschen Sie meine Daten und senden Sie mir eine Kopie.');
    const before = index.candidates(first);
    const keys = [...textKeys(first)];
    for (let i = 0; i < 100; i++) index.candidates(fold(`Request ${i}: please erase my data ${i}`));
    expect(index.candidates(first)).toEqual(before);
    expect([...textKeys(first)]).toEqual(keys);
    expect(before.length).toBeGreaterThan(0);
  });
});

describe('a subject and its message read together', () => {
  const piece = fc.array(fc.constantFrom(...PHRASES.slice(0, 200), 'Löschung', 'données', 'Art.', '—', 'x', ' ', '\n'), { maxLength: 10 }).map((w) => w.join(' '));
  it('finds every phrase, quoted alike, as folding the joined text afresh would', () => {
    fc.assert(fc.property(piece, piece, (subject, body) => {
      const a = fold(subject);
      const b = fold(body);
      textKeys(a);
      textKeys(b);
      const joined = foldJoined(a, b);
      const afresh = { folded: foldString(`${subject}\n${body}`), original: `${subject}\n${body}` };
      expect(joined.folded).toBe(afresh.folded);
      const candidates = index.candidates(joined);
      PHRASES.forEach((p, i) => {
        const hit = findPhrase(afresh, p);
        expect(findPhrase(joined, p)).toEqual(hit);
        if (hit) expect(candidates).toContain(i);
      });
    }), { numRuns: 60 });
  });
});

describe('every match of a pattern the triage reads with', () => {
  it('finds what String.matchAll finds, on any text, and leaves the shared pattern ready for the next message', () => {
    const patterns = [/\bArt(?:icle|\.)\s*(\d{1,3})/giu, /x*/g, /(?<![\p{L}])ref\.?\s*[:#]\s*(\S+)/gu, /\p{Emoji_Presentation}?/gu];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'x', 'A', 'r', 'e', 'f', ':', '#', ' ', '.', '1', '7', 'Art. ', 'ref: ', '😀', 'é') }), (text) => {
        for (const re of patterns) {
          expect(matchesOf(text, re).map((m) => [m.index, ...m])).toEqual([...text.matchAll(re)].map((m) => [m.index, ...m]));
          expect(re.lastIndex).toBe(0);
        }
      }),
    );
  });

  it('refuses a pattern without the g flag, which exec would match at the same place for ever', () => {
    expect(() => matchesOf('Art. 15', /Art/)).toThrow(/global/);
  });
});
