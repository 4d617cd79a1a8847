// Long operations (imports, mailbox syncs, backups, reports) run as jobs: started by one call,
// watched with jobs.get, stopped with jobs.cancel. The UI polls, so the same works over IPC and the bridge.
import { z } from 'zod';
import { method } from './define';

export const JobState = z.enum(['running', 'done', 'failed', 'cancelled']);

export const JobView = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  state: JobState,
  /** 0..1 when the total is known, else null. */
  progress: z.number().min(0).max(1).nullable(),
  detail: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** The job's result when done (its shape depends on the kind). */
  result: z.unknown().optional(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});
export type JobView = z.infer<typeof JobView>;

export const jobMethods = {
  'jobs.get': method(z.object({ id: z.string().min(1).max(64) }), JobView, 'The state and progress of a long operation'),
  'jobs.list': method(z.object({}), z.array(JobView), 'Recent long operations'),
  'jobs.cancel': method(z.object({ id: z.string().min(1).max(64) }), z.object({ ok: z.literal(true) }), 'Ask a long operation to stop; what it finished stays'),
};
