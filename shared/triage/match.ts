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
 * whose first characters are its key (below). Checking these first skips most regexes, which is
 * where triage spent its time; no result changes, as the regex cannot match without them.
 */
interface PhraseFilter { literal: string; id: number; key: string | null }

const filterCache = new Map<string, PhraseFilter>();
const KEY_LENGTH = 4;

function phraseFilter(phrase: string): PhraseFilter {
  let f = filterCache.get(phrase);
  if (f) return f;
  let literal = '';
  for (const w of phraseWords(phrase)) {
    if (w === '~' || w === '_') continue;
    const text = w.endsWith('*') ? w.slice(0, -1) : w;
    if (text.length > literal.length) literal = text;
  }
  f = { literal, id: filterCache.size, key: indexKey(literal) };
  filterCache.set(phrase, f);
  if (f.key !== null) keyIndex.add(f.key, f.id);
  else alwaysPossible.push(f.id);
  return f;
}

/**
 * Every word of a phrase's regex starts where the text has no letter or digit just before it (the
 * regex's own boundary or a space or hyphen). So the first characters of the phrase's longest word
 * must stand at such a word start in the text. Indexing phrases by those characters lets one pass
 * over a text name every phrase that could occur in it; each other phrase is ruled out by a lookup.
 */
function indexKey(literal: string): string | null {
  if (!literal || !isWordUnit(literal.charCodeAt(0))) return null;
  return literal.slice(0, KEY_LENGTH);
}

const keyIndex = {
  byKey: new Map<string, number[]>(),
  /** The key lengths in use (short words have short keys). */
  lengths: [] as number[],
  add(key: string, id: number) {
    const ids = this.byKey.get(key);
    if (ids) ids.push(id);
    else this.byKey.set(key, [id]);
    if (!this.lengths.includes(key.length)) this.lengths.push(key.length);
  },
};

// 1 when a UTF-16 unit is surely a letter or digit; surrogate halves count as not, which can only
// add word starts (and so candidates), never lose one.
const wordUnits = new Int8Array(0x10000).fill(-1);
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
function isWordUnit(unit: number): boolean {
  let w = wordUnits[unit];
  if (w === -1) w = wordUnits[unit] = unit >= 0xd800 && unit <= 0xdfff ? 0 : WORD_CHAR.test(String.fromCharCode(unit)) ? 1 : 0;
  return w === 1;
}

const alwaysPossible: number[] = [];

/** For a text: which phrases, by id, could occur in it (1) and which cannot (0). */
const candidateCache = new WeakMap<FoldedText, Uint8Array>();

/**
 * Which phrases could occur in a text, by id (see phraseIds): one pass over the text's word starts.
 * Phrases first seen after this was worked out for the text are not covered: ask couldOccur.
 */
export function candidates(text: FoldedText): Uint8Array {
  let hits = candidateCache.get(text);
  if (hits) return hits;
  hits = new Uint8Array(filterCache.size);
  for (const id of alwaysPossible) hits[id] = 1;
  const s = text.folded;
  const { byKey, lengths } = keyIndex;
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && isWordUnit(s.charCodeAt(i - 1))) continue;
    for (const len of lengths) {
      const ids = byKey.get(s.substr(i, len));
      if (ids) for (const id of ids) if (id < hits.length) hits[id] = 1;
    }
  }
  candidateCache.set(text, hits);
  return hits;
}

export function couldOccur(candidateIds: Uint8Array, id: number): boolean {
  return id >= candidateIds.length || candidateIds[id] === 1;
}

/** Each phrase's id, for couldOccur. Compile a list once and keep the result. */
export function phraseIds(phrases: readonly string[]): Int32Array {
  return Int32Array.from(phrases, (p) => phraseFilter(p).id);
}

/** Cheap test that rules a phrase out of a text (false = the phrase cannot occur in it). */
export function mayContain(text: FoldedText, phrase: string): boolean {
  const f = phraseFilter(phrase);
  const known = candidateCache.get(text);
  if (known && !couldOccur(known, f.id)) return false;
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
