// The letter as the requester will read it, laid out like the PDF: letterhead, recipient, date and
// reference, subject, body, signature. While facts are missing it says which, in red.
import type { PreviewView } from '../../../shared/contract/letters';

export function LetterPreview({ preview, pending }: { preview: PreviewView | null; pending: boolean }) {
  if (!preview) return <div className="letter-paper letter-paper-empty muted">Choose a template to see the letter.</div>;
  const l = preview.letter;
  return (
    <div className="letter-preview-wrap" aria-busy={pending}>
      {preview.missing.length > 0 && (
        <div className="letter-missing" role="alert" aria-label="Missing before export">
          <strong>Missing before export:</strong>
          <ul>
            {preview.missing.map((m) => (
              <li key={m.field}>
                {m.label} <span className="mono small">({m.field})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview.problem && (
        <div className="alert alert-error" role="alert">
          {preview.problem}
        </div>
      )}
      {l ? (
        <article className="letter-paper" lang={l.lang} aria-label="Letter preview" data-testid="letter-preview">
          <div className="letter-head">
            {l.letterhead.map((line, i) => (
              <div key={i} className={i === 0 ? 'letter-org' : undefined}>
                {line}
              </div>
            ))}
          </div>
          <div className="letter-recipient">
            {l.recipient.map((line, i) => (
              <div key={i}>{line}</div>
            ))}
          </div>
          <div className="letter-meta">
            <div>{l.dateLine}</div>
            <div>{l.refLine}</div>
          </div>
          <p className="letter-subject">{l.subject}</p>
          <p>{l.salutation}</p>
          {l.blocks.map((b, i) =>
            b.kind === 'paragraph' ? (
              <p key={i}>{b.text}</p>
            ) : (
              <ul key={i}>
                {b.items.map((item, j) => (
                  <li key={j}>{item}</li>
                ))}
              </ul>
            ),
          )}
          <p>{l.closing}</p>
          <div className="letter-signature">
            {l.signature.map((line, i) => (
              <div key={i}>{line}</div>
            ))}
          </div>
        </article>
      ) : (
        <div className="letter-paper letter-paper-empty muted">The preview appears once every fact above is given.</div>
      )}
    </div>
  );
}
