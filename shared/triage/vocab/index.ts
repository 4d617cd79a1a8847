// All vocabularies by ISO 639-1 code. Adding a language = adding a file here.
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { sv } from './sv';
import type { LanguageVocab } from './types';

export const VOCABULARIES: readonly LanguageVocab[] = [en, de, fr, es, it, nl, pl, pt, sv];
export const SUPPORTED_LANGUAGES: readonly string[] = VOCABULARIES.map((v) => v.lang);
export type { LanguageVocab, RightType, Weighted } from './types';
