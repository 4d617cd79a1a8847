// Language of what the sender wrote: statistical detection (eld) first, the vocabularies'
// function words when the text is too short or the detector unsure.
import { detectByNgrams } from './language-ngrams';
import { findPhrase, fold } from './match';
import { PhraseIndex } from './phrase-index';
import { VOCABULARIES } from './vocab/index';

export interface LanguageResult { language: string; method: 'eld' | 'vocabulary' | 'none' }

/** Every language's function words, each with its language (a word may belong to several). */
let stopwords: { index: PhraseIndex; lang: string[] } | null = null;
function stopwordIndex(): { index: PhraseIndex; lang: string[] } {
  const pairs = VOCABULARIES.flatMap((v) => v.stopwords.map((w) => [w, v.lang] as const));
  return { index: new PhraseIndex(pairs.map(([w]) => w)), lang: pairs.map(([, l]) => l) };
}

/**
 * Web and mail addresses out, each replaced by a space: the same as replacing
 * /https?:\/\/\S+|\S+@\S+/g, but a mail address is only looked for from the start of a word (it
 * can only match there): the plain expression retried from every letter of a long word without
 * an @, seconds for a 100 KB one.
 */
const ADDRESSES = /https?:\/\/\S+|(?<!\S)\S+@\S+/g;

export function withoutAddresses(text: string): string {
  return text.replace(ADDRESSES, ' ');
}

export function detectLanguage(subject: string, fresh: string): LanguageResult {
  const sample = withoutAddresses(`${subject}\n${fresh}`).slice(0, 4000);
  let guess = '';
  let reliable = false;
  try {
    ({ language: guess, reliable } = detectByNgrams(sample));
  } catch {
    guess = '';
  }
  if (guess && reliable && sample.trim().length >= 40) return { language: guess, method: 'eld' };
  const f = fold(sample);
  stopwords ??= stopwordIndex();
  const hits = new Map<string, number>();
  for (const i of stopwords.index.candidates(f)) {
    const count = findPhrase(f, stopwords.index.phrases[i])?.count ?? 0;
    if (count) hits.set(stopwords.lang[i], (hits.get(stopwords.lang[i]) ?? 0) + Math.min(count, 5));
  }
  let best = '';
  let bestHits = 0;
  for (const v of VOCABULARIES) {
    const n = hits.get(v.lang) ?? 0;
    if (n > bestHits) { best = v.lang; bestHits = n; }
  }
  if (best && bestHits >= 2) return { language: best, method: 'vocabulary' };
  if (guess) return { language: guess, method: 'eld' };
  return { language: 'und', method: 'none' };
}
