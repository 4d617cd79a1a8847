// What a person types in the search box, as an FTS5 query. Each word becomes a phrase of the
// tokens the index would make of it (so "alice.kowalczyk@example.org" and "DPO-2026-0042" match as
// written); the last word is a prefix, so results narrow while typing. Words are ANDed.
import { foldText } from './fold';

const TOKEN = /[\p{L}\p{N}]+/gu;

/** Null when the text holds nothing searchable (only punctuation). */
export function ftsQuery(text: string): string | null {
  const words = foldText(text.normalize('NFC'))
    .split(/\s+/)
    .map((w) => w.match(TOKEN) ?? [])
    .filter((tokens) => tokens.length > 0);
  if (words.length === 0) return null;
  return words
    .map((tokens, i) => {
      // Tokens are letters and digits only, so they never need escaping inside the quotes.
      const phrase = `"${tokens.join(' ')}"`;
      return i === words.length - 1 ? `${phrase}*` : phrase;
    })
    .join(' AND ');
}
