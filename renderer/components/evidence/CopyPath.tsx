// A path the host wrote to, shown whole and selectable, with a button that copies it. The window has
// no clipboard permission in Electron, so copying falls back to selecting the text and execCommand.
import { useEffect, useRef, useState } from 'react';
import './evidence.css';

async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!field) return false;
    field.focus();
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

export function CopyPath({ path, label = 'Path' }: { path: string; label?: string }) {
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);

  // A path too long for its box shows its end: the file name tells backups and bundles apart.
  useEffect(() => {
    const el = field.current;
    if (el) el.scrollLeft = el.scrollWidth;
  }, [path]);

  return (
    <span className="copy-path">
      <input ref={field} type="text" readOnly value={path} aria-label={label} className="mono copy-path-text" onFocus={(e) => e.currentTarget.select()} />
      <button
        type="button"
        className="small"
        onClick={async () => {
          setCopied((await copyText(path, field.current)) ? 'yes' : 'no');
          setTimeout(() => setCopied(null), 2500);
        }}
      >
        Copy path
      </button>
      <span role="status" className="copy-path-status">
        {copied === 'yes' ? 'Copied' : copied === 'no' ? 'Select the path and copy it' : ''}
      </span>
    </span>
  );
}
