// Language detection gives eld's own answers, only faster: same language, same reliability.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { detectByNgrams, detectWithEld, usesEldInternals } from './language-ngrams';
import { HELDOUT } from './fixtures/heldout';

const written = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'triage-written');

/** Every written message's text, cut into pieces of several lengths (short pieces are the hard cases). */
function writtenTexts(): string[] {
  const texts: string[] = [];
  for (const set of readdirSync(written, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(written, set.name)).filter((f) => f.endsWith('.eml'))) {
      const text = readFileSync(join(written, set.name, file), 'utf8');
      const body = text.slice(text.indexOf('\n\n') + 2);
      texts.push(body, body.slice(0, 40), body.slice(0, 120), body.slice(200, 900), text);
    }
  }
  return texts;
}

describe('language detection reads as eld reads', () => {
  it("uses eld's own table and tokeniser (this eld version keeps them where expected)", () => {
    expect(usesEldInternals).toBe(true);
  });

  it('a German request and a Swedish one are told apart, reliably', () => {
    expect(detectByNgrams('Hiermit verlange ich Auskunft über alle zu meiner Person gespeicherten Daten.')).toEqual({ language: 'de', reliable: true });
    expect(detectByNgrams('Jag begär härmed att ni raderar alla personuppgifter ni har om mig.')).toEqual({ language: 'sv', reliable: true });
  });

  it('gives the same language and reliability as eld on every written and held-out message', () => {
    const texts = [...writtenTexts(), ...HELDOUT.map((h) => h.eml)];
    expect(texts.length).toBeGreaterThan(1500);
    const differing = texts.filter((t) => JSON.stringify(detectByNgrams(t)) !== JSON.stringify(detectWithEld(t)));
    expect(differing).toEqual([]);
  });

  it('gives the same answers as eld on random text in many scripts, short and long', () => {
    const piece = fc.constantFrom('der ', 'und ', 'the ', 'och ', 'że ', 'não ', 'één ', 'è ', 'ß', 'ñ', 'ø', 'данные ', 'δεδομένα ', '数据', '🙂', '\uD83D', ' ', '\n', '.', "'", '’', '-', '12', 'a', 'e', 'ij', 'ą', 'ő', 'x'.repeat(80));
    const text = fc.array(piece, { maxLength: 300 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (t) => JSON.stringify(detectByNgrams(t)) === JSON.stringify(detectWithEld(t))), { numRuns: 3000 });
  });
});
