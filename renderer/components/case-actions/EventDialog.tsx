// One clock event (extension, clock stop, fee notice, DPF referral…): the form, then 'cases.addEvent'.
import { useState } from 'react';
import type { CaseDetail } from '../../../shared/contract/cases';
import { call } from '../../host/client';
import { civilDateIn, todayLocal } from '../../lib/format';
import { ErrorAlert, errorMessage } from '../ErrorAlert';
import { Field } from '../Field';
import { Dialog } from './Dialog';
import { buildClockEvent, emptyEventDraft, EVENT_FORMS, type EventDraft, type EventErrors, type EventKind } from './event-forms';
import type { ActionResult } from './result';

interface Props {
  kind: EventKind;
  detail: CaseDetail;
  onDone(result: ActionResult): void;
  onClose(): void;
}

export function EventDialog({ kind, detail, onDone, onClose }: Props) {
  const form = EVENT_FORMS[kind];
  const [draft, setDraft] = useState<EventDraft>(() => emptyEventDraft(kind, todayLocal()));
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [hostError, setHostError] = useState<string | null>(null);
  const set = <K extends keyof EventDraft>(key: K, value: EventDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const built = buildClockEvent(kind, draft, civilDateIn(detail.receivedAt, detail.timeZone));
  // Messages appear after the first attempt and go away as soon as the field is right.
  const errors: EventErrors = tried && 'errors' in built ? built.errors : {};

  async function submit() {
    setTried(true);
    if ('errors' in built) return;
    setBusy(true);
    setHostError(null);
    try {
      const out = await call('cases.addEvent', { ref: detail.ref, event: built.event, ...(built.note ? { note: built.note } : {}) });
      onDone({ title: `${form.title}: recorded`, dueAt: out.dueAt, warnings: out.warnings });
    } catch (e) {
      setHostError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <Dialog title={form.title} lead={form.help} submitLabel="Record" busy={busy} onSubmit={() => void submit()} onClose={onClose}>
      {!form.regimes.some((r) => detail.regimes.includes(r)) && (
        <div className="alert alert-warn">This event is not one this case's regimes usually know. It is recorded all the same; each deadline's trace says whether it was used.</div>
      )}
      {form.dateLabel && (
        <Field label={form.dateLabel} error={errors.date} required className="field-date">
          <input type="date" value={draft.date} onChange={(e) => set('date', e.target.value)} />
        </Field>
      )}
      {form.reasonChoices && (
        <Field label="Reason" error={errors.reason}>
          <select value={draft.reason} onChange={(e) => set('reason', e.target.value)}>
            {Object.entries(form.reasonChoices).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
      )}
      {form.reasonsLabel && (
        <Field label={form.reasonsLabel} error={errors.reasons} required>
          <textarea rows={3} value={draft.reasons} onChange={(e) => set('reasons', e.target.value)} />
        </Field>
      )}
      {form.designated && (
        <fieldset className={`radio-group${errors.designated ? ' invalid' : ''}`}>
          <legend>
            Where did the request arrive? <span className="required" aria-hidden="true">*</span>
          </legend>
          <label className="check">
            <input type="radio" name="designated" checked={draft.designated === 'yes'} onChange={() => set('designated', 'yes')} />
            At the designated address (30 days)
          </label>
          <label className="check">
            <input type="radio" name="designated" checked={draft.designated === 'no'} onChange={() => set('designated', 'no')} />
            Somewhere else (150 days)
          </label>
          {errors.designated && <div className="field-error">{errors.designated}</div>}
        </fieldset>
      )}
      <Field label="Note" hint="Optional; kept in the audit log with the event.">
        <textarea rows={2} value={draft.note} onChange={(e) => set('note', e.target.value)} />
      </Field>
      <ErrorAlert error={hostError} />
    </Dialog>
  );
}
