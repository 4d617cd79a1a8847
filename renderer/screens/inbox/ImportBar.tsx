// Choosing or dropping .eml and .mbox files, with a progress bar and Stop while the import runs.
import { useId, useRef } from 'react';
import { useImportJob } from './useImportJob';

export function ImportBar({ onImported }: { onImported(): void }) {
  const imp = useImportJob(onImported);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const job = imp.job;
  return (
    <div
      className="import-bar"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        void imp.start([...e.dataTransfer.files]);
      }}
    >
      <label htmlFor={id} className="import-label">
        Import .eml or .mbox files
      </label>
      <input
        id={id}
        ref={input}
        type="file"
        multiple
        accept=".eml,.mbox,.mbx,message/rfc822,application/mbox"
        disabled={imp.running}
        onChange={(e) => {
          void imp.start([...(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
      <span className="muted small">or drop them here</span>
      {imp.running && job && (
        <span className="import-progress" role="status">
          <progress max={1} value={job.progress ?? undefined} aria-label="Import progress" /> <span className="small">{job.detail}</span>{' '}
          <button type="button" onClick={() => void imp.cancel()}>
            Stop import
          </button>
        </span>
      )}
      {!imp.running && job?.state === 'cancelled' && <span className="small" role="status">Import stopped. Messages written before stopping are kept.</span>}
      {imp.summary && (
        <span className="small notice-ok" role="status">
          Imported {imp.summary.imported} {imp.summary.imported === 1 ? 'message' : 'messages'}
          {imp.summary.duplicates ? `, ${imp.summary.duplicates} already here` : ''}
          {imp.summary.failed ? `, ${imp.summary.failed} could not be read` : ''}.
        </span>
      )}
      {imp.error && (
        <span className="text-danger small" role="alert">
          {imp.error}
        </span>
      )}
    </div>
  );
}
