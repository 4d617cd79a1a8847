// A received message as the DPO reads it: the sanitised HTML in a sandboxed frame (no script, no
// network, its own CSP, no referrer), or the plain text. Attachments are listed; their bytes are
// fetched only when the DPO asks to save one.
import { useMemo, useState } from 'react';
import type { MessageView } from '../../shared/contract/triage';
import { call } from '../host/client';
import { errorMessage } from '../components/ErrorAlert';
import { createSanitiser, messageDocument } from './sanitise';
import { downloadBase64 } from '../lib/download';

let sanitiser: ReturnType<typeof createSanitiser> | null = null;
const sanitise = (html: string) => (sanitiser ??= createSanitiser(window))(html);

export function MessageBody({ message }: { message: MessageView }) {
  const [tab, setTab] = useState<'html' | 'text'>(message.html ? 'html' : 'text');
  const clean = useMemo(() => (message.html ? sanitise(message.html) : null), [message.html]);
  return (
    <div className="message-body">
      <div className="tabs" role="tablist" aria-label="How to show the message">
        <button type="button" role="tab" aria-selected={tab === 'html'} disabled={!message.html} onClick={() => setTab('html')}>
          Formatted
        </button>
        <button type="button" role="tab" aria-selected={tab === 'text'} onClick={() => setTab('text')}>
          Plain text
        </button>
      </div>
      {tab === 'html' && clean ? (
        <>
          {clean.blocked > 0 && (
            <p className="muted small" role="note">
              {clean.blocked} remote {clean.blocked === 1 ? 'image or style was' : 'images or styles were'} blocked; nothing was loaded from the sender's servers.
            </p>
          )}
          <iframe className="message-frame" title="Message (formatted, safe view)" sandbox="" referrerPolicy="no-referrer" srcDoc={messageDocument(clean.html)} />
        </>
      ) : (
        <pre className="message-text" aria-label="Message (plain text)">
          {message.text || '(no text part)'}
        </pre>
      )}
      <Attachments message={message} />
    </div>
  );
}

function Attachments({ message }: { message: MessageView }) {
  const [error, setError] = useState<string | null>(null);
  if (message.attachments.length === 0) return null;
  const save = async (id: number) => {
    setError(null);
    try {
      const a = await call('attachments.get', { id });
      // Saved, never opened or rendered here: the file goes to the DPO's downloads as bytes.
      downloadBase64(a.base64, a.filename, 'application/octet-stream');
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <section aria-label="Attachments" className="attachments">
      <h3>Attachments</h3>
      <ul>
        {message.attachments.map((a) => (
          <li key={a.id}>
            <span className="mono">{a.filename}</span> <span className="muted small">{a.contentType} · {formatBytes(a.size)}</span>{' '}
            <button type="button" onClick={() => void save(a.id)}>
              Save…
            </button>
          </li>
        ))}
      </ul>
      {error && <p className="text-danger small">{error}</p>}
    </section>
  );
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
