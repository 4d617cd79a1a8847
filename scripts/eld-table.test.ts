// The compact language table holds exactly eld's numbers, and the file in the repository is the
// one the installed eld gives (after an eld upgrade: npm run gen:eld-table).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ELD_TABLE_FILE, eldTableModule, installedEldVersion, loadEldSource } from './eld-source';
import { BASE_NGRAM_SCORE, decodeEldTable, encodeEldTable, pairsOf } from '../shared/triage/eld-table';
import { ELD_MEDIUM_TABLE, ELD_VERSION } from '../shared/triage/eld-medium-table';

describe("eld's language table, kept compact", () => {
  it('the table in the repository was generated from the installed eld', async () => {
    expect(ELD_VERSION).toBe(installedEldVersion());
    expect(readFileSync(ELD_TABLE_FILE, 'utf8')).toBe(await eldTableModule());
  });

  it("every n-gram scores every language exactly as eld's own table does, and no n-gram is added", async () => {
    const source = await loadEldSource();
    const table = decodeEldTable(ELD_MEDIUM_TABLE);
    expect(table.languages).toEqual(Object.values(source.languages));
    expect(table.dictionary).toEqual(source.dictionary);
    expect(table.avgScore).toEqual(source.avgScore);
    expect(String(table.separators)).toBe(String(source.separators));
    expect(table.slices.size).toBe(Object.keys(source.ngrams).length);
    const differing: string[] = [];
    for (const [gram, scores] of Object.entries(source.ngrams)) {
      const slice = table.slices.get(gram);
      const expected = Object.entries(scores).map(([lang, score]) => [Number(lang), score + BASE_NGRAM_SCORE]);
      const got: number[][] = [];
      if (slice !== undefined) for (let [i, to] = pairsOf(slice); i < to; i += 2) got.push([table.pairs[i], table.pairs[i + 1]]);
      if (JSON.stringify(got) !== JSON.stringify(expected)) differing.push(gram);
    }
    expect(differing).toEqual([]);
  });

  it('refuses a table whose numbers would not fit, rather than store them wrong', () => {
    const base = { languages: { 0: 'de' }, separators: /x/g, dictionary: [], avgScore: { de: 0.8 } };
    expect(() => encodeEldTable({ ...base, ngrams: { ' abc': { 0: 300 } } })).toThrow(/score 300/);
    expect(() => encodeEldTable({ ...base, ngrams: { ' ab\u0100': { 0: 10 } } })).toThrow(/character 256/);
    expect(decodeEldTable(encodeEldTable({ ...base, ngrams: { ' abc': { 0: 10 } } })).slices.get(' abc')).toBe(1);
    expect(() => decodeEldTable(encodeEldTable({ ...base, ngrams: { ' abcdefg': { 0: 10 } } }))).toThrow(/cannot be packed/);
  });

  it('tells apart n-grams that differ only in length or in their last characters', () => {
    const base = { languages: { 0: 'de', 1: 'en' }, separators: /x/g, dictionary: [], avgScore: { de: 0.8, en: 0.8 } };
    const grams = [' ab', ' ab ', 'ab', ' abcd', ' abce', 'abcd ', '\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff'];
    const table = decodeEldTable(encodeEldTable({ ...base, ngrams: Object.fromEntries(grams.map((g, i) => [g, { [i % 2]: i + 1 }])) }));
    expect(table.slices.size).toBe(grams.length);
    expect(grams.map((g) => pairsOf(table.slices.get(g)!)).map(([from]) => table.pairs[from + 1] - BASE_NGRAM_SCORE)).toEqual(grams.map((_, i) => i + 1));
    expect(table.slices.get(' abcf')).toBeUndefined();
  });
});
