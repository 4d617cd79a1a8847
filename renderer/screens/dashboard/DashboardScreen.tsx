// The morning review: five numbers, each a button that opens the list it counts, and the week's digest.
import { useEffect, useState } from 'react';
import type { DashboardCounts } from '../../../shared/contract/workspace-views';
import type { CaseStatus } from '../../../shared/domain/ids';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert';
import { call } from '../../host/client';
import '../../styles/workspace-views.css';

/** Where a count leads: a screen, and for the case list the status filter to show. */
export type DashboardTarget = { screen: 'overdue' } | { screen: 'inbox' } | { screen: 'cases'; status: CaseStatus };

const CARDS: Array<{ key: keyof Omit<DashboardCounts, 'asOf'>; label: string; target: DashboardTarget; tone?: 'danger' | 'warn' }> = [
  { key: 'overdue', label: 'Overdue', target: { screen: 'overdue' }, tone: 'danger' },
  { key: 'dueWithin7', label: 'Due within 7 days', target: { screen: 'overdue' }, tone: 'warn' },
  { key: 'waitingRequester', label: 'Waiting on the requester (clock stopped)', target: { screen: 'cases', status: 'waiting-requester' } },
  { key: 'escalated', label: 'Escalated to an outside body', target: { screen: 'cases', status: 'escalated' } },
  { key: 'newInTriage', label: 'New in triage', target: { screen: 'inbox' } },
];

export function DashboardScreen({ onList }: { onList(target: DashboardTarget): void }) {
  const [counts, setCounts] = useState<DashboardCounts | null>(null);
  const [digest, setDigest] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('dashboard.counts', {})
      .then((c) => live && setCounts(c))
      .catch((e) => live && setError(errorMessage(e)));
    call('notifications.digest', {})
      .then((d) => live && setDigest(d.text))
      .catch(() => live && setDigest(null));
    return () => {
      live = false;
    };
  }, []);

  return (
    <section className="screen screen-scroll" aria-labelledby="dashboard-title">
      <header className="screen-head">
        <h1 id="dashboard-title">Dashboard</h1>
        {counts && <span className="count">as of {counts.asOf}</span>}
      </header>
      <ErrorAlert error={error} />
      <div className="dash-grid" aria-busy={counts === null}>
        {CARDS.map((card) => (
          <button
            key={card.key}
            type="button"
            className={`dash-count${card.tone && counts && counts[card.key] > 0 ? ` tone-${card.tone}` : ''}`}
            data-count={card.key}
            onClick={() => onList(card.target)}
          >
            <span className="dash-number">{counts ? counts[card.key].toLocaleString('en') : '–'}</span>
            <span className="dash-label">{card.label}</span>
          </button>
        ))}
      </div>
      {digest && (
        <section aria-labelledby="digest-title">
          <h2 id="digest-title">This week</h2>
          <pre className="dash-digest">{digest}</pre>
        </section>
      )}
    </section>
  );
}
