// eld's language detection, with eld's own n-gram table, tokeniser and thresholds, scored faster.
// eld keeps its table as one object per n-gram ({languageIndex: score}) and sums it with for-in,
// which made language detection a sixth of a message's preparation; loading it cost each thread
// that detects languages (the host and every import worker) ~0.7 s of CPU and ~190 MB. Here the
// table comes from eld-medium-table.ts (eld's numbers, generated from the package) as one typed
// array of (language, score) pairs. Results are eld's, byte for byte: language-ngrams.test.ts
// compares both on held-out mail and on random text.
import { decodeEldTable, pairsOf } from './eld-table';
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

/** The language eld finds in a text, and whether eld calls the guess reliable. */
export function detectByNgrams(text: string): NgramGuess {
  const normalised = text.substring(0, MAX_CHARS).replace(table.separators, ' ').trim().toLowerCase();
  const grams = ngramsOf(utf8Words(normalised, table.dictionary));
  const scores = new Float64Array(table.languages.length);
  const { pairs, slices } = table;
  for (const gram of grams) {
    const slice = slices.get(gram);
    if (slice === undefined) continue;
    const [from, to] = pairsOf(slice);
    for (let i = from; i < to; i += 2) scores[pairs[i]] += pairs[i + 1];
  }
  // eld takes the first language with the highest positive score.
  let best = -1;
  for (let i = 0; i < scores.length; i++) if (scores[i] > 0 && (best < 0 || scores[i] > scores[best])) best = i;
  if (best < 0) return { language: '', reliable: false };
  const language = table.languages[best];
  const n = grams.size;
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
