import { describe, expect, it } from 'vitest';
import { formatLetterDate, formatList, formatMoney, toIsoDay } from './format';

describe('dates in a letter are written the way its language writes them', () => {
  it('28 February 2026 in English, German and French', () => {
    expect(formatLetterDate('2026-02-28', 'en')).toBe('28 February 2026');
    expect(formatLetterDate('2026-02-28', 'de')).toBe('28. Februar 2026');
    expect(formatLetterDate('2026-02-28', 'fr')).toBe('28 février 2026');
  });

  it('the first of the month is "1er" in French', () => {
    expect(formatLetterDate('2026-03-01', 'fr')).toBe('1er mars 2026');
    expect(formatLetterDate('2026-03-01', 'de')).toBe('1. März 2026');
  });

  it('Spanish, Italian, Dutch, Polish and Czech dates are available for later templates', () => {
    expect(formatLetterDate('2026-02-28', 'es')).toBe('28 de febrero de 2026');
    expect(formatLetterDate('2026-02-28', 'it')).toBe('28 febbraio 2026');
    expect(formatLetterDate('2026-02-28', 'nl')).toBe('28 februari 2026');
    expect(formatLetterDate('2026-02-28', 'pl')).toBe('28 lutego 2026');
    expect(formatLetterDate('2026-02-28', 'cs')).toBe('28. února 2026');
  });

  it('a request that reached a Berlin mailbox at 00:30 local time on 1 February is dated 1 February, not 31 January', () => {
    expect(formatLetterDate('2026-01-31T23:30:00Z', 'en', 'Europe/Berlin')).toBe('1 February 2026');
    expect(toIsoDay('2026-01-31T23:30:00Z', 'Europe/Berlin')).toBe('2026-02-01');
  });

  it('the same instant is still 31 January for an organisation in North Carolina', () => {
    expect(toIsoDay('2026-01-31T23:30:00Z', 'America/New_York')).toBe('2026-01-31');
  });

  it('a language without its own style falls back to English', () => {
    expect(formatLetterDate('2026-02-28', 'xx')).toBe('28 February 2026');
  });
});

describe('amounts and lists', () => {
  it('a €25 fee is written €25.00, 25,00 € and 25,00 €', () => {
    expect(formatMoney(25, 'EUR', 'en')).toBe('€25.00');
    expect(formatMoney(25, 'EUR', 'de')).toMatch(/^25,00\s€$/);
    expect(formatMoney(25, 'EUR', 'fr')).toMatch(/^25,00\s€$/);
  });

  it('request types are joined with the language’s "and"', () => {
    expect(formatList(['access', 'erasure'], 'en')).toBe('access and erasure');
    expect(formatList(['Auskunft', 'Löschung'], 'de')).toBe('Auskunft und Löschung');
    expect(formatList(['accès', 'effacement'], 'fr')).toBe('accès et effacement');
  });
});
