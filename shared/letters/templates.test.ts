import { describe, expect, it } from 'vitest';
import { FIELDS } from './fields';
import { renderLetter } from './engine';
import { fieldsIn, type BlockSpec } from './template-spec';
import { TEMPLATES, listTemplates } from './templates';
import { sampleContext, IMT } from './test-fixtures';
import { LETTER_LANGS } from './types';

const PURPOSES = [
  'acknowledgement', 'identity-verification', 'clarification-request', 'extension-notice', 'fee-notice',
  'access-response', 'erasure-done', 'erasure-partly-refused', 'rectification-done', 'restriction-applied',
  'portability-delivery', 'objection-confirmed', 'sale-share-opt-out-confirmed', 'shine-the-light-response',
  'child-data-deleted', 'refusal', 'complaint-response', 'escalation-letter', 'closure',
];

function unconditionalFields(body: BlockSpec[]): string[] {
  return body.flatMap((b) => {
    if (typeof b === 'string') return fieldsIn(b);
    if ('list' in b) return b.when ? [] : [b.list, ...fieldsIn(b.intro ?? '')];
    if ('item' in b) return b.when ? [] : fieldsIn(b.item);
    return b.when || b.whenEmpty ? [] : fieldsIn(b.p);
  });
}

function allFields(body: BlockSpec[], subject: string): string[] {
  const inBody = body.flatMap((b) => {
    if (typeof b === 'string') return fieldsIn(b);
    if ('list' in b) return [b.list, ...fieldsIn(b.intro ?? '')];
    if ('item' in b) return fieldsIn(b.item);
    return fieldsIn(b.p);
  });
  return [...new Set([...inBody, ...fieldsIn(subject)])].sort();
}

describe('the template library', () => {
  it('has one template for each purpose the DPO writes letters for', () => {
    expect(listTemplates().map((t) => t.id).sort()).toEqual([...PURPOSES].sort());
  });

  it('offers every template in English, German and French', () => {
    for (const t of listTemplates()) expect(t.languages).toEqual(['en', 'de', 'fr']);
  });

  it('lists a title and a purpose a DPO can read', () => {
    const ack = listTemplates().find((t) => t.id === 'acknowledgement');
    expect(ack?.title).toBe('Acknowledgement of your request');
    expect(ack?.purpose).toMatch(/date by which we will answer/);
  });

  for (const t of TEMPLATES) {
    describe(t.id, () => {
      it('names only fields that exist', () => {
        for (const lang of LETTER_LANGS) {
          for (const f of allFields(t.texts[lang].body, t.texts[lang].subject)) expect(FIELDS[f], `${lang}: ${f}`).toBeDefined();
        }
        for (const f of t.requires) expect(FIELDS[f], f).toBeDefined();
      });

      it('declares every field its always-printed text needs', () => {
        for (const lang of LETTER_LANGS) {
          const needed = unconditionalFields(t.texts[lang].body).filter((f) => !['case.ref', 'org.dpoEmail', 'requester.name'].includes(f));
          for (const f of needed) expect(t.requires, `${lang} needs ${f}`).toContain(f);
        }
      });

      it('uses the same fields in German and French as in English', () => {
        const en = allFields(t.texts.en.body, t.texts.en.subject);
        expect(allFields(t.texts.de.body, t.texts.de.subject)).toEqual(en);
        expect(allFields(t.texts.fr.body, t.texts.fr.subject)).toEqual(en);
      });

      it('renders whole in each language for a complete case: no placeholder, no blank, no "undefined"', () => {
        const ctx = sampleContext(t.id === 'complaint-response' ? { organisation: IMT } : {});
        for (const lang of LETTER_LANGS) {
          const r = renderLetter(t.id, lang, ctx);
          expect(r.ok, JSON.stringify(!r.ok && r.problem)).toBe(true);
          if (!r.ok) continue;
          const all = [r.letter.subject, r.letter.text, ...r.letter.letterhead, ...r.letter.recipient, r.letter.refLine];
          for (const s of all) {
            expect(s).not.toMatch(/\{\{|\}\}|undefined|null|NaN|\[object/);
            expect(s.trim()).not.toBe('');
          }
          for (const b of r.letter.blocks) {
            if (b.kind === 'paragraph') expect(b.text.trim()).not.toBe('');
            else for (const i of b.items) expect(i.trim()).not.toBe('');
          }
          expect(r.letter.refLine).toContain('DPO-2026-0042');
          expect(r.letter.subject).toContain('DPO-2026-0042');
        }
      });
    });
  }
});
