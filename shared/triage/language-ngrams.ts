// eld's language detection, with eld's own n-gram table, tokeniser and thresholds, scored faster.
// eld keeps its table as one object per n-gram ({languageIndex: score}) and sums it with for-in,
// which made language detection a sixth of a message's preparation; loading it cost each thread
// that detects languages (the host and every import worker) ~0.7 s of CPU and ~190 MB. Here the
// table comes from eld-medium-table.ts (eld's numbers, generated from the package) as one typed
// array of (language, score) pairs. Results are eld's, byte for byte: language-ngrams.test.ts
// compares both on held-out mail and on random text.
import { decodeEldTable, gramSlot, MAX_GRAM_LENGTH, packGram, pairsOf } from './eld-table';
import { ELD_MEDIUM_TABLE } from './eld-medium-table';

export interface NgramGuess { language: string; reliable: boolean }

const table = decodeEldTable(ELD_MEDIUM_TABLE);

/** eld reads at most this much of a text, in characters and then in UTF-8 bytes. */
const MAX_CHARS = 1000;
const CUT_AFTER_BYTES = 350;
const ENFORCE_CUT_AFTER_BYTES = 380;
/** eld's scale for its 0–1 score, and the share of a language's average score a reliable guess reaches. */
const SCORE_SCALE = 25;
const RELIABLE_RATIO = 0.75;

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

// The n-grams of one text met so far: eld counts each once. A slot is in use when its stamp is the
// present call's, so nothing is cleared between calls. eld reads at most ~380 bytes of a text, so
// a text has a few hundred n-grams at most.
const SEEN_BITS = 11;
const seen = new Int32Array(3 << SEEN_BITS);
let stamp = 0;
const packed = new Int32Array(2);

/** True the first time this call meets the n-gram (lo, hi). */
function firstTime(lo: number, hi: number): boolean {
  const mask = (1 << SEEN_BITS) - 1;
  let i = gramSlot(lo, hi, SEEN_BITS);
  for (; seen[i * 3 + 2] === stamp; i = (i + 1) & mask) if (seen[i * 3 + 1] === hi && seen[i * 3] === lo) return false;
  seen[i * 3] = lo;
  seen[i * 3 + 1] = hi;
  seen[i * 3 + 2] = stamp;
  return true;
}

/**
 * Adds each of eld's n-grams of the words (4 bytes wide, a stride of 3, a space marking a word's
 * start and end) to the scores once; returns how many distinct n-grams the words hold.
 */
function scoreNgrams(words: string[], scores: Float64Array): number {
  if (++stamp === 0x7fffffff) {
    seen.fill(0);
    stamp = 1;
  }
  const { pairs, slices } = table;
  let distinct = 0;
  // A word's last n-gram runs to its end, past eld's 70 characters: longer than any in the table,
  // such n-grams are only counted, as strings (rare).
  let long: Set<string> | null = null;
  const add = (word: string, from: number, to: number, lead: boolean, trail: boolean) => {
    if (to - from + (lead ? 1 : 0) + (trail ? 1 : 0) > MAX_GRAM_LENGTH) {
      const gram = `${lead ? ' ' : ''}${word.substring(from, to)}${trail ? ' ' : ''}`;
      long ??= new Set();
      if (!long.has(gram)) {
        long.add(gram);
        distinct++;
      }
      return;
    }
    packGram(word, from, to, lead, trail, packed);
    const lo = packed[0];
    const hi = packed[1];
    if (!firstTime(lo, hi)) return;
    distinct++;
    const slice = slices.find(lo, hi);
    if (slice < 0) return;
    const [start, end] = pairsOf(slice);
    for (let i = start; i < end; i += 2) scores[pairs[i]] += pairs[i + 1];
  };
  for (const word of words) {
    const len = Math.min(word.length, 70);
    let j = 0;
    for (; j + 4 < len; j += 3) add(word, j, j + 4, j === 0, false);
    // As eld's substring(len - 4): a negative start reads as 0, and the n-gram runs to the word's end.
    add(word, len !== 3 ? Math.max(len - 4, 0) : 0, word.length, j === 0, true);
  }
  return distinct;
}

/** The language eld finds in a text, and whether eld calls the guess reliable. */
export function detectByNgrams(text: string): NgramGuess {
  const normalised = text.substring(0, MAX_CHARS).replace(table.separators, ' ').trim().toLowerCase();
  const scores = new Float64Array(table.languages.length);
  const n = scoreNgrams(utf8Words(normalised, table.dictionary), scores);
  // eld takes the first language with the highest positive score.
  let best = -1;
  for (let i = 0; i < scores.length; i++) if (scores[i] > 0 && (best < 0 || scores[i] > scores[best])) best = i;
  if (best < 0) return { language: '', reliable: false };
  const language = table.languages[best];
  if (n < 3) return { language, reliable: false };
  // eld's reliability: the best 0–1 score reaches 75 % of the language's average and is not within
  // 0.01 of the "next score". eld 2.1.0 reads that next score as the runner-up's language index
  // (results[1][0]), not its score; kept as is, so the guesses stay eld's.
  let runnerUp = -1;
  for (let i = 0; i < scores.length; i++) if (i !== best && scores[i] > 0 && (runnerUp < 0 || scores[i] > scores[runnerUp])) runnerUp = i;
  const nextScore = runnerUp < 0 ? 0 : runnerUp;
  const top = scores[best] / n / (scores[best] / n + SCORE_SCALE);
  return { language, reliable: !(table.avgScore[language] * RELIABLE_RATIO > top || 0.01 > Math.abs(top - nextScore)) };
}
