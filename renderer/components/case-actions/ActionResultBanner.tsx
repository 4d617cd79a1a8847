// After an action: what was recorded, the case's due date now, and every warning, where the DPO looks.
import { formatCivilDate } from '../../lib/format';
import type { ActionResult } from './result';

export function ActionResultBanner({ result, onDismiss }: { result: ActionResult | null; onDismiss(): void }) {
  if (!result) return null;
  // Several deadlines can carry the same warning (a late extension notice marks both the notice and the reply).
  const warnings = [...new Set(result.warnings)];
  const warned = warnings.length > 0;
  return (
    <div className={`action-result${warned ? ' action-result-warn' : ''}`} role="status" aria-label="Result of the last action">
      <div className="action-result-head">
        <strong>{result.title}.</strong>
        {result.dueAt !== undefined && (
          <span className="action-result-due">
            {result.dueAt ? (
              <>
                Now due <span className="num">{formatCivilDate(result.dueAt)}</span>
              </>
            ) : (
              'No fixed due date now'
            )}
          </span>
        )}
        <button type="button" className="link action-result-x" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
      {warned && (
        <ul className="action-result-list">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {result.toConfirm && result.toConfirm.length > 0 && (
        <div className="action-result-confirm">
          To confirm:
          <ul className="action-result-list">
            {result.toConfirm.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
