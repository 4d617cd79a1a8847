import { describe, expect, it } from 'vitest';
import { LADDERS } from './ladders';
import { canMoveTo, currentStage, nextStages, orderedHistory, reviewHistory } from './moves';
import type { EscalationStep } from './types';

const dpf = LADDERS.dpf;
const step = (stage: EscalationStep['stage'], enteredAt: string, extra: Partial<EscalationStep> = {}): EscalationStep => ({ stage, enteredAt, ...extra });

/** An EU member's complaint against a DPF company, as the DPO records it. */
const complaintToCompany = [step('organisation', '2026-02-02')];
const thenBbb = [...complaintToCompany, step('recourse-body', '2026-03-25', { externalRef: 'BBBNP-DPF-0042' })];
const thenDpaAndCommerce = [...thenBbb, step('dpa', '2026-04-10', { contact: 'CNIL' }), step('commerce', '2026-05-04')];

describe('moving a complaint up its ladder', () => {
  it('a complaint under the DPF can go to arbitration only after BBB National Programs and the DPA have been tried', () => {
    const early = canMoveTo(dpf, complaintToCompany, 'arbitration');
    expect(early.allowed).toBe(true);
    expect(early.unmetPreconditions).toHaveLength(2);
    expect(early.unmetPreconditions[0]).toContain('Not yet recorded: Independent recourse mechanism (BBB National Programs).');
    expect(early.unmetPreconditions[1]).toContain("individual's DPA to the Department of Commerce");

    const afterBbbOnly = canMoveTo(dpf, thenBbb, 'arbitration');
    expect(afterBbbOnly.unmetPreconditions).toHaveLength(1);
    expect(afterBbbOnly.unmetPreconditions[0]).toMatch(/Not yet recorded: .*data protection authority.*Department of Commerce/);

    expect(canMoveTo(dpf, thenDpaAndCommerce, 'arbitration').unmetPreconditions).toEqual([]);
  });

  it('arbitration still needs the written notice, which the DPO confirms because no history can show it', () => {
    const check = canMoveTo(dpf, thenDpaAndCommerce, 'arbitration');
    expect(check.toConfirm).toEqual([
      'The same claimed violation has not already been arbitrated, decided by a final court judgment involving the individual, or settled.',
      'The individual delivered written notice invoking arbitration to the organisation.',
    ]);
  });

  it('a DPF complainant may go to their DPA or the FTC at any time, even before writing to the company', () => {
    expect(canMoveTo(dpf, [], 'dpa')).toEqual({ allowed: true, unmetPreconditions: [], toConfirm: [] });
    expect(canMoveTo(dpf, [], 'ftc')).toEqual({ allowed: true, unmetPreconditions: [], toConfirm: [] });
  });

  it('BBB National Programs takes a complaint only after the company was asked, and the DPO confirms it went unresolved', () => {
    const direct = canMoveTo(dpf, [], 'recourse-body');
    expect(direct.allowed).toBe(true);
    expect(direct.unmetPreconditions[0]).toContain('first raised with the organisation');
    expect(canMoveTo(dpf, complaintToCompany, 'recourse-body').toConfirm[0]).toContain('within 45 days');
  });

  it('a society complaint cannot be recorded as going to arbitration: there is no such step under the GDPR', () => {
    const check = canMoveTo(LADDERS['gdpr-society'], complaintToCompany, 'arbitration');
    expect(check.allowed).toBe(false);
    expect(check.unmetPreconditions[0]).toContain('record it as a note instead');
  });

  it('a GDPR data subject may go to court against the society while the authority is still looking at the complaint (Art. 79)', () => {
    const history = [step('organisation', '2026-01-15'), step('dpa', '2026-02-20')];
    expect(canMoveTo(LADDERS['gdpr-society'], history, 'court').unmetPreconditions).toEqual([]);
  });

  it('the UK Tribunal comes after the ICO, once the ICO has been silent for three months', () => {
    const check = canMoveTo(LADDERS.uk, [step('organisation', '2026-07-01')], 'court');
    expect(check.unmetPreconditions[0]).toContain('already made to the ICO');
    expect(check.toConfirm).toEqual(['The ICO gave no progress or outcome information within three months.']);
  });

  it('a Virginia consumer goes to the Attorney General after a denied appeal, which the DPO confirms', () => {
    const check = canMoveTo(LADDERS['us-state'], [step('organisation', '2026-06-01', { note: 'Appeal received 1 Sep 2026, denied 20 Oct' })], 'dpa');
    expect(check.unmetPreconditions).toEqual([]);
    expect(check.toConfirm[0]).toContain('denied the appeal');
  });

  it('checks a step against what had happened by a date: a DPA complaint lodged later does not count for an earlier arbitration notice', () => {
    expect(canMoveTo(dpf, thenDpaAndCommerce, 'arbitration', '2026-04-01').unmetPreconditions).toHaveLength(1);
    expect(canMoveTo(dpf, thenDpaAndCommerce, 'arbitration', '2026-05-04').unmetPreconditions).toEqual([]);
  });
});

describe('where a complaint stands', () => {
  it('is nowhere before anything is recorded', () => {
    expect(currentStage([])).toBeNull();
  });

  it('is at the stage entered last, whatever order the DPO recorded the steps in', () => {
    const recordedLate = [step('dpa', '2026-04-10'), step('organisation', '2026-02-02'), step('recourse-body', '2026-03-25')];
    expect(currentStage(recordedLate)).toBe('dpa');
    expect(orderedHistory(recordedLate).map((s) => s.stage)).toEqual(['organisation', 'recourse-body', 'dpa']);
  });

  it('on a day with two steps, the one recorded second is the later', () => {
    expect(currentStage([step('dpa', '2026-04-10'), step('ftc', '2026-04-10')])).toBe('ftc');
  });

  it('after BBB National Programs, the DPA, Commerce and the FTC are open; arbitration still waits for the DPA route', () => {
    const next = nextStages(dpf, thenBbb);
    expect(next.map((n) => [n.stage, n.ready])).toEqual([
      ['dpa', true],
      ['commerce', true],
      ['ftc', true],
      ['arbitration', false],
      ['court', false],
    ]);
    expect(next.find((n) => n.stage === 'court')?.unmetPreconditions[0]).toContain('arbitral award');
  });

  it('a new UK complaint starts with the organisation; the ICO is listed with its warning', () => {
    const next = nextStages(LADDERS.uk, []);
    expect(next[0]).toMatchObject({ stage: 'organisation', ready: true });
    expect(next[1]).toMatchObject({ stage: 'dpa', ready: false });
  });

  it('the case screen flags a UK complaint that went to the ICO before the organisation was asked', () => {
    const review = reviewHistory(LADDERS.uk, [step('dpa', '2026-08-01'), step('organisation', '2026-08-15')]);
    expect(review.map((r) => [r.step.stage, r.unmetPreconditions.length])).toEqual([
      ['dpa', 1],
      ['organisation', 0],
    ]);
  });
});
