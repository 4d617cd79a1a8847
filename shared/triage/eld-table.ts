// eld's medium n-gram table in a compact form. eld ships it as a 2 MB object literal of one object
// per n-gram: loading it took ~0.7 s of CPU and ~190 MB in every thread that detects languages (the
// host and each import worker). Here the same numbers travel as one base64 string, decoded into a
// Map from n-gram to a slice of one Int32Array in a few tens of milliseconds.
// eld-medium-table.ts is written by scripts/gen-eld-table.ts from the installed eld; scripts/eld-table.test.ts
// checks that it still holds exactly what eld holds.

/** eld's tokeniser and scoring data: the n-gram scores and what eld needs around them. */
export interface EldTableSource {
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number>>;
  separators: RegExp;
  dictionary: string[];
  avgScore: Record<string, number>;
}

/** What the generated module holds: the small parts as they are, the n-grams encoded. */
export interface EncodedEldTable {
  languages: string[];
  avgScore: Record<string, number>;
  dictionary: string[];
  separators: { source: string; flags: string };
  /** base64 of: per n-gram, its length, its characters (each < 256), its pair count, then (language, score) bytes. */
  ngrams: string;
}

export interface EldTable {
  languages: string[];
  avgScore: Record<string, number>;
  dictionary: string[];
  separators: RegExp;
  /** (language index, score + base) pairs, every n-gram's one after another. */
  pairs: Int32Array;
  /** For each n-gram, where its pairs start and how many there are, packed (see pairsOf). */
  slices: Map<string, number>;
}

/** eld subtracts this from every stored score to keep its table small, and adds it back when summing. */
export const BASE_NGRAM_SCORE = 53;
/** An n-gram's slice packs its first pair's index above SLICE_BITS bits and its pair count below. */
const SLICE_BITS = 6;
const SLICE = 1 << SLICE_BITS;

/** Where an n-gram's (language, score) pairs sit in `pairs`: [from, to) as array indices. */
export function pairsOf(slice: number): [from: number, to: number] {
  const from = (slice >> SLICE_BITS) * 2;
  return [from, from + (slice & (SLICE - 1)) * 2];
}

function byte(n: number, what: string): string {
  if (!Number.isInteger(n) || n < 0 || n > 255) throw new Error(`eld table: ${what} ${n} does not fit in a byte`);
  return String.fromCharCode(n);
}

export function encodeEldTable(source: EldTableSource): EncodedEldTable {
  const languages = Object.keys(source.languages).map((k, i) => {
    if (Number(k) !== i) throw new Error('eld table: languages are not numbered 0..n-1');
    return source.languages[k];
  });
  const parts: string[] = [];
  for (const gram in source.ngrams) {
    const scores = source.ngrams[gram];
    const langs = Object.keys(scores);
    if (langs.length >= SLICE) throw new Error(`eld table: n-gram with ${langs.length} languages`);
    parts.push(byte(gram.length, 'n-gram length'));
    for (let i = 0; i < gram.length; i++) parts.push(byte(gram.charCodeAt(i), 'n-gram character'));
    parts.push(byte(langs.length, 'pair count'));
    for (const lang of langs) parts.push(byte(Number(lang), 'language'), byte(scores[lang], 'score'));
  }
  return {
    languages,
    avgScore: source.avgScore,
    dictionary: source.dictionary,
    separators: { source: source.separators.source, flags: source.separators.flags },
    ngrams: btoa(parts.join('')),
  };
}

export function decodeEldTable(encoded: EncodedEldTable): EldTable {
  const bytes = atob(encoded.ngrams);
  // Two passes: the first counts pairs so they go into one array.
  let total = 0;
  for (let at = 0; at < bytes.length; ) {
    at += 1 + bytes.charCodeAt(at);
    const count = bytes.charCodeAt(at);
    total += count;
    at += 1 + count * 2;
  }
  const pairs = new Int32Array(total * 2);
  const slices = new Map<string, number>();
  let next = 0;
  for (let at = 0; at < bytes.length; ) {
    const length = bytes.charCodeAt(at);
    const gram = bytes.substring(at + 1, at + 1 + length);
    at += 1 + length;
    const count = bytes.charCodeAt(at++);
    slices.set(gram, next * SLICE + count);
    for (let i = 0; i < count; i++, at += 2) {
      pairs[(next + i) * 2] = bytes.charCodeAt(at);
      pairs[(next + i) * 2 + 1] = bytes.charCodeAt(at + 1) + BASE_NGRAM_SCORE;
    }
    next += count;
  }
  return {
    languages: encoded.languages,
    avgScore: encoded.avgScore,
    dictionary: encoded.dictionary,
    separators: new RegExp(encoded.separators.source, encoded.separators.flags),
    pairs,
    slices,
  };
}
