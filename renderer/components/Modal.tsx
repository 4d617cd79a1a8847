// The one modal of the app: the page behind is inert, Esc closes (unless the host is busy with work
// that cannot be abandoned half-way), and keys typed inside never reach the app's single-key
// shortcuts or the case page's Esc-to-go-back. With onSubmit the body is a form and Ctrl+Enter sends it.
import { useEffect, useId, useRef, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import './case-actions/case-actions.css';

interface Props {
  title: string;
  /** Sentence under the title. */
  lead?: ReactNode;
  /** While true, Esc and the close button do nothing: the host finishes the work either way. */
  busy?: boolean;
  onClose(): void;
  /** Makes the body a form: Enter in a field or Ctrl+Enter anywhere calls it. */
  onSubmit?(): void;
  children: ReactNode;
  /** The buttons, right-aligned. */
  footer: ReactNode;
  /** Anything on the left of the buttons. */
  footerStart?: ReactNode;
  className?: string;
}

export function Modal({ title, lead, busy, onClose, onSubmit, children, footer, footerStart, className }: Props) {
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

  // A button disabled while the host works drops the focus to <body>; Esc pressed then must still only
  // close the dialog, not reach the page behind (the case page goes back on Esc).
  const closeRef = useRef({ busy, onClose });
  closeRef.current = { busy, onClose };
  useEffect(() => {
    function onEscape(e: globalThis.KeyboardEvent) {
      if (e.key !== 'Escape' || ref.current?.contains(e.target as Node)) return;
      e.preventDefault();
      e.stopPropagation();
      if (!closeRef.current.busy) closeRef.current.onClose();
    }
    window.addEventListener('keydown', onEscape, true);
    return () => window.removeEventListener('keydown', onEscape, true);
  }, []);

  // When the work is done, focus returns inside the dialog: to its main button.
  useEffect(() => {
    const dialog = ref.current;
    if (busy || !dialog || dialog.contains(document.activeElement)) return;
    dialog.querySelector<HTMLElement>('.modal-foot button.primary:not(:disabled), [data-autofocus]')?.focus();
  }, [busy]);

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      if (!busy) onClose();
      return;
    }
    if (onSubmit && e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
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
    onSubmit?.();
  }

  const content = (
    <>
      <header className="modal-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="modal-x" aria-label="Close" onClick={onClose} disabled={busy}>
          ×
        </button>
      </header>
      <div className="modal-body">
        {lead && <p className="modal-lead">{lead}</p>}
        {children}
      </div>
      <footer className="modal-foot">
        {footerStart}
        <span className="modal-foot-buttons">{footer}</span>
      </footer>
    </>
  );

  return (
    <dialog
      ref={ref}
      className={className ? `modal ${className}` : 'modal'}
      aria-labelledby={titleId}
      aria-busy={busy || undefined}
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onClose();
      }}
    >
      {onSubmit ? (
        <form ref={formRef} className="modal-frame" onSubmit={submit} noValidate>
          {content}
        </form>
      ) : (
        <div className="modal-frame">{content}</div>
      )}
    </dialog>
  );
}
