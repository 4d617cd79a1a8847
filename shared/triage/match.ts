// Accent- and case-insensitive phrase matching that can point back at the original wording, so
// explanations quote what the sender actually wrote ("Löschung", not "loschung").
import { isWordUnit, KEY_LENGTH, keySet, keySlot, ownKeys, unionKeys, type TextKeys } from './text-keys';

export { KEY_SLOTS, textKeys, textKeySlots, type TextKeys } from './text-keys';

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
  original: string;
}

/**
 * What is worked out about a folded text once (its keys, its index map) is kept on the text itself.
 * Kept in WeakMaps, every text read (several a message) added an entry that each collection had to
 * look at until the text died.
 */
interface Worked extends FoldedText {
  indexMap?: number[] | null;
}

function foldedText(folded: string, original: string): FoldedText {
  // Its keys are kept by text-keys.ts; every text starts with both fields, so all share one shape.
  const text: Worked & { keys: undefined } = { folded, original, keys: undefined, indexMap: undefined };
  return text;
}

// The same text is folded by several detectors (language, signals, jurisdiction): keep the last few.
const foldCache = new Map<string, FoldedText>();
const FOLD_CACHE_SIZE = 16;

export function fold(text: string): FoldedText {
  const cached = foldCache.get(text);
  if (cached) return cached;
  const result = foldedText(foldText(text), text);
  remember(result);
  return result;
}

function remember(text: FoldedText): void {
  if (foldCache.size >= FOLD_CACHE_SIZE) foldCache.delete(foldCache.keys().next().value!);
  foldCache.set(text.original, text);
}

/** ASCII other than the backtick folds to its lower case, one character for one. */
const isPlainAscii = (unit: number) => unit < 0x80 && unit !== 0x60;

// Folding runs of plain ASCII a run at a time (most of any mail) made triage several times faster
// than folding character by character; the result is the same.
function foldText(text: string): string {
  let folded = '';
  for (let i = 0; i < text.length;) {
    if (isPlainAscii(text.charCodeAt(i))) {
      let j = i + 1;
      while (j < text.length && isPlainAscii(text.charCodeAt(j))) j++;
      folded += text.slice(i, j).toLowerCase();
      i = j;
      continue;
    }
    const width = text.codePointAt(i)! > 0xffff ? 2 : 1;
    folded += foldChar(text.slice(i, i + width));
    i += width;
  }
  return folded;
}

/**
 * For each index of the folded text, the index in the original: needed only to quote a match, so
 * worked out on demand. Plain ASCII maps one to one.
 */
function originalIndex(text: Worked, foldedIndex: number): number {
  let map = text.indexMap;
  if (map === undefined) {
    map = text.folded.length === text.original.length && /^[\x00-\x5f\x61-\x7f]*$/.test(text.original) ? null : buildIndexMap(text.original);
    text.indexMap = map;
  }
  return map ? map[foldedIndex] : foldedIndex;
}

function buildIndexMap(original: string): number[] {
  const map: number[] = [];
  for (let i = 0; i < original.length;) {
    if (isPlainAscii(original.charCodeAt(i))) {
      map.push(i++);
      continue;
    }
    const width = original.codePointAt(i)! > 0xffff ? 2 : 1;
    const f = foldChar(original.slice(i, i + width));
    for (let k = 0; k < f.length; k++) map.push(i);
    i += width;
  }
  map.push(original.length);
  return map;
}

/**
 * Folds a text without keeping it among the recent ones: for the many short pieces (sentences) a
 * message is cut into, which would otherwise push its whole texts out and have them folded again.
 */
export function foldOnce(text: string): FoldedText {
  return foldCache.get(text) ?? foldedText(foldText(text), text);
}

/**
 * Two folded texts joined by a line break, as `fold(\`${a}\n${b}\`)` would give (folding goes
 * character by character). When both have been read for keys, the joined text's keys are theirs
 * together: it lacks only keys that span the line break, which no phrase has (phrase words hold no
 * white space), so it is not read again.
 */
export function foldJoined(a: FoldedText, b: FoldedText): FoldedText {
  const original = `${a.original}\n${b.original}`;
  const cached = foldCache.get(original);
  if (cached) return cached;
  const joined = foldedText(`${a.folded}\n${b.folded}`, original);
  const keysA = ownKeys(a);
  const keysB = ownKeys(b);
  if (keysA && keysB) unionKeys(joined, keysA, keysB);
  remember(joined);
  return joined;
}

/** Fold a plain string (no map needed). */
export function foldString(s: string): string {
  return foldText(s);
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
 * What any match of a phrase must contain: its longest word verbatim (a stem without its '*'), and
 * each of its words at a word start. Every word of a phrase's regex starts where the text has no
 * letter or digit just before it (the regex's own boundary, or the space or hyphen between words).
 * So a text is read once, noting the first characters (up to eight) found at each word start; a
 * phrase one of whose words is not among them is ruled out by a few bit tests, without its regex.
 * Checking these first skips most regexes, which is where triage spent its time; no result
 * changes, as the regex cannot match without them.
 */
interface PhraseFilter { literal: string; id: number; slots: number[]; indexSlot: number }

const filterCache = new Map<string, PhraseFilter>();
const filtersById: PhraseFilter[] = [];

function phraseFilter(phrase: string): PhraseFilter {
  let f = filterCache.get(phrase);
  if (f) return f;
  let literal = '';
  const slots: number[] = [];
  let indexSlot = -1;
  let indexKeyLength = 0;
  for (const w of phraseWords(phrase)) {
    if (w === '~' || w === '_') continue;
    const text = w.endsWith('*') ? w.slice(0, -1) : w;
    if (text.length > literal.length) literal = text;
    // A word that starts with a sign (a quote, "§") may follow a letter: it gives no key.
    if (text && isWordUnit(text.charCodeAt(0))) {
      const key = text.slice(0, KEY_LENGTH);
      slots.push(keySlot(key));
      if (key.length > indexKeyLength) [indexSlot, indexKeyLength] = [slots[slots.length - 1], key.length];
    }
  }
  f = { literal, id: filtersById.length, slots, indexSlot };
  filterCache.set(phrase, f);
  filtersById.push(f);
  return f;
}

/** The slot of the phrase's most telling key (its longest word's), or -1 when it has no key. */
export function phraseIndexSlot(phrase: string): number {
  const f = phraseFilter(phrase);
  if (!f.slots.length) return -1;
  return f.indexSlot;
}

/** False when the phrase (by id) cannot occur in the text whose keys these are. */
export function couldOccur(keys: TextKeys, id: number): boolean {
  for (const slot of filtersById[id].slots) if ((keys[slot >> 5] & (1 << (slot & 31))) === 0) return false;
  return true;
}

/** A phrase's id, for couldOccur. */
export function phraseId(phrase: string): number {
  return phraseFilter(phrase).id;
}

/** Each phrase's id, for couldOccur. Compile a list once and keep the result. */
export function phraseIds(phrases: readonly string[]): Int32Array {
  return Int32Array.from(phrases, (p) => phraseFilter(p).id);
}

/** Past this length a text's keys are worth reading before any phrase is looked for in it. */
const LONG_TEXT = 256;

/** Cheap test that rules a phrase out of a text (false = the phrase cannot occur in it). */
export function mayContain(text: FoldedText, phrase: string): boolean {
  const f = phraseFilter(phrase);
  // A long text is read for its keys once: cheaper than searching all of it for each phrase asked about.
  const keys = (text.folded.length > LONG_TEXT ? keySet(text) : ownKeys(text))?.bits;
  if (keys && !couldOccur(keys, f.id)) return false;
  return text.folded.includes(f.literal);
}

export interface Hit {
  /** The words as written in the original text. */
  quote: string;
  count: number;
  /** Index in the original text of the first occurrence. */
  index: number;
}

/**
 * A phrase's regex, and when its first word is written out (not "~" or "_"), that word as a prefix
 * every match starts with and a sticky copy of the regex: the text is then searched for the prefix
 * and the regex tried only there, instead of at every position of the text.
 */
interface CompiledPhrase { regex: RegExp; prefix: string; sticky: RegExp | null }

const compiledCache = new Map<string, CompiledPhrase>();

function compiledPhrase(phrase: string): CompiledPhrase {
  let c = compiledCache.get(phrase);
  if (c) return c;
  const regex = phraseRegex(phrase);
  const first = phraseWords(phrase)[0];
  const prefix = first === '~' || first === '_' ? '' : first.endsWith('*') ? first.slice(0, -1) : first;
  c = { regex, prefix, sticky: prefix ? new RegExp(regex.source, 'uy') : null };
  compiledCache.set(phrase, c);
  return c;
}

/** The first match and how many there are (at most 20), scanning as a global regex would. */
function scan(c: CompiledPhrase, s: string): { first: RegExpExecArray | null; count: number } {
  let first: RegExpExecArray | null = null;
  let count = 0;
  if (c.sticky) {
    const re = c.sticky;
    for (let at = s.indexOf(c.prefix); at !== -1;) {
      re.lastIndex = at;
      const m = re.exec(s);
      if (!m) {
        at = s.indexOf(c.prefix, at + 1);
        continue;
      }
      if (!first) first = m;
      if (++count >= 20) break;
      at = s.indexOf(c.prefix, m.index + Math.max(m[0].length, 1));
    }
    return { first, count };
  }
  const re = c.regex;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (!first) first = m;
    count++;
    if (m[0].length === 0) re.lastIndex++;
    if (count >= 20) break;
  }
  return { first, count };
}

/** Finds a phrase in folded text; null when absent. */
export function findPhrase(text: FoldedText, phrase: string): Hit | null {
  if (!mayContain(text, phrase)) return null;
  const { first, count } = scan(compiledPhrase(phrase), text.folded);
  if (!first) return null;
  const start = originalIndex(text, first.index);
  const end = originalIndex(text, first.index + first[0].length);
  return { quote: text.original.slice(start, end).replace(/\s+/g, ' '), count, index: start };
}

/**
 * Every match of a global regex, found with exec on the regex itself. String.matchAll would build a
 * new RegExp on each call, and V8 compiles such a copy again after its cache is flushed by a
 * collection: for the long Unicode patterns here that cost more than the match itself.
 */
export function matchesOf(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new Error(`matchesOf needs a global regex: /${re.source}/${re.flags}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push(m);
      // An empty match would be found again at the same place: step over one character.
      if (m[0].length === 0) re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
    }
  } finally {
    re.lastIndex = 0;
  }
  return out;
}
