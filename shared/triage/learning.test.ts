import { describe, expect, it } from 'vitest';
import { classifyMessage } from './classify';
import { emptyCorrections, learnCorrection, nearestCorrections } from './learning';
import type { ClassifyInput } from './types';

const msg = (subject: string, text: string): ClassifyInput => ({ subject, text, from: { name: 'A', email: 'a@mail.example' }, to: [] });

describe('learning from the DPO\'s corrections on this machine', () => {
  const first = msg('Loyalty card', 'Hi, I no longer want the loyalty card points programme to track my shopping baskets. Switch that tracking off for card 4471 please.');
  const next = msg('Loyalty card', 'Hello, I no longer want the loyalty card points programme to track my shopping baskets. Switch that tracking off for card 9120 please.');

  it('a correction changes how the next similar message is classified', () => {
    const before = classifyMessage(next);
    expect(before.requestType).not.toBe('objection');
    const model = learnCorrection(emptyCorrections(), first, { requestType: 'objection' });
    const after = classifyMessage(next, { corrections: model });
    expect(after.requestType).toBe('objection');
    expect(after.explanation[0]).toMatch(/corrected to objection \(\d+ % similar\)/);
  });

  it('does not affect unrelated messages', () => {
    const model = learnCorrection(emptyCorrections(), first, { requestType: 'objection' });
    const other = msg('Auskunftsersuchen', 'Ich bitte um Auskunft nach Art. 15 DSGVO.');
    expect(classifyMessage(other, { corrections: model }).requestType).toBe('access');
    expect(nearestCorrections(model, other.subject, other.text)).toEqual([]);
  });

  it('keeps hashed features only, never the words of the message, and is deterministic', () => {
    const a = learnCorrection(emptyCorrections(), first, { requestType: 'objection', jurisdiction: 'eu' });
    const b = learnCorrection(emptyCorrections(), first, { requestType: 'objection', jurisdiction: 'eu' });
    expect(a).toEqual(b);
    const json = JSON.stringify(a);
    expect(json).not.toMatch(/loyalty|basket/i);
    expect(a.examples[0].features.every((f) => Number.isInteger(f))).toBe(true);
  });

  it('a second correction of the same message replaces the first', () => {
    let model = learnCorrection(emptyCorrections(), first, { requestType: 'objection' });
    model = learnCorrection(model, first, { requestType: 'restriction' });
    expect(model.examples).toHaveLength(1);
    expect(classifyMessage(next, { corrections: model }).requestType).toBe('restriction');
  });
});
