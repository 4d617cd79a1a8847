// Reading a complaint's recorded path against its ladder. The DPO records what happened in the world, so a
// move to any stage of the ladder is allowed; preconditions that the history does not show come back as
// warnings (unmetPreconditions), and facts the history cannot show come back as things to confirm.
import type { EscalationStage } from '../domain/ids';
import type { EscalationStep, Ladder, LadderStage } from './types';

export interface MoveCheck {
  /** False only when the stage is not a step of this ladder. */
  allowed: boolean;
  /** Preconditions the recorded history does not satisfy, in plain words. */
  unmetPreconditions: string[];
  /** Preconditions no history can prove (a written notice, a denied appeal): the DPO confirms them. */
  toConfirm: string[];
}

export interface NextStage extends MoveCheck {
  stage: EscalationStage;
  label: string;
  /** No unmet preconditions. */
  ready: boolean;
}

/** History in the order it happened: by date, and in recorded order within a day. */
export function orderedHistory(history: readonly EscalationStep[]): EscalationStep[] {
  return history
    .map((step, i) => ({ step, i }))
    .sort((a, b) => (a.step.enteredAt < b.step.enteredAt ? -1 : a.step.enteredAt > b.step.enteredAt ? 1 : a.i - b.i))
    .map(({ step }) => step);
}

/** The stage the complaint is at now: the latest one entered, or null before anything is recorded. */
export function currentStage(history: readonly EscalationStep[]): EscalationStage | null {
  const ordered = orderedHistory(history);
  return ordered.length ? ordered[ordered.length - 1].stage : null;
}

export function stageOf(ladder: Ladder, stage: EscalationStage): LadderStage | undefined {
  return ladder.stages.find((s) => s.stage === stage);
}

/**
 * May the complaint be recorded as having moved to `target`? With `on` (YYYY-MM-DD) only steps entered on
 * or before that date count, so a step can be checked against what had happened when it was taken.
 */
export function canMoveTo(ladder: Ladder, history: readonly EscalationStep[], target: EscalationStage, on?: string): MoveCheck {
  const step = stageOf(ladder, target);
  if (!step) {
    const known = ladder.stages.map((s) => s.stage).join(', ');
    return {
      allowed: false,
      unmetPreconditions: [`"${target}" is not a step of the ${ladder.name} ladder (its steps: ${known}); record it as a note instead.`],
      toConfirm: [],
    };
  }
  const tried = new Set(history.filter((h) => on === undefined || h.enteredAt <= on).map((h) => h.stage));
  const unmetPreconditions: string[] = [];
  const toConfirm: string[] = [];
  for (const p of step.preconditions) {
    if (p.kind === 'after-stages') {
      const missing = p.stages.filter((s) => !tried.has(s));
      if (missing.length) unmetPreconditions.push(`${p.text} Not yet recorded: ${missing.map((s) => labelOf(ladder, s)).join(', ')}.`);
    } else if (p.kind === 'confirm') {
      toConfirm.push(p.text);
    }
  }
  return { allowed: true, unmetPreconditions, toConfirm };
}

/** Stages of the ladder not yet tried, in ladder order, each with what is still missing. */
export function nextStages(ladder: Ladder, history: readonly EscalationStep[]): NextStage[] {
  const tried = new Set(history.map((h) => h.stage));
  return ladder.stages
    .filter((s) => !tried.has(s.stage))
    .map((s) => {
      const check = canMoveTo(ladder, history, s.stage);
      return { stage: s.stage, label: s.label, ready: check.unmetPreconditions.length === 0, ...check };
    });
}

/** Each recorded step checked against what had been recorded before it: the warnings a case screen shows. */
export function reviewHistory(ladder: Ladder, history: readonly EscalationStep[]): Array<{ step: EscalationStep } & MoveCheck> {
  const ordered = orderedHistory(history);
  return ordered.map((step, i) => ({ step, ...canMoveTo(ladder, ordered.slice(0, i), step.stage) }));
}

/** The stage's label, with the body's name when it is a proper name (BBB National Programs) rather than a description. */
function labelOf(ladder: Ladder, stage: EscalationStage): string {
  const s = stageOf(ladder, stage);
  if (!s) return stage;
  const properName = /^[A-Z]/.test(s.body.name) && !s.body.name.includes('(') && s.body.name !== s.label;
  return properName ? `${s.label} (${s.body.name})` : s.label;
}
