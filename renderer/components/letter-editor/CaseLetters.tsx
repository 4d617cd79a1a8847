// The case page's letters: every letter of the case (newest version of each) and the button to write one.
import { useEffect, useState } from 'react';
import type { LetterSummary } from '../../../shared/contract/letters';
import { call } from '../../host/client';
import './letter-editor.css';

const STATUS = { draft: 'draft', finalised: 'finalised', sent: 'sent' } as const;

export function CaseLetters({ caseRef, onWrite, onOpen }: { caseRef: string; onWrite(): void; onOpen(letterId: number): void }) {
  const [letters, setLetters] = useState<LetterSummary[] | null>(null);
  useEffect(() => {
    call('letters.list', { ref: caseRef, latestOnly: true })
      .then(setLetters)
      .catch(() => setLetters([]));
  }, [caseRef]);
  return (
    <section className="panel panel-wide case-letters" aria-labelledby="case-letters-title">
      <h2 id="case-letters-title">Letters</h2>
      {letters && letters.length > 0 ? (
        <ul>
          {letters.map((l) => (
            <li key={l.letterId}>
              <button type="button" className="link" onClick={() => onOpen(l.letterId)}>{l.templateTitle}</button>{' '}
              <span className="muted small">{l.lang} · version {l.version} · {STATUS[l.status]}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{letters ? 'No letters yet.' : 'Loading…'}</p>
      )}
      <div className="actions">
        <button type="button" onClick={onWrite}>New letter</button>
      </div>
    </section>
  );
}
