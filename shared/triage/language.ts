// Language of what the sender wrote: statistical detection (eld) first, the vocabularies'
// function words when the text is too short or the detector unsure.
import { eld } from 'eld/medium';
import { textKeys, findPhrase, fold } from './match';
import { VOCABULARIES } from './vocab/index';

export interface LanguageResult { language: string; method: 'eld' | 'vocabulary' | 'none' }

export function detectLanguage(subject: string, fresh: string): LanguageResult {
  const sample = `${subject}\n${fresh}`.replace(/https?:\/\/\S+|\S+@\S+/g, ' ').slice(0, 4000);
  let guess = '';
  let reliable = false;
  try {
    const r = eld.detect(sample);
    guess = r.language;
    reliable = r.isReliable();
  } catch {
    guess = '';
  }
  if (guess && reliable && sample.trim().length >= 40) return { language: guess, method: 'eld' };
  const f = fold(sample);
  textKeys(f);
  let best = '';
  let bestHits = 0;
  for (const v of VOCABULARIES) {
    const hits = v.stopwords.reduce((n, w) => n + Math.min(findPhrase(f, w)?.count ?? 0, 5), 0);
    if (hits > bestHits) { best = v.lang; bestHits = hits; }
  }
  if (best && bestHits >= 2) return { language: best, method: 'vocabulary' };
  if (guess) return { language: guess, method: 'eld' };
  return { language: 'und', method: 'none' };
}
