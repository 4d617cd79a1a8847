import type { HostImpl } from '../../../shared/contract';
import { addCaseEvent, addCaseNote, closeCase, escalateCase, setCaseStatus } from '../cases/actions';
import type { HostContext } from '../context';

export function caseActionHandlers(ctx: HostContext): Pick<HostImpl, 'cases.addEvent' | 'cases.escalate' | 'cases.addNote' | 'cases.setStatus' | 'cases.close'> {
  const db = () => ctx.workspace.database();
  const now = () => ctx.ports.now();
  return {
    'cases.addEvent': async (input) => addCaseEvent(db(), input, now(), ctx.today()),
    'cases.escalate': async (input) => escalateCase(db(), input, now()),
    'cases.addNote': async (input) => addCaseNote(db(), input, now()),
    'cases.setStatus': async (input) => setCaseStatus(db(), input, now()),
    'cases.close': async (input) => closeCase(db(), input, now(), ctx.today()),
  };
}
