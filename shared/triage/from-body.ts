// Is this mail from a regulator or recourse body? Decided by the sender's domain or display name,
// or by a letterhead/signature naming the body together with how regulators write. A requester
// who merely mentions the ICO is not the ICO.
import type { Jurisdiction } from '../domain/ids';
import { findPhrase, fold } from './match';
import { headBlock, signatureBlock } from './text';
import { BODIES, type Body } from './vocab/bodies';

export interface BodyMatch { body: Body; reason: string }

function domainLabels(email: string | null | undefined): string[] {
  const domain = email?.split('@')[1]?.toLowerCase() ?? '';
  const labels = domain.split('.').filter(Boolean);
  return labels.slice(0, -1); // never the top-level domain
}

export function detectBody(from: { name: string; email: string } | null, headers: Record<string, string>, fresh: string, regulatorPhraseScore: number): BodyMatch | null {
  const senders = [from?.email, headers['sender'], headers['reply-to']].map((s) => s?.match(/[^\s<>"]+@[^\s<>"]+/)?.[0]);
  for (const body of BODIES) {
    for (const s of senders) {
      const labels = domainLabels(s);
      const label = labels.find((l) => body.domains.includes(l));
      if (label) return { body, reason: `sender domain "${s!.split('@')[1]}"` };
    }
  }
  const display = fold(from?.name ?? '');
  for (const body of BODIES) {
    for (const n of body.names) {
      if (findPhrase(display, n)) return { body, reason: `sender name "${from!.name}"` };
    }
  }
  if (regulatorPhraseScore >= 3) {
    const frame = fold(`${headBlock(fresh)}\n${signatureBlock(fresh)}`);
    for (const body of BODIES) {
      for (const n of body.names) {
        const hit = findPhrase(frame, n);
        if (hit) return { body, reason: `letterhead/signature "${hit.quote}" with regulator wording` };
      }
    }
  }
  return null;
}

export function bodyJurisdiction(m: BodyMatch | null): Jurisdiction | undefined {
  return m?.body.jurisdiction;
}
