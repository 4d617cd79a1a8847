// Letters across all cases: drafts still to finish first, then the latest letters written, and the
// outgoing mail server letters are sent through.
import { useEffect, useState } from 'react';
import type { LetterSummary } from '../../../shared/contract/letters';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert';
import { call } from '../../host/client';
import { SmtpSettingsPanel } from './SmtpSettingsPanel';
import '../../components/letter-editor/letter-editor.css';

const STATUS = { draft: 'Draft', finalised: 'Finalised', sent: 'Sent' } as const;
const LANG = { en: 'English', de: 'Deutsch', fr: 'Français' } as const;

interface Props {
  onOpenLetter(ref: string, letterId: number): void;
  onOpenCase(ref: string): void;
}

export function LettersScreen({ onOpenLetter, onOpenCase }: Props) {
  const [drafts, setDrafts] = useState<LetterSummary[] | null>(null);
  const [recent, setRecent] = useState<LetterSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([call('letters.list', { status: 'draft', latestOnly: true, limit: 200 }), call('letters.list', { latestOnly: true, limit: 100 })])
      .then(([d, r]) => {
        setDrafts(d);
        setRecent(r.filter((l) => l.status !== 'draft'));
      })
      .catch((e) => setError(errorMessage(e)));
  }, []);

  return (
    <section className="screen screen-scroll" aria-labelledby="letters-title">
      <header className="screen-head">
        <h1 id="letters-title">Letters</h1>
        <span className="muted small">Write a letter from a case page: “Write letter”.</span>
      </header>
      <ErrorAlert error={error} />
      <section className="letters-section" aria-labelledby="drafts-title">
        <h2 id="drafts-title">Drafts to finish</h2>
        <LettersTable rows={drafts} empty="No drafts waiting." onOpenLetter={onOpenLetter} onOpenCase={onOpenCase} />
      </section>
      <section className="letters-section" aria-labelledby="recent-title">
        <h2 id="recent-title">Recent letters</h2>
        <LettersTable rows={recent} empty="No letter finalised or sent yet." onOpenLetter={onOpenLetter} onOpenCase={onOpenCase} />
      </section>
      <SmtpSettingsPanel />
    </section>
  );
}

function LettersTable({ rows, empty, onOpenLetter, onOpenCase }: { rows: LetterSummary[] | null; empty: string } & Props) {
  if (!rows) return <p className="muted">Loading…</p>;
  if (!rows.length) return <p className="muted empty-inline">{empty}</p>;
  return (
    <div className="table-scroll letters-scroll">
      <table className="data-table letters-table">
        <thead>
          <tr>
            <th>Case</th>
            <th>Requester</th>
            <th>Letter</th>
            <th>Language</th>
            <th>Status</th>
            <th>Last saved</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((l) => (
            <tr key={l.letterId} className="clickable" onClick={() => onOpenLetter(l.caseRef, l.letterId)}>
              <td>
                <button type="button" className="link mono" onClick={(e) => { e.stopPropagation(); onOpenCase(l.caseRef); }}>
                  {l.caseRef}
                </button>
              </td>
              <td>{l.requesterName}</td>
              <td>
                <button type="button" className="link" onClick={(e) => { e.stopPropagation(); onOpenLetter(l.caseRef, l.letterId); }}>
                  {l.templateTitle}
                </button>
              </td>
              <td>{LANG[l.lang]}</td>
              <td>{STATUS[l.status]} · v{l.version}</td>
              <td className="num">{new Date(l.createdAt).toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
