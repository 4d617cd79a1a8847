// Moving a complaint along its ladder: pick a next stage, see what should have happened first, record
// the date, the body's reference number and the contact.
import { useState } from 'react';
import type { CaseDetail } from '../../../shared/contract/cases';
import type { EscalationStage } from '../../../shared/domain/ids';
import { call } from '../../host/client';
import { civilDateIn, todayLocal } from '../../lib/format';
import { ErrorAlert, errorMessage } from '../ErrorAlert';
import { Field } from '../Field';
import { Dialog } from './Dialog';
import type { ActionResult } from './result';

interface Props {
  detail: CaseDetail;
  /** Preselected stage, from a "Next possible steps" entry. */
  stage?: EscalationStage;
  onDone(result: ActionResult): void;
  onClose(): void;
}

export function MoveDialog({ detail, stage: initial, onDone, onClose }: Props) {
  const next = detail.escalation.next;
  const [stage, setStage] = useState<EscalationStage | ''>(initial ?? next.find((n) => n.ready)?.stage ?? next[0]?.stage ?? '');
  const [date, setDate] = useState(todayLocal());
  const [externalRef, setExternalRef] = useState('');
  const [contact, setContact] = useState('');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [hostError, setHostError] = useState<string | null>(null);
  const chosen = next.find((n) => n.stage === stage);
  const unmet = chosen ? chosen.unmetPreconditions : [];

  const problems: { stage?: string; date?: string } = {};
  if (!stage) problems.stage = 'Choose the stage the complaint moved to.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.date = 'Give the date.';
  else if (date < civilDateIn(detail.receivedAt, detail.timeZone)) problems.date = 'This date is before the case was received.';
  const errors = tried ? problems : {};

  async function submit() {
    setTried(true);
    if (Object.keys(problems).length || !stage) return;
    setBusy(true);
    setHostError(null);
    try {
      const out = await call('cases.escalate', {
        ref: detail.ref,
        stage,
        enteredAt: date,
        ...(externalRef.trim() ? { externalRef: externalRef.trim() } : {}),
        ...(contact.trim() ? { contact: contact.trim() } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      onDone({ title: `Moved to ${chosen?.label ?? stage} on the ladder`, warnings: out.warnings, toConfirm: out.toConfirm });
    } catch (e) {
      setHostError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <Dialog
      title="Move on the escalation ladder"
      lead={`${detail.escalation.ladderName}. The move is recorded as an event with its date.`}
      submitLabel={unmet.length ? 'Record the move anyway' : 'Record the move'}
      busy={busy}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      {next.length === 0 ? (
        <p className="muted">No further stage on this ladder.</p>
      ) : (
        <fieldset className={`radio-group stage-picker${errors.stage ? ' invalid' : ''}`}>
          <legend>
            Next stage <span className="required" aria-hidden="true">*</span>
          </legend>
          {next.map((n) => (
            <label key={n.stage} className={`stage-choice${stage === n.stage ? ' chosen' : ''}`}>
              <input type="radio" name="stage" checked={stage === n.stage} onChange={() => setStage(n.stage)} />
              <span className="stage-choice-label">{n.label}</span>
              {n.ready ? <span className="badge badge-ready">Ready</span> : <span className="badge badge-unmet">Preconditions unmet</span>}
            </label>
          ))}
          {errors.stage && <div className="field-error">{errors.stage}</div>}
        </fieldset>
      )}
      {unmet.length > 0 && (
        <div className="alert alert-warn" role="alert">
          <strong>Before this stage:</strong>
          <ul>
            {unmet.map((u) => (
              <li key={u}>{u}</li>
            ))}
          </ul>
        </div>
      )}
      {chosen && chosen.toConfirm.length > 0 && (
        <div className="confirm-list">
          <strong>Check before recording:</strong>
          <ul>
            {chosen.toConfirm.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="row-2">
        <Field label="Date entered" error={errors.date} required>
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </Field>
        <Field label="External reference" hint="The body's own case number">
          <input type="text" autoComplete="off" spellCheck={false} value={externalRef} onChange={(e) => setExternalRef(e.target.value)} />
        </Field>
      </div>
      <Field label="Contact at the body" hint="Name, email or phone of the person handling it">
        <input type="text" autoComplete="off" value={contact} onChange={(e) => setContact(e.target.value)} />
      </Field>
      <Field label="Note">
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <ErrorAlert error={hostError} />
    </Dialog>
  );
}
