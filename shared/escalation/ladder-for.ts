// The ladder a profile's complaints climb, with the organisation's own name and address at the first stage,
// the bodies its policy names, and its own complaint-reply promises as extra clocks.
import type { OrganisationProfile } from '../organisations/profile';
import { LADDERS } from './ladders';
import { Ladder, LadderId, type LadderStage, type TimeLimit } from './types';

export function ladderFor(profileOrId: OrganisationProfile | LadderId): Ladder {
  if (typeof profileOrId === 'string') {
    const ladder = LADDERS[LadderId.parse(profileOrId)];
    return structuredClone(ladder);
  }
  const profile = profileOrId;
  const base = LADDERS[profile.ladderId];
  return { ...structuredClone(base), stages: base.stages.map((s) => stageForProfile(profile, s)) };
}

function stageForProfile(profile: OrganisationProfile, stage: LadderStage): LadderStage {
  const s = structuredClone(stage);
  if (s.stage === 'organisation') {
    const postal = profile.contact.postal ?? profile.address;
    // Complaints are the DPO's to answer, so a named DPO's address comes first.
    const email = profile.dpo?.email ?? profile.contact.email;
    s.body = { name: profile.name, email, postal: postal.lines.join(', '), ...(profile.contact.phone ? { phone: profile.contact.phone } : {}) };
    s.timeLimits = [...s.timeLimits, ...complaintPromises(profile)];
  }
  const named = profile.recourse.find((r) => r.stage === s.stage);
  if (named) {
    s.body = { ...named.body, ...(named.note ? { note: named.note } : {}) };
    s.policyQuote = named.source.quote;
  }
  return s;
}

/** The policy's numbered promises that cover complaints, as clocks the organisation owes (the earlier date wins). */
function complaintPromises(profile: OrganisationProfile): TimeLimit[] {
  return profile.promises
    .filter((p) => p.days !== undefined && p.requestTypes.includes('complaint'))
    .map((p) => ({
      ruleId: `promise.${p.id}`,
      label: `${profile.name}'s own promise: ${p.what}`,
      amount: p.days as number,
      unit: 'days' as const,
      startsAt: 'receipt of the complaint',
      owedBy: 'organisation' as const,
      confidence: 'confirmed' as const,
      source: `${profile.name} privacy policy, ${p.source.section}: "${p.source.quote}"`,
    }));
}
