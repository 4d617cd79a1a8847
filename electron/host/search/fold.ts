// Letters the FTS5 unicode61 tokenizer does not fold: it strips diacritics that Unicode decomposes
// (ó → o, ü → u) but ł, ø, ß and a few others are letters of their own. Both the indexed text (in
// SQL, inside the triggers) and the typed query (in JS) go through this same table, so
// "lukasiewicz" finds "Łukasiewicz" and "Łukasiewicz" finds "Lukasiewicz".
// Changing this table changes what is indexed: it needs a migration that rebuilds the index.
export const FOLDS: ReadonlyArray<readonly [string, string]> = [
  ['ł', 'l'], ['Ł', 'l'], ['ø', 'o'], ['Ø', 'o'], ['đ', 'd'], ['Đ', 'd'], ['ð', 'd'], ['Ð', 'd'],
  ['ħ', 'h'], ['Ħ', 'h'], ['ı', 'i'], ['ŀ', 'l'], ['Ŀ', 'l'], ['ŧ', 't'], ['Ŧ', 't'],
  ['ß', 'ss'], ['ẞ', 'ss'], ['æ', 'ae'], ['Æ', 'ae'], ['œ', 'oe'], ['Œ', 'oe'], ['þ', 'th'], ['Þ', 'th'],
];

const FOLD_RE = new RegExp(`[${FOLDS.map(([from]) => from).join('')}]`, 'g');
const FOLD_MAP = new Map(FOLDS);

/** The query side of the folding. */
export function foldText(text: string): string {
  return text.replace(FOLD_RE, (ch) => FOLD_MAP.get(ch) ?? ch);
}

/** The index side: the same folding as a SQL expression over `column` (plain replace(), no user functions,
 *  so any connection can write cases and messages without registering anything first). */
export function foldSql(column: string): string {
  const value = `coalesce(${column}, '')`;
  const chain = FOLDS.reduce((expr, [from, to]) => `replace(${expr}, '${from}', '${to}')`, value);
  // The chain of replace() calls is costly; plain ASCII text (as many bytes as characters) skips it.
  return `(CASE WHEN length(${value}) = octet_length(${value}) THEN ${value} ELSE ${chain} END)`;
}
