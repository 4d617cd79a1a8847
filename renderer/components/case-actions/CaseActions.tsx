// The case page's actions bar and the dialog it opens. The events that move a clock of the case's own
// regimes come first; the rest sit under "More events" so a DPO can still record them.
import { useRef } from 'react';
import type { CaseDetail } from '../../../shared/contract/cases';
import type { EscalationStage, Regime } from '../../../shared/domain/ids';
import { CloseDialog } from './CloseDialog';
import { EventDialog } from './EventDialog';
import { EVENT_FORMS, eventsFor, type EventForm, type EventKind } from './event-forms';
import { MoveDialog } from './MoveDialog';
import { NoteDialog } from './NoteDialog';
import type { ActionResult } from './result';

export type CaseDialog =
  | { type: 'event'; kind: EventKind }
  | { type: 'move'; stage?: EscalationStage }
  | { type: 'note'; kind: 'note' | 'call' }
  | { type: 'close' };

// Named for screen readers; on screen the dividers are enough and the bar stays on one line.
const GROUP_LABELS: Record<EventForm['group'], string> = { clock: 'Clock events', decision: 'Decisions', us: 'US state events', dpf: 'DPF events' };

export function CaseActionsBar({ detail, onOpen }: { detail: CaseDetail; onOpen(dialog: CaseDialog): void }) {
  const more = useRef<HTMLDetailsElement>(null);
  const closed = detail.status === 'closed';
  const { relevant, other } = eventsFor(detail.regimes as Regime[]);
  const groups = (['clock', 'decision', 'us', 'dpf'] as const).map((g) => ({ g, kinds: relevant.filter((k) => EVENT_FORMS[k].group === g) })).filter((x) => x.kinds.length);
  const pick = (dialog: CaseDialog) => {
    if (more.current) more.current.open = false;
    onOpen(dialog);
  };

  return (
    <div className="actions-bar" role="group" aria-label="Case actions">
      {closed ? (
        <span className="muted actions-closed">Closed: clocks and the ladder are frozen. Notes and calls can still be added.</span>
      ) : (
        <>
          {groups.map(({ g, kinds }) => (
            <div key={g} className="action-group" role="group" aria-label={GROUP_LABELS[g]}>
              {kinds.map((k) => (
                <button key={k} type="button" className="small" onClick={() => pick({ type: 'event', kind: k })}>
                  {EVENT_FORMS[k].button}
                </button>
              ))}
            </div>
          ))}
          {other.length > 0 && (
            <details
              className="menu"
              ref={more}
              onKeyDown={(e) => {
                if (e.key === 'Escape' && more.current?.open) {
                  e.preventDefault();
                  more.current.open = false;
                  more.current.querySelector('summary')?.focus();
                }
              }}
            >
              <summary className="small-button">More events ▾</summary>
              <div className="menu-list" role="group" aria-label="Events of other regimes">
                {other.map((k) => (
                  <button key={k} type="button" className="small" onClick={() => pick({ type: 'event', kind: k })}>
                    {EVENT_FORMS[k].button}
                  </button>
                ))}
              </div>
            </details>
          )}
          <div className="action-group" role="group" aria-label="Ladder">
            <button type="button" className="small" onClick={() => pick({ type: 'move' })}>
              Move on ladder
            </button>
          </div>
        </>
      )}
      <div className="action-group" role="group" aria-label="Notes">
        <button type="button" className="small" onClick={() => pick({ type: 'note', kind: 'note' })}>
          Add note
        </button>
        <button type="button" className="small" onClick={() => pick({ type: 'note', kind: 'call' })}>
          Log call
        </button>
      </div>
      {!closed && (
        <button type="button" className="small close-case" onClick={() => pick({ type: 'close' })}>
          Close case…
        </button>
      )}
    </div>
  );
}

export function CaseDialogHost({ dialog, detail, onDone, onClose }: { dialog: CaseDialog | null; detail: CaseDetail; onDone(result: ActionResult): void; onClose(): void }) {
  if (!dialog) return null;
  switch (dialog.type) {
    case 'event':
      return <EventDialog key={dialog.kind} kind={dialog.kind} detail={detail} onDone={onDone} onClose={onClose} />;
    case 'move':
      return <MoveDialog detail={detail} stage={dialog.stage} onDone={onDone} onClose={onClose} />;
    case 'note':
      return <NoteDialog caseRef={detail.ref} kind={dialog.kind} onDone={onDone} onClose={onClose} />;
    case 'close':
      return <CloseDialog caseRef={detail.ref} onDone={onDone} onClose={onClose} />;
  }
}
