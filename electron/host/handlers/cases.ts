import type { HostImpl } from '../../../shared/contract';
import { createCase, getCase, listCases } from '../cases/repo';
import type { HostContext } from '../context';

export function caseHandlers(ctx: HostContext): Pick<HostImpl, 'cases.list' | 'cases.create' | 'cases.get'> {
  const db = () => ctx.workspace.database();
  return {
    'cases.list': async (query) => listCases(db(), query, query.asOf ?? ctx.today()),
    'cases.create': async (input) => {
      const { ref } = createCase(db(), input, { now: ctx.ports.now(), defaultTimeZone: ctx.defaultTimeZone() });
      return { ref };
    },
    'cases.get': async ({ ref }) => getCase(db(), ref, ctx.today()),
  };
}
