// The complaint's escalation ladder drawn as a stepper: stages reached, the current one, the ones ahead,
// each with its body, the date it was entered and the body's reference; then the moves now possible.
import type { CaseDetail } from '../../../shared/contract/cases';
import type { EscalationStage } from '../../../shared/domain/ids';
import { formatCivilDate } from '../../lib/format';
import './ladder.css';

type Escalation = CaseDetail['escalation'];

export function LadderView({ escalation, receivedOn, onMove }: { escalation: Escalation; receivedOn: string; onMove?(stage: EscalationStage): void }) {
  // The latest recorded step for a stage carries its date and reference; the organisation stage starts at receipt.
  const stepOf = (stage: EscalationStage) => [...escalation.steps].reverse().find((s) => s.stage === stage);
  return (
    <div className="ladder">
      <ol className="ladder-steps" aria-label={`${escalation.ladderName}: stages`}>
        {escalation.stages.map((s, i) => {
          const step = stepOf(s.stage);
          const state = s.current ? 'current' : s.reached ? 'reached' : 'ahead';
          const entered = step?.enteredAt ?? (s.stage === 'organisation' ? receivedOn : null);
          return (
            <li key={s.stage} className={`ladder-step ladder-${state}`} aria-current={s.current ? 'step' : undefined}>
              <span className="ladder-dot" aria-hidden="true">
                {i + 1}
              </span>
              <div className="ladder-text">
                <div className="ladder-label">
                  {s.label}
                  <span className="visually-hidden">{s.current ? ' (current stage)' : s.reached ? ' (reached)' : ' (not reached)'}</span>
                </div>
                <div className="ladder-body" title={s.body}>
                  {s.body}
                </div>
                {entered && <div className="ladder-meta num">{s.stage === 'organisation' && !step ? 'received ' : 'entered '}{formatCivilDate(entered)}</div>}
                {step?.externalRef && (
                  <div className="ladder-meta">
                    ref <span className="mono">{step.externalRef}</span>
                  </div>
                )}
                {step?.contact && <div className="ladder-meta truncate" title={step.contact}>{step.contact}</div>}
              </div>
            </li>
          );
        })}
      </ol>
      <h3 className="ladder-next-title">Next possible steps</h3>
      {escalation.next.length === 0 ? (
        <p className="muted empty-inline">None: this is the last stage of the ladder.</p>
      ) : (
        <ul className="ladder-next">
          {escalation.next.map((n) => (
            <li key={n.stage}>
              <div className="ladder-next-head">
                <span className="ladder-next-label">{n.label}</span>
                {n.ready ? <span className="badge badge-ready">Ready</span> : <span className="badge badge-unmet">Preconditions unmet</span>}
                {onMove && (
                  <button type="button" className="small" onClick={() => onMove(n.stage)} aria-label={`Move to ${n.label}…`}>
                    Move here…
                  </button>
                )}
              </div>
              {n.unmetPreconditions.length > 0 && (
                <ul className="ladder-conditions warn">
                  {n.unmetPreconditions.map((u) => (
                    <li key={u}>{u}</li>
                  ))}
                </ul>
              )}
              {n.toConfirm.length > 0 && (
                <ul className="ladder-conditions">
                  {n.toConfirm.map((c) => (
                    <li key={c}>To confirm: {c}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
