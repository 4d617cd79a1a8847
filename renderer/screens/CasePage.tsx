// One case: who asked for what and when, its statutory deadlines with how each was computed, and
// its history. A deadline the engine has not computed is never guessed.
import { useEffect, useRef, useState } from 'react';
import { ActionResultBanner } from '../components/case-actions/ActionResultBanner';
import { CaseActionsBar, CaseDialogHost, type CaseDialog } from '../components/case-actions/CaseActions';
import { OUTCOME_LABELS } from '../components/case-actions/CloseDialog';
import type { ActionResult } from '../components/case-actions/result';
import { EventsList } from '../components/deadlines/EventsList';
import { LadderView } from '../components/ladder/LadderView';
import { CaseLetters } from '../components/letter-editor/CaseLetters';
import type { CaseDetail } from '../../shared/contract/cases';
import { StatusBadge } from '../cases/StatusBadge';
import { ErrorAlert, errorMessage } from '../components/ErrorAlert';
import { call } from '../host/client';
import { civilDateIn, formatInstant } from '../lib/format';
import { CHANNEL_LABELS, JURISDICTION_LABELS, KIND_LABELS, REGIME_LABELS, REQUEST_TYPE_LABELS, STAGE_LABELS } from '../lib/labels';
import { DeadlinesTable } from './DeadlinesTable';
import { CaseTimeline } from '../components/timeline/CaseTimeline';
import { EvidenceExportButton } from '../components/evidence/EvidenceExport';

export function CasePage({ caseRef, onBack, onWriteLetter, onOpenLetter }: { caseRef: string; onBack(): void; onWriteLetter?(): void; onOpenLetter?(letterId: number): void }) {
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [reloads, setReloads] = useState(0);
  const [dialog, setDialog] = useState<CaseDialog | null>(null);
  const [result, setResult] = useState<ActionResult | null>(null);
  const [orgNames, setOrgNames] = useState<Record<string, string>>({});

  useEffect(() => {
    let live = true;
    setError(null);
    call('cases.get', { ref: caseRef })
      .then((d) => live && setDetail(d))
      .catch((e) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [caseRef, reloads]);

  useEffect(() => {
    call('organisations.list', {})
      .then((list) => setOrgNames(Object.fromEntries(list.map((o) => [o.id, o.name]))))
      .catch(() => setOrgNames({}));
  }, []);

  // Focus the heading when the case opens, not on every reload after an action.
  const opened = Boolean(detail);
  useEffect(() => {
    if (opened) heading.current?.focus({ preventScroll: true });
  }, [opened]);

  const actionDone = (r: ActionResult) => {
    setDialog(null);
    setResult(r);
    setReloads((n) => n + 1);
  };

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.key === 'Escape' && !e.defaultPrevented && !(e.target instanceof HTMLInputElement)) onBack();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onBack]);

  const back = (
    <button type="button" className="link back" onClick={onBack}>
      ← Cases <kbd>Esc</kbd>
    </button>
  );

  if (error)
    return (
      <section className="screen">
        {back}
        <ErrorAlert error={error} />
      </section>
    );
  if (!detail)
    return (
      <section className="screen" aria-busy="true">
        {back}
        <p className="muted">Opening {caseRef}…</p>
      </section>
    );

  const d = detail;
  return (
    <section className="screen screen-scroll case-page" aria-labelledby="case-title">
      {back}
      <header className="case-head">
        <h1 id="case-title" ref={heading} tabIndex={-1} className="mono">
          {d.ref}
        </h1>
        <StatusBadge status={d.status} />
        <span className="tag">{KIND_LABELS[d.kind]}</span>
        {d.overdue && <span className="badge badge-overdue">Overdue</span>}
        <span className="case-requester">
          {d.requester.name} <span className="muted">&lt;{d.requester.email}&gt;</span>
        </span>
        <EvidenceExportButton caseRef={d.ref} />
        {onWriteLetter && (
          <button type="button" className="primary case-write-letter" onClick={onWriteLetter}>
            Write letter
          </button>
        )}
      </header>
      {d.subject && <p className="case-subject">{d.subject}</p>}
      <CaseActionsBar detail={d} onOpen={setDialog} />
      <ActionResultBanner result={result} onDismiss={() => setResult(null)} />
      <CaseDialogHost dialog={dialog} detail={d} onDone={actionDone} onClose={() => setDialog(null)} />

      <div className="case-body">
        <section className="panel" aria-labelledby="facts-title">
          <h2 id="facts-title">Facts</h2>
          <dl className="facts">
            <Fact term="Organisation">{d.organisationId ? (orgNames[d.organisationId] ?? d.organisationId) : <span className="muted">none</span>}</Fact>
            <Fact term="Request">{d.requestTypes.map((t) => REQUEST_TYPE_LABELS[t]).join(', ')}</Fact>
            <Fact term="Regimes">{d.regimes.map((r) => REGIME_LABELS[r]).join(', ')}</Fact>
            <Fact term="Jurisdiction">{JURISDICTION_LABELS[d.jurisdiction]}</Fact>
            <Fact term="Received">
              {formatInstant(d.receivedAt, d.timeZone)} <span className="muted">{d.timeZone}</span>
            </Fact>
            <Fact term="Channel">{CHANNEL_LABELS[d.channel]}</Fact>
            <Fact term="Escalation stage">{STAGE_LABELS[d.escalationStage]}</Fact>
            <Fact term="Language">{d.language ?? <span className="muted">not set</span>}</Fact>
            <Fact term="Recorded">{formatInstant(d.createdAt)}</Fact>
            {d.outcome && <Fact term="Outcome">{OUTCOME_LABELS[d.outcome]}</Fact>}
            {d.closedAt && <Fact term="Closed">{formatInstant(d.closedAt)}</Fact>}
          </dl>
        </section>

        <div className="case-main">
          <section className="panel panel-wide" aria-labelledby="deadlines-title">
            <h2 id="deadlines-title">Deadlines</h2>
            <DeadlinesTable deadlines={d.deadlines} />
          </section>

          <section className="panel panel-wide" aria-labelledby="events-title">
            <h2 id="events-title">Clock events</h2>
            <EventsList events={d.events} />
          </section>

          <section className="panel panel-wide" aria-labelledby="ladder-title">
            <h2 id="ladder-title">Escalation ladder</h2>
            <LadderView escalation={d.escalation} receivedOn={civilDateIn(d.receivedAt, d.timeZone)} onMove={d.status === 'closed' ? undefined : (stage) => setDialog({ type: 'move', stage })} />
          </section>

          {onWriteLetter && onOpenLetter && <CaseLetters caseRef={d.ref} onWrite={onWriteLetter} onOpen={onOpenLetter} />}

          <section className="panel panel-wide" aria-labelledby="timeline-title">
            <h2 id="timeline-title">Timeline</h2>
            <CaseTimeline caseRef={d.ref} timeZone={d.timeZone} reloadKey={reloads} />
          </section>

          <section className="panel panel-wide" aria-labelledby="history-title">
            <h2 id="history-title">History</h2>
            {d.history.length === 0 ? (
              <p className="muted">No events recorded.</p>
            ) : (
              <ol className="history">
                {d.history.map((h) => (
                  <li key={h.seq}>
                    <time dateTime={h.at} className="num">
                      {formatInstant(h.at)}
                    </time>
                    <span>{h.summary}</span>
                    <span className="muted mono small">#{h.seq}</span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
      </div>
    </section>
  );
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
