// Which organisation a message was sent to: the one whose privacy contact (or DPO) address is
// among To/Cc. With several organisations and no match, the DPO picks on the case.
import type { Db } from '../../store/database';
import { stmt } from '../../store/statements';

export interface OrgContact {
  id: string;
  emails: string[];
  timeZone: string;
  country: string;
  rulesOverrides: Record<string, number | string | boolean>;
}

export function loadOrgContacts(db: Db): OrgContact[] {
  return (stmt(db, 'SELECT profile_json FROM organisations ORDER BY id').all() as { profile_json: string }[]).map((r) => {
    const p = JSON.parse(r.profile_json) as { id: string; timeZone: string; country: string; rulesOverrides?: OrgContact['rulesOverrides']; contact?: { email?: string }; dpo?: { email?: string } };
    const emails = [p.contact?.email, p.dpo?.email].filter((e): e is string => !!e).map((e) => e.toLowerCase());
    return { id: p.id, emails, timeZone: p.timeZone, country: p.country, rulesOverrides: p.rulesOverrides ?? {} };
  });
}

export function matchOrganisation(orgs: readonly OrgContact[], addresses: readonly { email: string }[]): OrgContact | null {
  const to = new Set(addresses.map((a) => a.email.toLowerCase()));
  return orgs.find((o) => o.emails.some((e) => to.has(e))) ?? null;
}
