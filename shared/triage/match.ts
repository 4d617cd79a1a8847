// Accent- and case-insensitive phrase matching that can point back at the original wording, so
// explanations quote what the sender actually wrote ("Löschung", not "loschung").

const SPECIAL: Record<string, string> = {
  'ł': 'l', 'ß': 'ss', 'æ': 'ae', 'ø': 'o', 'œ': 'oe', 'đ': 'd', 'ı': 'i', 'þ': 'th',
  '’': "'", '‘': "'", '`': "'", '´': "'", '“': '"', '”': '"', '„': '"', '«': '"', '»': '"',
  '–': '-', '—': '-', '‐': '-', '\u00a0': ' ',
};

function foldChar(ch: string): string {
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

export function fold(text: string): FoldedText {
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
  const words = foldString(phrase).trim().split(/\s+/);
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

export interface Hit {
  /** The words as written in the original text. */
  quote: string;
  count: number;
  /** Index in the original text of the first occurrence. */
  index: number;
}

/** Finds a phrase in folded text; null when absent. */
export function findPhrase(text: FoldedText, phrase: string): Hit | null {
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
