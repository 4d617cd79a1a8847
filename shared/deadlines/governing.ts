// Which deadline governs: the earliest date by which the organisation must answer, across every clock.
import type { Deadline, DeadlineKind } from './types';

/** Kinds that are an answer the organisation owes (not a stage run by someone else, not a notice). */
export const RESPOND_LIKE: readonly DeadlineKind[] = [
  'respond', 'respond-extended', 'promise', 'stop-sending', 'appeal-decision', 'appeal-decision-extended', 'panel-comply',
];
/** Other things the organisation itself must do, used only when no answer has a date (e.g. a UK complaint). */
const OWN_ACTIONS: readonly DeadlineKind[] = ['acknowledge', 'extension-notice', 'refusal-notice'];

const SUPERSEDED_BY: Partial<Record<DeadlineKind, DeadlineKind>> = {
  respond: 'respond-extended',
  'appeal-decision': 'appeal-decision-extended',
};

/** Sets governing: true on exactly one dated deadline (if any) and clears it elsewhere. Returns the same array. */
export function markGoverning(list: Deadline[]): Deadline[] {
  for (const d of list) delete d.governing;
  const superseded = (d: Deadline) => {
    const by = SUPERSEDED_BY[d.kind];
    return by !== undefined && list.some((o) => o.regime === d.regime && o.requestType === d.requestType && o.kind === by);
  };
  const pick = (kinds: readonly DeadlineKind[]) => {
    let best: Deadline | undefined;
    for (const d of list) {
      if (d.due === null || !kinds.includes(d.kind) || superseded(d)) continue;
      if (!best || d.due < (best.due as string)) best = d;
    }
    return best;
  };
  const winner = pick(RESPOND_LIKE) ?? pick(OWN_ACTIONS);
  if (winner) winner.governing = true;
  return list;
}
