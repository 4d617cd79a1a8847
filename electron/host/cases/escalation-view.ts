// A case's place on its escalation ladder, as the case page draws it.
import type { CaseDetail } from '../../../shared/contract/cases';
import { nextStages } from '../../../shared/escalation';
import type { Db } from '../store/database';
import { escalationHistory, ladderOfCase } from './actions';
import type { CaseRow } from './rows';

export function escalationView(db: Db, row: CaseRow): CaseDetail['escalation'] {
  const ladder = ladderOfCase(db, row);
  const steps = escalationHistory(db, row.id);
  const reached = new Set(['organisation', ...steps.map((s) => s.stage)]);
  return {
    ladderId: ladder.id,
    ladderName: ladder.name,
    stages: ladder.stages.map((s) => ({ stage: s.stage, label: s.label, body: s.body.name, reached: reached.has(s.stage), current: s.stage === row.escalation_stage })),
    steps,
    next: nextStages(ladder, steps).map((n) => ({ stage: n.stage, label: n.label, ready: n.ready, unmetPreconditions: n.unmetPreconditions, toConfirm: n.toConfirm })),
  };
}
