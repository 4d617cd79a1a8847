// eld's medium n-gram table in a compact form. eld ships it as a 2 MB object literal of one object
// per n-gram: loading it took ~0.7 s of CPU and ~190 MB in every thread that detects languages (the
// host and each import worker). Here the same numbers travel as one base64 string, decoded into a
// table of n-grams packed into numbers (see NgramSlices) pointing into one Int32Array, in a few tens of milliseconds.
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
  slices: NgramSlices;
}

/** eld's n-grams are 3 to 6 characters long, each character below 256. */
export const MAX_GRAM_LENGTH = 6;

/**
 * An n-gram packed into two numbers, into out[0] and out[1]: its first four characters in one, the
 * other two and its length in the other (never 0, which marks a free slot). Every character must
 * be below 256 and the n-gram at most MAX_GRAM_LENGTH long (with its spaces).
 */
export function packGram(text: string, from: number, to: number, lead: boolean, trail: boolean, out: Int32Array): void {
  let lo = lead ? 32 : 0;
  let hi = 0;
  let k = lead ? 1 : 0;
  for (let i = from; i < to; i++, k++) {
    const unit = text.charCodeAt(i);
    if (k < 4) lo |= unit << (k << 3);
    else hi |= unit << ((k - 4) << 3);
  }
  if (trail) {
    if (k < 4) lo |= 32 << (k << 3);
    else hi |= 32 << ((k - 4) << 3);
    k++;
  }
  out[0] = lo;
  out[1] = hi | (k << 16);
}

function packable(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) > 255) return false;
  return to > from && to - from <= MAX_GRAM_LENGTH;
}

/** Where a packed n-gram's search starts in a table of 2^bits slots. */
export function gramSlot(lo: number, hi: number, bits: number): number {
  return (Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi + 0x7f4a7c15, 0x85ebca6b)) >>> (32 - bits);
}

/**
 * n-gram → slice, as open addressing in one typed array (lo, hi, slice side by side). The table
 * is read ~100 times a message at places no cache holds: a Map of 105k strings cost a few cache
 * misses a lookup (its bucket, its entry, the key string), half of language detection's time in
 * an import; here a lookup is mostly one. Lookups take packed n-grams, made without a string.
 */
export class NgramSlices {
  private readonly bits: number;
  private readonly table: Int32Array;
  private readonly packed = new Int32Array(2);
  size = 0;

  constructor(capacity: number) {
    this.bits = Math.max(4, Math.ceil(Math.log2(capacity * 2.5)));
    this.table = new Int32Array(3 << this.bits);
  }

  /** The slice of the n-gram packed as (lo, hi), or -1. */
  find(lo: number, hi: number): number {
    const t = this.table;
    const mask = (1 << this.bits) - 1;
    for (let i = gramSlot(lo, hi, this.bits); ; i = (i + 1) & mask) {
      const at = i * 3;
      if (t[at + 1] === 0) return -1;
      if (t[at + 1] === hi && t[at] === lo) return t[at + 2];
    }
  }

  /** Files the n-gram text[from, to). */
  set(text: string, from: number, to: number, slice: number): void {
    if (!packable(text, from, to)) throw new Error(`eld table: n-gram "${text.slice(from, to)}" cannot be packed`);
    packGram(text, from, to, false, false, this.packed);
    const lo = this.packed[0];
    const hi = this.packed[1];
    const t = this.table;
    const mask = (1 << this.bits) - 1;
    let i = gramSlot(lo, hi, this.bits);
    while (t[i * 3 + 1] !== 0 && !(t[i * 3 + 1] === hi && t[i * 3] === lo)) i = (i + 1) & mask;
    if (t[i * 3 + 1] === 0) this.size++;
    t[i * 3] = lo;
    t[i * 3 + 1] = hi;
    t[i * 3 + 2] = slice;
  }

  get(gram: string): number | undefined {
    if (!packable(gram, 0, gram.length)) return undefined;
    packGram(gram, 0, gram.length, false, false, this.packed);
    const slice = this.find(this.packed[0], this.packed[1]);
    return slice < 0 ? undefined : slice;
  }
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
  let grams = 0;
  for (let at = 0; at < bytes.length; grams++) {
    at += 1 + bytes.charCodeAt(at);
    const count = bytes.charCodeAt(at);
    total += count;
    at += 1 + count * 2;
  }
  const pairs = new Int32Array(total * 2);
  const slices = new NgramSlices(grams);
  let next = 0;
  for (let at = 0; at < bytes.length; ) {
    const length = bytes.charCodeAt(at);
    const count = bytes.charCodeAt(at + 1 + length);
    slices.set(bytes, at + 1, at + 1 + length, next * SLICE + count);
    at += 2 + length;
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
