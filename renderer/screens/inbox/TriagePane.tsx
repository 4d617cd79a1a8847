// One message from the queue: who it is from, what triage suggests and why, the thread or the
// likely duplicate, warnings about damage, and the message itself in the safe view.
import type { TriageDetail } from '../../../shared/contract/triage';
import { formatInstant } from '../../lib/format';
import { JURISDICTION_LABELS, REGIME_SHORT, REQUEST_TYPE_LABELS } from '../../lib/labels';
import { MessageBody } from '../../mail/MessageBody';

const BASIS: Record<TriageDetail['receivedBasis'], string> = { date: 'Date header', imap: 'server arrival time', import: 'time of import (no Date header)' };

export function TriagePane({ detail, onOpenCase }: { detail: TriageDetail; onOpenCase(ref: string): void }) {
  const m = detail.message;
  return (
    <article className="panel triage-pane" aria-label="Selected message">
      <h2 className="triage-subject">{m.subject || '(no subject)'}</h2>
      <dl className="facts facts-1">
        <div className="fact"><dt>From</dt><dd>{m.from.name ? `${m.from.name} <${m.from.email}>` : m.from.email || 'unknown'}</dd></div>
        <div className="fact"><dt>Received</dt><dd>{formatInstant(detail.receivedAt)} <span className="muted small">from the {BASIS[detail.receivedBasis]}</span></dd></div>
        <div className="fact">
          <dt>Suggestion</dt>
          <dd>
            {detail.requestType ? REQUEST_TYPE_LABELS[detail.requestType] : 'none'}
            {detail.jurisdiction && ` · ${JURISDICTION_LABELS[detail.jurisdiction]}`}
            {detail.regimes.length > 0 && ` · ${detail.regimes.map((r) => REGIME_SHORT[r]).join(', ')}`}
            {detail.language && detail.language !== 'und' && ` · ${detail.language}`}
            {detail.confidence !== null && <span className="muted small"> ({Math.round(detail.confidence * 100)} % sure)</span>}
          </dd>
        </div>
        {detail.requester && <div className="fact"><dt>Requester</dt><dd>{detail.requester.name} &lt;{detail.requester.email}&gt;</dd></div>}
        {detail.threadedTo && (
          <div className="fact"><dt>Continues</dt><dd><button type="button" className="link" onClick={() => onOpenCase(detail.threadedTo!)}>{detail.threadedTo}</button></dd></div>
        )}
        {detail.duplicateOf && (
          <div className="fact"><dt>Likely duplicate</dt><dd>same person, same request as <button type="button" className="link" onClick={() => onOpenCase(detail.duplicateOf!)}>{detail.duplicateOf}</button></dd></div>
        )}
        {detail.caseRef && <div className="fact"><dt>In case</dt><dd><button type="button" className="link" onClick={() => onOpenCase(detail.caseRef!)}>{detail.caseRef}</button></dd></div>}
        {detail.externalRefs.length > 0 && <div className="fact"><dt>Their reference</dt><dd className="mono">{detail.externalRefs.join(', ')}</dd></div>}
      </dl>
      <details className="explanation">
        <summary>Why this suggestion</summary>
        <ul>{detail.explanation.map((e, i) => <li key={i}>{e}</li>)}</ul>
      </details>
      {m.warnings.length > 0 && (
        <div className="warning" role="note">
          <strong>Kept as received, with problems:</strong>
          <ul>{m.warnings.map((w, i) => <li key={i}>{w}</li>)}</ul>
        </div>
      )}
      <MessageBody key={m.id} message={m} />
    </article>
  );
}
