// Is this mail from a regulator or recourse body? Decided by the sender's domain or display name,
// or by a letterhead/signature naming the body together with how regulators write. A requester
// who merely mentions the ICO is not the ICO.
import type { Jurisdiction } from '../domain/ids';
import { findPhrase, fold, type FoldedText, type Hit } from './match';
import { PhraseIndex } from './phrase-index';
import { headBlock, signatureBlock } from './text';
import { BODIES, type Body } from './vocab/bodies';

export interface BodyMatch { body: Body; reason: string }

function domainLabels(email: string | null | undefined): string[] {
  const domain = email?.split('@')[1]?.toLowerCase() ?? '';
  const labels = domain.split('.').filter(Boolean);
  return labels.slice(0, -1); // never the top-level domain
}

/** Every body's names, body by body, so the first name found is the one a loop over BODIES would find. */
let names: { index: PhraseIndex; body: Body[] } | null = null;

function firstNamed(text: FoldedText): { body: Body; hit: Hit } | null {
  if (!names) {
    const pairs = BODIES.flatMap((body) => body.names.map((n) => [n, body] as const));
    names = { index: new PhraseIndex(pairs.map(([n]) => n)), body: pairs.map(([, b]) => b) };
  }
  for (const i of names.index.candidates(text)) {
    const hit = findPhrase(text, names.index.phrases[i]);
    if (hit) return { body: names.body[i], hit };
  }
  return null;
}

export function detectBody(from: { name: string; email: string } | null, headers: Record<string, string>, fresh: string, regulatorPhraseScore: number): BodyMatch | null {
  const senders = [from?.email, headers['sender'], headers['reply-to']].map((s) => s?.match(/[^\s<>"]+@[^\s<>"]+/)?.[0]);
  const labels = senders.map(domainLabels);
  for (const body of BODIES) {
    for (let k = 0; k < senders.length; k++) {
      if (labels[k].some((l) => body.domains.includes(l))) return { body, reason: `sender domain "${senders[k]!.split('@')[1]}"` };
    }
  }
  const byName = from?.name ? firstNamed(fold(from.name)) : null;
  if (byName) return { body: byName.body, reason: `sender name "${from!.name}"` };
  if (regulatorPhraseScore >= 3) {
    const named = firstNamed(fold(`${headBlock(fresh)}\n${signatureBlock(fresh)}`));
    if (named) return { body: named.body, reason: `letterhead/signature "${named.hit.quote}" with regulator wording` };
  }
  return null;
}

export function bodyJurisdiction(m: BodyMatch | null): Jurisdiction | undefined {
  return m?.body.jurisdiction;
}
