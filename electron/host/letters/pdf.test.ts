import { describe, expect, it } from 'vitest';
import { renderLetterOrThrow, type LetterLang } from '../../../shared/letters';
import { IMT, sampleContext } from '../../../shared/letters/test-fixtures';
import { renderPdf } from './pdf';
import { pdfFonts, pdfInfo, pdfPageText, pdfText } from './test-readers';

const DUE: Record<LetterLang, string> = { en: 'at the latest by 2 March 2026', de: 'spätestens bis zum 2. März 2026', fr: 'au plus tard le 2 mars 2026' };
const RECEIVED: Record<LetterLang, string> = { en: 'on 31 January 2026', de: 'am 31. Januar 2026', fr: 'le 31 janvier 2026' };

describe('the acknowledgement PDF for the request received on 31 January 2026, due 2 March 2026', () => {
  for (const lang of ['en', 'de', 'fr'] as const) {
    it(`read back with pdftotext in ${lang}: the case ref, the requester's name and the due date written the ${lang} way`, async () => {
      const pdf = await renderPdf(renderLetterOrThrow('acknowledgement', lang, sampleContext()));
      const text = await pdfText(pdf);
      expect(text).toContain('DPO-2026-0042');
      expect(text).toContain('Zofia Łukasiewicz-Dvořák');
      expect(text).toContain(DUE[lang]);
      expect(text).toContain(RECEIVED[lang]);
    });
  }

  it('prints Polish, Czech and German letters right: Łukasiewicz, Dvořák, Müßiggasse', async () => {
    const text = await pdfText(await renderPdf(renderLetterOrThrow('acknowledgement', 'de', sampleContext())));
    expect(text).toContain('Łukasiewicz');
    expect(text).toContain('Dvořák');
    expect(text).toContain('Müßiggasse 3');
    expect(text).toContain('Mit freundlichen Grüßen');
  });

  it('embeds its font (DejaVu Sans, Identity-H) and uses no font it does not embed', async () => {
    const fonts = await pdfFonts(await renderPdf(renderLetterOrThrow('acknowledgement', 'en', sampleContext())));
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
    for (const f of fonts) {
      expect(f.embedded).toBe(true);
      expect(f.encoding).toBe('Identity-H');
    }
  });

  it('carries the subject, the organisation and the letter date as metadata', async () => {
    const letter = renderLetterOrThrow('acknowledgement', 'en', sampleContext());
    const info = await pdfInfo(await renderPdf(letter));
    expect(info.Title).toBe('Your request DPO-2026-0042: acknowledgement of receipt');
    expect(info.Author).toBe('IMAPS');
    expect(info.Subject).toBe('DPO-2026-0042');
    expect(info.CreationDate).toMatch(/^2026-02-20T00:00:00/);
    expect(info['Page size']).toMatch(/595.* x 841.*A4/);
  });

  it('gives the same bytes for the same letter, so its hash can be re-checked', async () => {
    const letter = renderLetterOrThrow('erasure-partly-refused', 'fr', sampleContext());
    const a = await renderPdf(letter);
    const b = await renderPdf(letter);
    expect(a.equals(b)).toBe(true);
    const later = await renderPdf(renderLetterOrThrow('erasure-partly-refused', 'fr', sampleContext({ today: '2026-02-21' })));
    expect(later.equals(a)).toBe(false);
  });
});

describe('longer letters', () => {
  it('a complaint response to I.M.T. names each step of its ladder', async () => {
    const text = await pdfText(await renderPdf(renderLetterOrThrow('complaint-response', 'en', sampleContext({ organisation: IMT }))));
    const order = ['BBB National Programs', 'your local data protection authority', 'International Trade Administration', 'Federal Trade Commission', 'Data Privacy Framework Panel'];
    const at = order.map((s) => text.indexOf(s));
    for (const i of at) expect(i).toBeGreaterThan(0);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
  });

  it('a letter longer than a page carries the case ref and "page of pages" on every page', async () => {
    const ctx = sampleContext();
    ctx.letter = { ...ctx.letter, clarificationQuestions: Array.from({ length: 40 }, (_, i) => `Question ${i + 1}: which of your ${i + 2} conference registrations should we include in the search of our records?`) };
    const pdf = await renderPdf(renderLetterOrThrow('clarification-request', 'en', ctx));
    const info = await pdfInfo(pdf);
    const pages = Number(info.Pages);
    expect(pages).toBeGreaterThanOrEqual(2);
    const text = await pdfText(pdf);
    for (let p = 1; p <= pages; p++) {
      expect(text).toContain(`DPO-2026-0042 · ${p}/${pages}`);
      // no page holds only a stray bullet: every page carries questions
      expect(await pdfPageText(pdf, p)).toMatch(/Question \d+: which of your/);
    }
    expect(text).toContain('Question 40:');
  });
});
