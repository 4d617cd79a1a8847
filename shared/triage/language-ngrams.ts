// eld's language detection, with eld's own n-gram table, tokeniser and thresholds, scored faster.
// eld keeps its table as one object per n-gram ({languageIndex: score}) and sums it with for-in,
// which made language detection a sixth of a message's preparation. Here each n-gram met is
// turned once into a typed array of (language, score) pairs. Results are eld's, byte for byte:
// language-ngrams.test.ts compares both on the labelled mail and on random text. When eld's
// internals are not where this expects them (another eld version), eld itself is used.
import { eld } from 'eld/medium';

export interface NgramGuess { language: string; reliable: boolean }

interface EldInternals {
  languages: Record<string, string>;
  languageCount: number;
  ngrams: Record<string, Record<string, number>>;
  separators: RegExp;
  dictionary: string[];
  avgScore: Record<string, number>;
}

/** eld's data and helpers, from the same module files eld/medium loaded (no second copy). */
async function loadEldInternals(): Promise<EldInternals | null> {
  try {
    const entry = import.meta.resolve('eld/medium');
    const from = (file: string) => import(/* @vite-ignore */ new URL(file, entry).href);
    const [{ ngramsData }, { separators }, { dictionary }, { avgScore }] = await Promise.all([
      from('../ngrams/medium.js'), from('../regexPatterns.js'), from('../dictionary.js'), from('../avgScore.js'),
    ]);
    if (!ngramsData?.ngrams || !ngramsData.languages || !(separators instanceof RegExp) || !Array.isArray(dictionary) || !avgScore) return null;
    return { languages: ngramsData.languages, languageCount: Object.keys(ngramsData.languages).length, ngrams: ngramsData.ngrams, separators, dictionary, avgScore };
  } catch {
    return null;
  }
}

const internals = await loadEldInternals();

/** eld subtracts this from every stored score to keep its table small, and adds it back when summing. */
const BASE_NGRAM_SCORE = 53;
/** eld reads at most this much of a text, in characters and then in UTF-8 bytes. */
const MAX_CHARS = 1000;
const CUT_AFTER_BYTES = 350;
const ENFORCE_CUT_AFTER_BYTES = 380;
/** eld's scale for its 0–1 score, and the share of a language's average score a reliable guess reaches. */
const SCORE_SCALE = 25;
const RELIABLE_RATIO = 0.75;

/** (language index, score) pairs per n-gram met so far; n-grams not in the table are not kept. */
const pairsByNgram = new Map<string, Int32Array>();
const NO_PAIRS = new Int32Array(0);

function pairsOf(ngram: string, table: EldInternals['ngrams']): Int32Array {
  const known = pairsByNgram.get(ngram);
  if (known) return known;
  const scores = table[ngram];
  if (!scores) return NO_PAIRS;
  const pairs: number[] = [];
  for (const lang in scores) pairs.push(Number(lang), scores[lang] + BASE_NGRAM_SCORE);
  const packed = Int32Array.from(pairs);
  pairsByNgram.set(ngram, packed);
  return packed;
}

/** eld's tokeniser: each character as its UTF-8 bytes, each byte as one of eld's dictionary characters. */
function utf8Words(text: string, dictionary: string[]): string[] {
  let encoded = '';
  const words: string[] = [];
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code === 32) {
        if (encoded !== '') {
          words.push(encoded);
          encoded = '';
        }
        if (bytes > CUT_AFTER_BYTES) break;
      } else encoded += text[i];
      bytes++;
    } else if (code < 0x800) {
      encoded += dictionary[0xc0 | (code >> 6)] + dictionary[0x80 | (code & 0x3f)];
      bytes += 2;
    } else if (code < 0xd800 || code >= 0xe000) {
      encoded += dictionary[0xe0 | (code >> 12)] + dictionary[0x80 | ((code >> 6) & 0x3f)] + dictionary[0x80 | (code & 0x3f)];
      bytes += 3;
    } else {
      i++;
      code = 0x10000 + (((code & 0x3ff) << 10) | (text.charCodeAt(i) & 0x3ff));
      encoded += dictionary[0xf0 | (code >> 18)] + dictionary[0x80 | ((code >> 12) & 0x3f)] + dictionary[0x80 | ((code >> 6) & 0x3f)] + dictionary[0x80 | (code & 0x3f)];
      bytes += 4;
    }
    if (bytes > ENFORCE_CUT_AFTER_BYTES) break;
  }
  if (encoded !== '') words.push(encoded);
  return words;
}

/** eld's n-grams: 4 bytes wide, a stride of 3, a space marking a word's start and end. */
function ngramsOf(words: string[]): Set<string> {
  const grams = new Set<string>();
  for (const word of words) {
    const len = Math.min(word.length, 70);
    let j = 0;
    for (; j + 4 < len; j += 3) grams.add((j === 0 ? ' ' : '') + word.substring(j, j + 4));
    grams.add((j === 0 ? ' ' : '') + word.substring(len !== 3 ? len - 4 : 0) + ' ');
  }
  return grams;
}

function detectFast(text: string, eldData: EldInternals): NgramGuess {
  const normalised = text.substring(0, MAX_CHARS).replace(eldData.separators, ' ').trim().toLowerCase();
  const grams = ngramsOf(utf8Words(normalised, eldData.dictionary));
  const scores = new Float64Array(eldData.languageCount);
  for (const gram of grams) {
    const pairs = pairsOf(gram, eldData.ngrams);
    for (let i = 0; i < pairs.length; i += 2) scores[pairs[i]] += pairs[i + 1];
  }
  // eld takes the first language with the highest positive score.
  let best = -1;
  for (let i = 0; i < scores.length; i++) if (scores[i] > 0 && (best < 0 || scores[i] > scores[best])) best = i;
  if (best < 0) return { language: '', reliable: false };
  const language = eldData.languages[best];
  const n = grams.size;
  if (n < 3) return { language, reliable: false };
  // eld's reliability: the best 0–1 score reaches 75 % of the language's average and is not within
  // 0.01 of the "next score". eld 2.1.0 reads that next score as the runner-up's language index
  // (results[1][0]), not its score; kept as is, so the guesses stay eld's.
  let runnerUp = -1;
  for (let i = 0; i < scores.length; i++) if (i !== best && scores[i] > 0 && (runnerUp < 0 || scores[i] > scores[runnerUp])) runnerUp = i;
  const nextScore = runnerUp < 0 ? 0 : runnerUp;
  const top = scores[best] / n / (scores[best] / n + SCORE_SCALE);
  return { language, reliable: !(eldData.avgScore[language] * RELIABLE_RATIO > top || 0.01 > Math.abs(top - nextScore)) };
}

/** The language eld finds in a text, and whether eld calls the guess reliable. */
export function detectByNgrams(text: string): NgramGuess {
  if (internals) return detectFast(text, internals);
  const r = eld.detect(text);
  return { language: r.language, reliable: r.language ? r.isReliable() : false };
}

/** eld itself, for comparison in tests. */
export function detectWithEld(text: string): NgramGuess {
  const r = eld.detect(text);
  return { language: r.language, reliable: r.language ? r.isReliable() : false };
}

export const usesEldInternals = internals !== null;
