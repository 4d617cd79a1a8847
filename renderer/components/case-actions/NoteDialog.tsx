// A note, or a logged call with when it took place.
import { useState } from 'react';
import { call } from '../../host/client';
import { timeLocal, todayLocal } from '../../lib/format';
import { ErrorAlert, errorMessage } from '../ErrorAlert';
import { Field } from '../Field';
import { Dialog } from './Dialog';
import type { ActionResult } from './result';

interface Props {
  caseRef: string;
  kind: 'note' | 'call';
  onDone(result: ActionResult): void;
  onClose(): void;
}

export function NoteDialog({ caseRef, kind, onDone, onClose }: Props) {
  const [body, setBody] = useState('');
  const [date, setDate] = useState(todayLocal());
  const [time, setTime] = useState(timeLocal());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [hostError, setHostError] = useState<string | null>(null);

  async function submit() {
    if (!body.trim()) return setError(kind === 'call' ? 'Say what was discussed.' : 'Write the note.');
    setError(null);
    let at: string | undefined;
    if (kind === 'call') {
      const when = new Date(`${date}T${time || '00:00'}`);
      if (Number.isNaN(when.getTime())) return setError('Give the date and time of the call.');
      at = when.toISOString();
    }
    setBusy(true);
    setHostError(null);
    try {
      await call('cases.addNote', { ref: caseRef, kind, body: body.trim(), ...(at ? { at } : {}) });
      onDone({ title: kind === 'call' ? 'Call logged' : 'Note added', warnings: [] });
    } catch (e) {
      setHostError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <Dialog title={kind === 'call' ? 'Log a call' : 'Add a note'} submitLabel={kind === 'call' ? 'Log call' : 'Add note'} busy={busy} onSubmit={() => void submit()} onClose={onClose}>
      {kind === 'call' && (
        <div className="row-2">
          <Field label="Call on">
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </Field>
          <Field label="At">
            <input type="time" value={time} onChange={(e) => setTime(e.target.value)} />
          </Field>
        </div>
      )}
      <Field label={kind === 'call' ? 'What was said' : 'Note'} error={error} required>
        <textarea rows={5} value={body} onChange={(e) => { setBody(e.target.value); setError(null); }} />
      </Field>
      <ErrorAlert error={hostError} />
    </Dialog>
  );
}
