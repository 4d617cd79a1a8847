// What happens to a case after it is opened: clock events, ladder moves, notes and calls, closing.
import { z } from 'zod';
import { ClockEvent } from '../deadlines/types';
import { IsoDate } from '../domain/dates';
import { CaseOutcome, CaseStatus, EscalationStage } from '../domain/ids';
import { method } from './define';

const Ref = z.string().min(1).max(40);
const Changed = z.object({ dueAt: z.string().nullable(), warnings: z.array(z.string()) });

export const caseActionMethods = {
  'cases.addEvent': method(
    z.object({ ref: Ref, event: ClockEvent, note: z.string().max(4000).optional() }),
    Changed,
    'Record an extension, clock stop or restart, later clock start, fee notice or refusal; deadlines are recomputed',
  ),
  'cases.escalate': method(
    z.object({ ref: Ref, stage: EscalationStage, enteredAt: IsoDate, externalRef: z.string().max(200).optional(), contact: z.string().max(500).optional(), note: z.string().max(4000).optional() }),
    z.object({ warnings: z.array(z.string()), toConfirm: z.array(z.string()) }),
    'Move a case along its escalation ladder',
  ),
  'cases.addNote': method(
    z.object({ ref: Ref, kind: z.enum(['note', 'call']).default('note'), body: z.string().trim().min(1, 'write something').max(20_000), at: z.string().optional() }),
    z.object({ id: z.number() }),
    'Add a note or a logged call to the case timeline',
  ),
  'cases.setStatus': method(z.object({ ref: Ref, status: CaseStatus.exclude(['closed']) }), z.object({ ok: z.literal(true) }), 'Change the status of an open case'),
  'cases.close': method(
    z.object({ ref: Ref, outcome: CaseOutcome, reason: z.string().max(4000).optional(), on: IsoDate.optional() }),
    z.object({ ok: z.literal(true) }),
    'Close a case with its outcome',
  ),
};
