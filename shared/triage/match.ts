// Accent- and case-insensitive phrase matching that can point back at the original wording, so
// explanations quote what the sender actually wrote ("Löschung", not "loschung").

const SPECIAL: Record<string, string> = {
  'ł': 'l', 'ß': 'ss', 'æ': 'ae', 'ø': 'o', 'œ': 'oe', 'đ': 'd', 'ı': 'i', 'þ': 'th',
  '’': "'", '‘': "'", '`': "'", '´': "'", '“': '"', '”': '"', '„': '"', '«': '"', '»': '"',
  '–': '-', '—': '-', '‐': '-', '\u00a0': ' ',
};

// Folding a character is pure but costly (toLowerCase, NFKD, a regex): remember each one.
const charCache = new Map<string, string>();

function foldChar(ch: string): string {
  let f = charCache.get(ch);
  if (f === undefined) {
    f = foldCharUncached(ch);
    charCache.set(ch, f);
  }
  return f;
}

function foldCharUncached(ch: string): string {
  const lower = ch.toLowerCase();
  const special = SPECIAL[lower];
  if (special !== undefined) return special;
  // Strip combining marks; keep length small (one char usually stays one char).
  return lower.normalize('NFKD').replace(/\p{M}+/gu, '');
}

export interface FoldedText {
  /** Lowercased, accent-free text. */
  folded: string;
  /** For each index of `folded`, the index in the original string. */
  map: number[];
  original: string;
}

// The same text is folded by several detectors (language, signals, jurisdiction): keep the last few.
const foldCache = new Map<string, FoldedText>();
const FOLD_CACHE_SIZE = 16;

export function fold(text: string): FoldedText {
  const cached = foldCache.get(text);
  if (cached) return cached;
  const result = foldUncached(text);
  if (foldCache.size >= FOLD_CACHE_SIZE) foldCache.delete(foldCache.keys().next().value!);
  foldCache.set(text, result);
  return result;
}

// Plain ASCII without a backtick folds to its lower case, one character for one.
const PLAIN_ASCII = /^[\x00-\x5f\x61-\x7f]*$/;

function foldUncached(text: string): FoldedText {
  if (PLAIN_ASCII.test(text)) {
    const map = new Array<number>(text.length + 1);
    for (let k = 0; k <= text.length; k++) map[k] = k;
    return { folded: text.toLowerCase(), map, original: text };
  }
  let folded = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) map.push(i);
    folded += f;
    i += ch.length;
  }
  map.push(text.length);
  return { folded, map, original: text };
}

/** Fold a plain string (no map needed). */
export function foldString(s: string): string {
  let out = '';
  for (const ch of s) out += foldChar(ch);
  return out;
}

const cache = new Map<string, RegExp>();
const WORD = '[\\p{L}\\p{N}]';

/** Compiles a vocabulary phrase to a global, unicode regex over folded text. */
export function phraseRegex(phrase: string): RegExp {
  let re = cache.get(phrase);
  if (re) return re;
  const words = phraseWords(phrase);
  // '~' stands for up to three words, so word order can vary ("trek ik mijn toestemming in").
  let body = '';
  words.forEach((w, i) => {
    if (w === '~') { body += "(?:[\\p{L}\\p{N}'’-]+[\\s\\-]+){0,3}"; return; }
    let part: string;
    if (w === '_') part = "[\\p{L}\\p{N}'’-]+";
    else {
      const stem = w.endsWith('*');
      const text = (stem ? w.slice(0, -1) : w).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      part = stem ? `${text}${WORD}*` : text;
    }
    body += part + (i < words.length - 1 ? '[\\s\\-]+' : '');
  });
  const first = words[0];
  const last = words[words.length - 1];
  const lead = /^[\p{L}\p{N}_~]/u.test(first) ? `(?<!${WORD})` : '';
  const trail = last.endsWith('*') || !/[\p{L}\p{N}]$/u.test(last) ? '' : `(?!${WORD})`;
  re = new RegExp(`${lead}${body}${trail}`, 'gu');
  cache.set(phrase, re);
  return re;
}

function phraseWords(phrase: string): string[] {
  return foldString(phrase).trim().split(/\s+/);
}

/**
 * What any match of a phrase must contain verbatim: its longest word (a stem without its '*'),
 * and hashes of a few three-character pieces of it. Checking these first skips most regexes, which
 * is where triage spent its time; no result changes, as the regex cannot match without them.
 */
interface PhraseFilter { literal: string; grams: number[] }

const filterCache = new Map<string, PhraseFilter>();
const GRAM = 3;
const BLOOM_BITS = 1 << 14;
/** Texts shorter than this are searched with `includes` alone; a bit set would cost more. */
const BLOOM_MIN_LENGTH = 200;

function gramHash(s: string, at: number): number {
  return ((s.charCodeAt(at) * 961 + s.charCodeAt(at + 1) * 31 + s.charCodeAt(at + 2)) >>> 0) & (BLOOM_BITS - 1);
}

function phraseFilter(phrase: string): PhraseFilter {
  let f = filterCache.get(phrase);
  if (f) return f;
  let literal = '';
  for (const w of phraseWords(phrase)) {
    if (w === '~' || w === '_') continue;
    const text = w.endsWith('*') ? w.slice(0, -1) : w;
    if (text.length > literal.length) literal = text;
  }
  const grams: number[] = [];
  if (literal.length >= GRAM) {
    for (const at of [0, (literal.length - GRAM) >> 1, literal.length - GRAM]) {
      const h = gramHash(literal, at);
      if (!grams.includes(h)) grams.push(h);
    }
  }
  f = { literal, grams };
  filterCache.set(phrase, f);
  return f;
}

/** A bit per hashed three-character piece of a long folded text, built once per text. */
const bloomCache = new WeakMap<FoldedText, Uint32Array>();

function bloomOf(text: FoldedText): Uint32Array {
  let bits = bloomCache.get(text);
  if (bits) return bits;
  bits = new Uint32Array(BLOOM_BITS >> 5);
  const s = text.folded;
  for (let i = 0; i + GRAM <= s.length; i++) {
    const h = gramHash(s, i);
    bits[h >> 5] |= 1 << (h & 31);
  }
  bloomCache.set(text, bits);
  return bits;
}

/** Cheap test that rules a phrase out of a text (false = the phrase cannot occur in it). */
export function mayContain(text: FoldedText, phrase: string): boolean {
  const f = phraseFilter(phrase);
  if (f.grams.length && text.folded.length >= BLOOM_MIN_LENGTH) {
    const bits = bloomOf(text);
    for (const h of f.grams) if ((bits[h >> 5] & (1 << (h & 31))) === 0) return false;
  }
  return text.folded.includes(f.literal);
}

export interface Hit {
  /** The words as written in the original text. */
  quote: string;
  count: number;
  /** Index in the original text of the first occurrence. */
  index: number;
}

/** Finds a phrase in folded text; null when absent. */
export function findPhrase(text: FoldedText, phrase: string): Hit | null {
  if (!mayContain(text, phrase)) return null;
  const re = phraseRegex(phrase);
  re.lastIndex = 0;
  let first: RegExpExecArray | null = null;
  let count = 0;
  for (let m = re.exec(text.folded); m; m = re.exec(text.folded)) {
    if (!first) first = m;
    count++;
    if (m[0].length === 0) re.lastIndex++;
    if (count >= 20) break;
  }
  if (!first) return null;
  const start = text.map[first.index];
  const end = text.map[first.index + first[0].length];
  return { quote: text.original.slice(start, end).replace(/\s+/g, ' '), count, index: start };
}

/** Runs a regex on the original text; returns all matches (bounded). */
export function allMatches(text: string, re: RegExp, limit = 50): RegExpExecArray[] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  const out: RegExpExecArray[] = [];
  for (let m = g.exec(text); m && out.length < limit; m = g.exec(text)) {
    out.push(m);
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}
