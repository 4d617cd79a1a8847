// A modal form: the page behind is inert, Esc closes, Ctrl+Enter submits. Keys typed inside never reach
// the app's single-key shortcuts or the case page's Esc-to-go-back.
import { useEffect, useId, useRef, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import './case-actions.css';

interface Props {
  title: string;
  /** Sentence under the title. */
  lead?: ReactNode;
  submitLabel: string;
  busy?: boolean;
  /** Danger-coloured submit, for closing a case. */
  tone?: 'primary' | 'danger';
  onSubmit(): void;
  onClose(): void;
  children: ReactNode;
  footer?: ReactNode;
}

export function Dialog({ title, lead, submitLabel, busy, tone = 'primary', onSubmit, onClose, children, footer }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const titleId = useId();
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    opener.current = document.activeElement;
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // Focus the first field, not the close button.
    dialog?.querySelector<HTMLElement>('[data-autofocus], input:not([type=hidden]), select, textarea')?.focus();
    return () => {
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    };
  }, []);

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
      return;
    }
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      e.stopPropagation();
      formRef.current?.requestSubmit();
      return;
    }
    // Ctrl+L still locks the workspace; everything else stays inside the dialog.
    if (!((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'l')) e.stopPropagation();
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!busy) onSubmit();
  }

  return (
    <dialog ref={ref} className="modal" aria-labelledby={titleId} onKeyDown={onKeyDown} onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <form ref={formRef} onSubmit={submit} noValidate>
        <header className="modal-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="modal-x" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        <div className="modal-body">
          {lead && <p className="modal-lead">{lead}</p>}
          {children}
        </div>
        <footer className="modal-foot">
          {footer}
          <span className="modal-foot-buttons">
            <button type="button" onClick={onClose}>
              Cancel <kbd>Esc</kbd>
            </button>
            <button type="submit" className={tone === 'danger' ? 'primary danger' : 'primary'} disabled={busy} aria-keyshortcuts="Control+Enter">
              {busy ? 'Saving…' : submitLabel} <kbd>Ctrl+Enter</kbd>
            </button>
          </span>
        </footer>
      </form>
    </dialog>
  );
}
