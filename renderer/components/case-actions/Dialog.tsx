// A modal form for the case actions: Cancel and a submit button (Ctrl+Enter) under the fields.
// Esc always closes it; while saving, only the submit button waits.
import type { ReactNode } from 'react';
import { Modal } from '../Modal';

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
  return (
    <Modal
      title={title}
      lead={lead}
      onClose={onClose}
      onSubmit={() => {
        if (!busy) onSubmit();
      }}
      footerStart={footer}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Cancel <kbd>Esc</kbd>
          </button>
          <button type="submit" className={tone === 'danger' ? 'primary danger' : 'primary'} disabled={busy} aria-keyshortcuts="Control+Enter">
            {busy ? 'Saving…' : submitLabel} <kbd>Ctrl+Enter</kbd>
          </button>
        </>
      }
    >
      {children}
    </Modal>
  );
}
