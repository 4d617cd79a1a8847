// Assigning several cases to an organisation at once. The organisation's profile (country, rule
// overrides, promises) shapes the deadlines, so each assigned case's deadlines are recomputed from
// its fresh row. One transaction, one audit event per case; closed and unknown cases are skipped.
import { HostError } from '../../../shared/contract/define';
import { CASE_SELECT, type CaseRow } from '../cases/rows';
import { refreshDeadlines } from '../cases/schedule';
import { findOrganisation } from '../organisations/repo';
import { appendAudit } from '../store/audit';
import type { Db } from '../store/database';
import { stmt } from '../store/statements';

export interface BulkResult { changed: string[]; skipped: Array<{ ref: string; reason: string }> }

export function bulkAssign(db: Db, refs: string[], organisationId: string, now: Date): BulkResult {
  const org = findOrganisation(db, organisationId);
  if (!org) throw new HostError('not-found', `There is no organisation "${organisationId}" in this workspace.`);
  const changed: string[] = [];
  const skipped: BulkResult['skipped'] = [];
  const at = now.toISOString();
  db.transaction(() => {
    for (const ref of new Set(refs.map((r) => r.trim().toUpperCase()))) {
      const row = stmt(db, `${CASE_SELECT} WHERE c.ref = ?`).get(ref) as CaseRow | undefined;
      if (!row) skipped.push({ ref, reason: 'no such case' });
      else if (row.status === 'closed') skipped.push({ ref, reason: 'closed' });
      else if (row.organisation_id === org.id) skipped.push({ ref, reason: `already with ${org.name}` });
      else {
        const before = row.organisation_id ? (findOrganisation(db, row.organisation_id)?.name ?? row.organisation_id) : 'none';
        stmt(db, 'UPDATE cases SET organisation_id = ?, updated_at = ? WHERE id = ?').run(org.id, at, row.id);
        const { dueAt } = refreshDeadlines(db, stmt(db, `${CASE_SELECT} WHERE c.id = ?`).get(row.id) as CaseRow);
        appendAudit(db, { action: 'case.assigned', entity: 'case', entityId: ref, at, data: { summary: `Organisation: ${before} → ${org.name}`, organisationId: org.id, dueAt } });
        changed.push(ref);
      }
    }
  })();
  return { changed, skipped };
}
