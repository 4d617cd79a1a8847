// A small registry of long operations. Each job gets an AbortSignal and a progress reporter; the
// host keeps the last few finished jobs so the UI can show how they ended.
import { randomUUID } from 'node:crypto';
import type { JobView } from '../../shared/contract/jobs';
import { HostError } from '../../shared/contract/define';
import { toErrorShape } from './host-errors';

export interface JobControl {
  signal: AbortSignal;
  progress(fraction: number | null, detail: string): void;
}

interface Job extends JobView {
  controller: AbortController;
}

const KEEP_FINISHED = 20;

export class JobRegistry {
  private jobs = new Map<string, Job>();
  /** Settles when the job has ended (its state set), for wait(). */
  private ended = new Map<string, Promise<unknown>>();

  start<T>(kind: string, title: string, run: (control: JobControl) => Promise<T>, now: () => Date = () => new Date()): JobView {
    const controller = new AbortController();
    const job: Job = { id: randomUUID(), kind, title, state: 'running', progress: null, detail: 'Starting…', startedAt: now().toISOString(), finishedAt: null, controller };
    this.jobs.set(job.id, job);
    const control: JobControl = {
      signal: controller.signal,
      progress: (fraction, detail) => {
        job.progress = fraction === null ? null : Math.max(0, Math.min(1, fraction));
        job.detail = detail;
      },
    };
    const ended = run(control).then(
      (result) => Object.assign(job, { state: controller.signal.aborted ? 'cancelled' : 'done', result, progress: 1, finishedAt: now().toISOString() }),
      (err: unknown) => {
        const cancelled = controller.signal.aborted;
        const shape = toErrorShape(err);
        Object.assign(job, { state: cancelled ? 'cancelled' : 'failed', error: cancelled ? { code: 'cancelled', message: 'Stopped at your request. What was finished before stopping is kept.' } : shape, finishedAt: now().toISOString() });
      },
    ).finally(() => this.prune());
    this.ended.set(job.id, ended);
    return this.view(job);
  }

  get(id: string): JobView {
    const job = this.jobs.get(id);
    if (!job) throw new HostError('not-found', 'That operation is no longer known (it finished a while ago or the app restarted).');
    return this.view(job);
  }

  list(): JobView[] {
    return [...this.jobs.values()].map((j) => this.view(j)).reverse();
  }

  cancel(id: string): void {
    const job = this.jobs.get(id);
    if (!job) throw new HostError('not-found', 'That operation is no longer known.');
    job.controller.abort();
  }

  /** The job once it has ended (for the CLI and tests): told when it ends, not found by polling, which was up to a poll late. */
  async wait(id: string): Promise<JobView> {
    this.get(id);
    await this.ended.get(id);
    return this.get(id);
  }

  cancelAll(): void {
    for (const job of this.jobs.values()) if (job.state === 'running') job.controller.abort();
  }

  private view(job: Job): JobView {
    const { controller: _controller, ...view } = job;
    return { ...view };
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((j) => j.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) {
      this.jobs.delete(job.id);
      this.ended.delete(job.id);
    }
  }
}
