import { describe, expect, it } from 'vitest';
import { JobRegistry } from './jobs';

describe('long operations', () => {
  it('a job reports progress while it runs and its result when done', async () => {
    const jobs = new JobRegistry();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const job = jobs.start('import', 'Importing 2 files', async (control) => {
      control.progress(0.5, '1 of 2 files');
      await gate;
      return { imported: 2 };
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(jobs.get(job.id)).toMatchObject({ state: 'running', progress: 0.5, detail: '1 of 2 files' });
    release();
    expect(await jobs.wait(job.id)).toMatchObject({ state: 'done', result: { imported: 2 }, progress: 1 });
  });

  it('cancelling stops a job and says that what was finished is kept', async () => {
    const jobs = new JobRegistry();
    const job = jobs.start('import', 'Importing', (control) => new Promise((_resolve, reject) => control.signal.addEventListener('abort', () => reject(new Error('aborted')))));
    jobs.cancel(job.id);
    const ended = await jobs.wait(job.id);
    expect(ended.state).toBe('cancelled');
    expect(ended.error?.message).toMatch(/kept/);
  });

  it('a failed job carries the sentence the DPO will read', async () => {
    const jobs = new JobRegistry();
    const job = jobs.start('sync', 'Syncing', async () => {
      throw new Error('server went away');
    });
    const ended = await jobs.wait(job.id);
    expect(ended).toMatchObject({ state: 'failed', error: { code: 'internal' } });
    expect(ended.error!.message).toMatch(/server went away/);
  });

  it('whoever waits for a job hears of its end at once, not at a later look (dpo import prints as soon as it is done)', async () => {
    const jobs = new JobRegistry();
    let release!: () => void;
    const job = jobs.start('import', 'Importing', () => new Promise<void>((r) => (release = r)));
    const waited = jobs.wait(job.id);
    let aTurnPassed = false;
    setTimeout(() => (aTurnPassed = true), 0);
    release();
    expect((await waited).state).toBe('done');
    expect(aTurnPassed).toBe(false);
  });
});
