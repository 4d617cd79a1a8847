import { describe, expect, it } from 'vitest';
import { findRule } from '../deadlines';
import { LADDERS } from './ladders';
import { Ladder, LADDER_IDS, type TimeLimit } from './types';

const all = LADDER_IDS.map((id) => LADDERS[id]);
const stagesOf = (id: keyof typeof LADDERS) => LADDERS[id].stages.map((s) => s.stage);
const limit = (id: keyof typeof LADDERS, ruleId: string): TimeLimit | undefined =>
  LADDERS[id].stages.flatMap((s) => s.timeLimits).find((t) => t.ruleId === ruleId);

describe('the escalation ladders', () => {
  it.each(LADDER_IDS)('%s is a valid ladder that starts with the organisation', (id) => {
    expect(() => Ladder.parse(LADDERS[id])).not.toThrow();
    expect(LADDERS[id].id).toBe(id);
    expect(LADDERS[id].stages[0].stage).toBe('organisation');
  });

  it('climb in the order the legal reference gives', () => {
    expect(stagesOf('dpf')).toEqual(['organisation', 'recourse-body', 'dpa', 'commerce', 'ftc', 'arbitration', 'court']);
    expect(stagesOf('gdpr-society')).toEqual(['organisation', 'dpa', 'court']);
    expect(stagesOf('uk')).toEqual(['organisation', 'dpa', 'court']);
    expect(stagesOf('ccpa')).toEqual(['organisation', 'dpa']);
    expect(stagesOf('us-state')).toEqual(['organisation', 'dpa']);
    expect(stagesOf('ch')).toEqual(['organisation', 'dpa', 'court']);
  });

  it('name the body at each step: BBB National Programs under the DPF, the ICO in the UK, the FDPIC in Switzerland', () => {
    expect(LADDERS.dpf.stages[1].body.name).toBe('BBB National Programs');
    expect(LADDERS.uk.stages[1].body.name).toContain('ICO');
    expect(LADDERS.ch.stages[1].body.name).toContain('FDPIC');
    expect(LADDERS['us-state'].stages[1].body.name).toContain('Attorney General');
  });

  it('a DPF organisation must answer a complaint within 45 days; the EU DPA panel advises in 60 and the organisation then complies in 25', () => {
    expect(limit('dpf', 'dpf.complaint.days')).toMatchObject({ amount: 45, unit: 'days', owedBy: 'organisation', confidence: 'confirmed' });
    expect(limit('dpf', 'dpf.panel.advice.days')).toMatchObject({ amount: 60, owedBy: 'body' });
    expect(limit('dpf', 'dpf.panel.comply.days')).toMatchObject({ amount: 25, owedBy: 'organisation', confidence: 'secondary' });
    expect(limit('dpf', 'dpf.panel.advice.days')?.appliesWhen).toContain('EU DPA panel');
  });

  it('the 90-day Commerce and arbitration figures are marked unconfirmed, as the legal reference leaves them', () => {
    expect(limit('dpf', 'dpf.commerce.days')?.confidence).toBe('unconfirmed');
    expect(limit('dpf', 'dpf.arbitration.days')?.confidence).toBe('unconfirmed');
  });

  it('a GDPR complaint to a supervisory authority starts the three-month clock of Art. 78(2)', () => {
    expect(limit('gdpr-society', 'gdpr.regulator.months')).toMatchObject({ amount: 3, unit: 'months', owedBy: 'body' });
    expect(LADDERS['gdpr-society'].stages[1].preconditions).toEqual([expect.objectContaining({ kind: 'any-time' })]);
  });

  it('a UK requester has three months from the last contact to go to the ICO', () => {
    expect(limit('uk', 'guide.uk-ico-complaint-window')).toMatchObject({ amount: 3, unit: 'months', owedBy: 'requester' });
    expect(limit('uk', 'uk-gdpr.complaint.ack-days')).toMatchObject({ amount: 30, unit: 'days' });
  });

  it.each(LADDER_IDS)("%s: every clock is a rule of the deadline engine, or marked as guidance the engine does not compute", (id) => {
    const limits = LADDERS[id].stages.flatMap((s) => s.timeLimits);
    for (const t of limits) {
      if (t.ruleId.startsWith('guide.')) continue;
      const rule = findRule(t.ruleId);
      expect(rule, t.ruleId).toBeDefined();
      expect(rule?.value, t.ruleId).toBe(t.amount);
    }
  });

  it.each(LADDER_IDS)('%s: a precondition that names a clock names one of its own ladder', (id) => {
    const ruleIds = new Set(LADDERS[id].stages.flatMap((s) => s.timeLimits.map((t) => t.ruleId)));
    const named = LADDERS[id].stages.flatMap((s) => s.preconditions).flatMap((p) => (p.kind === 'confirm' && p.ruleId ? [p.ruleId] : []));
    for (const r of named) expect(ruleIds.has(r), r).toBe(true);
  });

  it('every sentence for a requester exists in English, German and French', () => {
    const missing = all.flatMap((l) => l.stages.filter((s) => !s.requesterText.de || !s.requesterText.fr).map((s) => `${l.id}/${s.stage}`));
    expect(missing).toEqual([]);
  });

  it('every placeholder in a requester sentence is one the letter fills', () => {
    const known = new Set(['body', 'url', 'email', 'postal', 'org', 'orgEmail']);
    const texts = all.flatMap((l) => l.stages.flatMap((s) => Object.values(s.requesterText)));
    const used = texts.flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((u) => !known.has(u))).toEqual([]);
  });
});
