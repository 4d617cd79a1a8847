// A modal for the trust dialogs (evidence export, retention purge): like the case actions' Dialog,
// but its footer is its own, because these dialogs change what they offer once the work is done.
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import '../case-actions/case-actions.css';
import './evidence.css';

interface Props {
  title: string;
  lead?: ReactNode;
  /** Busy work cannot be abandoned half-way by Esc: the host finishes it either way. */
  busy?: boolean;
  onClose(): void;
  children: ReactNode;
  footer: ReactNode;
  wide?: boolean;
}

export function Modal({ title, lead, busy, onClose, children, footer, wide }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    opener.current = document.activeElement;
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
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
    // Ctrl+L still locks the workspace; other keys stay inside the dialog, away from the app's shortcuts.
    if (!((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'l')) e.stopPropagation();
  }

  return (
    <dialog
      ref={ref}
      className={`modal trust-modal${wide ? ' trust-modal-wide' : ''}`}
      aria-labelledby={titleId}
      aria-busy={busy || undefined}
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onClose();
      }}
    >
      <div className="trust-modal-frame">
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
          <span className="modal-foot-buttons">{footer}</span>
        </footer>
      </div>
    </dialog>
  );
}
