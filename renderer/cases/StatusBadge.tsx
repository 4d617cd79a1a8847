import type { CaseStatus } from '../../shared/domain/ids';
import { STATUS_LABELS } from '../lib/labels';

export function StatusBadge({ status }: { status: CaseStatus }) {
  return (
    <span className={`status status-${status}`}>
      <span className="status-dot" aria-hidden="true" />
      {STATUS_LABELS[status]}
    </span>
  );
}
