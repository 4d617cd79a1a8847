// Organisation profiles, stored whole as JSON (validated by the shared schema on the way in and out).
import { HostError } from '../../../shared/contract/define';
import { validateOverrides } from '../../../shared/deadlines';
import { OrganisationProfile } from '../../../shared/organisations/profile';
import { appendAudit } from '../store/audit';
import type { Db } from '../store/database';
import { stmt } from '../store/statements';

export function getOrganisation(db: Db, id: string): OrganisationProfile {
  const row = stmt(db, 'SELECT profile_json FROM organisations WHERE id = ?').get(id) as { profile_json: string } | undefined;
  if (!row) throw new HostError('not-found', `There is no organisation "${id}" in this workspace.`);
  return OrganisationProfile.parse(JSON.parse(row.profile_json));
}

export function findOrganisation(db: Db, id: string | null | undefined): OrganisationProfile | null {
  if (!id) return null;
  const row = stmt(db, 'SELECT profile_json FROM organisations WHERE id = ?').get(id) as { profile_json: string } | undefined;
  return row ? OrganisationProfile.parse(JSON.parse(row.profile_json)) : null;
}

export function listOrganisations(db: Db) {
  const rows = stmt(db, 'SELECT o.profile_json, (SELECT count(*) FROM cases c WHERE c.organisation_id = o.id) AS n FROM organisations o ORDER BY o.name').all() as Array<{ profile_json: string; n: number }>;
  return rows.map((r) => {
    const p = JSON.parse(r.profile_json) as OrganisationProfile;
    return { id: p.id, name: p.name, country: p.country, timeZone: p.timeZone, regimes: p.regimes, ladderId: p.ladderId, caseCount: r.n };
  });
}

/** Insert or replace; the audit event names which top-level fields changed, so a rule override is traceable. */
export function saveOrganisation(db: Db, profile: OrganisationProfile, now: string): void {
  try {
    validateOverrides(profile.rulesOverrides);
  } catch (err) {
    throw new HostError('invalid-input', `${(err as Error).message} Nothing was saved.`);
  }
  db.transaction(() => {
    const before = findOrganisation(db, profile.id);
    const changed = before ? Object.keys(profile).filter((k) => JSON.stringify(before[k as keyof OrganisationProfile]) !== JSON.stringify(profile[k as keyof OrganisationProfile])) : ['created'];
    stmt(db, `INSERT INTO organisations (id, name, profile_json, created_at, updated_at) VALUES (@id, @name, @json, @now, @now)
      ON CONFLICT(id) DO UPDATE SET name = excluded.name, profile_json = excluded.profile_json, updated_at = excluded.updated_at`).run({ id: profile.id, name: profile.name, json: JSON.stringify(profile), now });
    appendAudit(db, {
      action: before ? 'organisation.updated' : 'organisation.created',
      entity: 'organisation',
      entityId: profile.id,
      at: now,
      data: { changed, ...(changed.includes('rulesOverrides') ? { rulesOverrides: profile.rulesOverrides, previousOverrides: before?.rulesOverrides ?? {} } : {}) },
    });
  })();
}
