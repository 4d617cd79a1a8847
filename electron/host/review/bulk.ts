// Changing several cases at once. Each case is changed through the same function as a single
// change (so each gets its own audit event), all in one transaction: either every eligible case
// changes or none does. Closed and unknown cases are skipped and named, not an error for the rest.
import type { CaseStatus } from '../../../shared/domain/ids';
import { HostError } from '../../../shared/contract/define';
import { setCaseStatus } from '../cases/actions';
import type { Db } from '../store/database';
import { stmt } from '../store/statements';

export function bulkSetStatus(db: Db, refs: string[], status: Exclude<CaseStatus, 'closed'>, now: Date) {
  const changed: string[] = [];
  const skipped: Array<{ ref: string; reason: string }> = [];
  db.transaction(() => {
    for (const raw of new Set(refs.map((r) => r.trim().toUpperCase()))) {
      const row = stmt(db, 'SELECT status FROM cases WHERE ref = ?').get(raw) as { status: CaseStatus } | undefined;
      if (!row) skipped.push({ ref: raw, reason: 'no such case' });
      else if (row.status === 'closed') skipped.push({ ref: raw, reason: 'closed' });
      else if (row.status === status) skipped.push({ ref: raw, reason: `already ${status}` });
      else {
        setCaseStatus(db, { ref: raw, status }, now);
        changed.push(raw);
      }
    }
  })();
  if (changed.length === 0 && skipped.length > 0 && skipped.every((s) => s.reason === 'no such case')) {
    throw new HostError('not-found', `None of those cases exist: ${skipped.map((s) => s.ref).slice(0, 5).join(', ')}.`);
  }
  return { changed, skipped };
}
