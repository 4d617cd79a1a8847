// Importing dropped or chosen files: read them as base64, start the host's import job, poll it for
// progress, and let the DPO stop it (what was written before stopping stays).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobView } from '../../../shared/contract/jobs';
import type { ImportSummary } from '../../../shared/contract/triage';
import { call } from '../../host/client';
import { errorMessage } from '../../components/ErrorAlert';

export interface ImportState {
  job: JobView | null;
  error: string | null;
  summary: ImportSummary | null;
}

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function useImportJob(onFinished: () => void) {
  const [state, setState] = useState<ImportState>({ job: null, error: null, summary: null });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const finished = useRef(onFinished);
  finished.current = onFinished;
  useEffect(() => () => { if (timer.current) clearTimeout(timer.current); }, []);

  const poll = useCallback((id: string) => {
    timer.current = setTimeout(async () => {
      try {
        const job = await call('jobs.get', { id });
        if (job.state === 'running') {
          setState((s) => ({ ...s, job }));
          poll(id);
          return;
        }
        setState({ job, error: job.state === 'failed' ? job.error?.message ?? 'The import failed.' : null, summary: job.state === 'done' ? (job.result as ImportSummary) : null });
        finished.current();
      } catch (err) {
        setState((s) => ({ ...s, error: errorMessage(err) }));
      }
    }, 250);
  }, []);

  const start = useCallback(async (files: File[]) => {
    if (!files.length) return;
    setState({ job: null, error: null, summary: null });
    try {
      const payload = await Promise.all(files.map(async (f) => ({ name: f.name, base64: toBase64(await f.arrayBuffer()) })));
      const job = await call('mail.importBytes', { files: payload });
      setState({ job, error: null, summary: null });
      poll(job.id);
    } catch (err) {
      setState({ job: null, error: errorMessage(err), summary: null });
    }
  }, [poll]);

  const cancel = useCallback(async () => {
    if (!state.job) return;
    try {
      await call('jobs.cancel', { id: state.job.id });
    } catch (err) {
      setState((s) => ({ ...s, error: errorMessage(err) }));
    }
  }, [state.job]);

  return { ...state, running: state.job?.state === 'running', start, cancel };
}
