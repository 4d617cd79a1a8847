// Which language a letter is written in: the one asked for, else the request's own, else English.
import { findTemplate } from './templates';
import { LETTER_LANGS, type LetterContext, type LetterLang } from './types';

function supported(templateId: string): LetterLang[] {
  const t = findTemplate(templateId);
  return t ? LETTER_LANGS.filter((l) => t.texts[l]) : [];
}

/** "de-CH" and "DE" count as "de". */
function base(lang: string | undefined): string | undefined {
  return lang?.trim().toLowerCase().split(/[-_]/)[0] || undefined;
}

export function letterLanguage(templateId: string, ctx: Pick<LetterContext, 'case'>, requested?: string): LetterLang {
  const langs = supported(templateId);
  for (const candidate of [base(requested), base(ctx.case.language)]) {
    if (candidate && (langs as string[]).includes(candidate)) return candidate as LetterLang;
  }
  return 'en';
}
