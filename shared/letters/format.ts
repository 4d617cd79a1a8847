// Dates, amounts and lists written the way each language writes them in a letter.
import { format } from 'date-fns/format';
import { cs } from 'date-fns/locale/cs';
import { de } from 'date-fns/locale/de';
import { enGB } from 'date-fns/locale/en-GB';
import { es } from 'date-fns/locale/es';
import { fr } from 'date-fns/locale/fr';
import { it } from 'date-fns/locale/it';
import { nl } from 'date-fns/locale/nl';
import { pl } from 'date-fns/locale/pl';
import type { Locale } from 'date-fns/locale';
import { TZDate } from '@date-fns/tz';
import type { IsoDate } from './types';

// Letters use the long written form: "28 February 2026", "28. Februar 2026", "1er mars 2026".
const DATE_STYLES: Record<string, { locale: Locale; pattern: string; intl: string }> = {
  en: { locale: enGB, pattern: 'd MMMM yyyy', intl: 'en-GB' },
  de: { locale: de, pattern: 'd. MMMM yyyy', intl: 'de-DE' },
  fr: { locale: fr, pattern: 'do MMMM yyyy', intl: 'fr-FR' }, // "do" gives "1er" on the first
  es: { locale: es, pattern: "d 'de' MMMM 'de' yyyy", intl: 'es-ES' },
  it: { locale: it, pattern: 'd MMMM yyyy', intl: 'it-IT' },
  nl: { locale: nl, pattern: 'd MMMM yyyy', intl: 'nl-NL' },
  pl: { locale: pl, pattern: 'd MMMM yyyy', intl: 'pl-PL' },
  cs: { locale: cs, pattern: 'd. MMMM yyyy', intl: 'cs-CZ' },
};

function styleFor(lang: string) {
  return DATE_STYLES[lang] ?? DATE_STYLES.en;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads an ISO date or instant as a calendar date. A plain date stays that date; an instant is read
 * in the organisation's zone (UTC if none), so a request received at 23:30 in Berlin is that day's.
 */
export function toCalendarDate(iso: IsoDate, timeZone?: string): Date {
  const m = DATE_ONLY.exec(iso);
  if (m) return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not an ISO date: ${iso}`);
  const zoned = new TZDate(instant.getTime(), timeZone ?? 'UTC');
  return new Date(zoned.getFullYear(), zoned.getMonth(), zoned.getDate());
}

/** "2026-02-28" → the same calendar date as "YYYY-MM-DD" (instants are read in the zone). */
export function toIsoDay(iso: IsoDate, timeZone?: string): string {
  return format(toCalendarDate(iso, timeZone), 'yyyy-MM-dd');
}

/** en "28 February 2026", de "28. Februar 2026", fr "28 février 2026". */
export function formatLetterDate(iso: IsoDate, lang: string, timeZone?: string): string {
  const s = styleFor(lang);
  return format(toCalendarDate(iso, timeZone), s.pattern, { locale: s.locale });
}

/** en "€25.00", de "25,00 €", fr "25,00 €" (Intl; Node and Chromium both ship full ICU). */
export function formatMoney(amount: number, currency: string, lang: string): string {
  return new Intl.NumberFormat(styleFor(lang).intl, { style: 'currency', currency }).format(amount);
}

/** en "access and erasure", de "Auskunft und Löschung", fr "accès et effacement". */
export function formatList(items: string[], lang: string): string {
  return new Intl.ListFormat(styleFor(lang).intl, { style: 'long', type: 'conjunction' }).format(items);
}

export const DATE_LANGS = Object.keys(DATE_STYLES);
