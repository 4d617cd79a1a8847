// Closing a case with its outcome. A refusal needs its reason: the requester is owed one.
import { useState } from 'react';
import type { CaseOutcome } from '../../../shared/domain/ids';
import { call } from '../../host/client';
import { todayLocal } from '../../lib/format';
import { ErrorAlert, errorMessage } from '../ErrorAlert';
import { Field } from '../Field';
import { Dialog } from './Dialog';
import type { ActionResult } from './result';

export const OUTCOME_LABELS: Record<CaseOutcome, string> = {
  complied: 'Complied in full',
  'partly-complied': 'Partly complied',
  refused: 'Refused',
  withdrawn: 'Withdrawn by the requester',
};

interface Props {
  caseRef: string;
  onDone(result: ActionResult): void;
  onClose(): void;
}

export function CloseDialog({ caseRef, onDone, onClose }: Props) {
  const [outcome, setOutcome] = useState<CaseOutcome | ''>('');
  const [reason, setReason] = useState('');
  const [on, setOn] = useState(todayLocal());
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [hostError, setHostError] = useState<string | null>(null);
  const needsReason = outcome === 'refused' || outcome === 'partly-complied';

  const problems: { outcome?: string; reason?: string } = {};
  if (!outcome) problems.outcome = 'Choose the outcome.';
  if (needsReason && !reason.trim()) problems.reason = 'Give the reason told to the requester.';
  // Messages appear after the first attempt and go away as soon as the field is right.
  const errors = tried ? problems : {};

  async function submit() {
    setTried(true);
    if (Object.keys(problems).length || !outcome) return;
    setBusy(true);
    setHostError(null);
    try {
      await call('cases.close', { ref: caseRef, outcome, ...(reason.trim() ? { reason: reason.trim() } : {}), ...(on ? { on } : {}) });
      onDone({ title: `Case closed: ${OUTCOME_LABELS[outcome].toLowerCase()}`, warnings: [] });
    } catch (e) {
      setHostError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <Dialog title="Close the case" submitLabel="Close case" tone="danger" busy={busy} onSubmit={() => void submit()} onClose={onClose}>
      <fieldset className={`radio-group${errors.outcome ? ' invalid' : ''}`}>
        <legend>
          Outcome <span className="required" aria-hidden="true">*</span>
        </legend>
        {(Object.keys(OUTCOME_LABELS) as CaseOutcome[]).map((o) => (
          <label key={o} className="check">
            <input type="radio" name="outcome" checked={outcome === o} onChange={() => setOutcome(o)} />
            {OUTCOME_LABELS[o]}
          </label>
        ))}
        {errors.outcome && <div className="field-error">{errors.outcome}</div>}
      </fieldset>
      <Field label="Reason" error={errors.reason} required={needsReason} hint={needsReason ? undefined : 'Optional'}>
        <textarea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <Field label="Closed on" className="field-date">
        <input type="date" value={on} onChange={(e) => setOn(e.target.value)} />
      </Field>
      <ErrorAlert error={hostError} />
    </Dialog>
  );
}
