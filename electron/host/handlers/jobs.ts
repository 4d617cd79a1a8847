import type { HostImpl } from '../../../shared/contract';
import type { HostContext } from '../context';

export function jobHandlers(ctx: HostContext): Pick<HostImpl, 'jobs.get' | 'jobs.list' | 'jobs.cancel'> {
  return {
    'jobs.get': async ({ id }) => ctx.jobs.get(id),
    'jobs.list': async () => ctx.jobs.list(),
    'jobs.cancel': async ({ id }) => {
      ctx.jobs.cancel(id);
      return { ok: true as const };
    },
  };
}
