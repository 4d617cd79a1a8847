// Questions the host, the deadline engine and letters ask of a profile.
import type { RequestType } from '../domain/ids';
import type { ContactChannel, ErasureException, OrganisationProfile, PolicyPromise } from './profile';

/** The policy's timing promises that cover a request type. */
export function promisesFor(profile: OrganisationProfile, type: RequestType): PolicyPromise[] {
  return profile.promises.filter((p) => p.requestTypes.includes(type));
}

/** The shortest number of days the policy promises for a request type, if it promises a number at all. */
export function promisedDays(profile: OrganisationProfile, type: RequestType): { days: number; promise: PolicyPromise } | undefined {
  const numbered = promisesFor(profile, type).filter((p): p is PolicyPromise & { days: number } => p.days !== undefined);
  if (!numbered.length) return undefined;
  const promise = numbered.reduce((a, b) => (b.days < a.days ? b : a));
  return { days: promise.days, promise };
}

export function offersRight(profile: OrganisationProfile, type: RequestType): boolean {
  return profile.rights.some((r) => r.requestType === type);
}

export interface SubjectCheck {
  /** Whether the organisation has a subject rule for this address at all. */
  applies: boolean;
  satisfied: boolean;
  /** For the case file when the rule was not met; the message is still a request. */
  note?: string;
}

/** Does a message to `to` with this subject meet the organisation's subject-line rule? It never decides whether it is a request. */
export function checkSubjectRule(profile: OrganisationProfile, to: string, subject: string): SubjectCheck {
  const rule = profile.contact.subjectRule;
  if (!rule || !rule.appliesTo.some((a) => a.toLowerCase() === to.trim().toLowerCase())) return { applies: false, satisfied: true };
  const satisfied = rule.caseSensitive ? subject.includes(rule.mustContain) : subject.toLowerCase().includes(rule.mustContain.toLowerCase());
  if (satisfied) return { applies: true, satisfied };
  return {
    applies: true,
    satisfied,
    note: `The subject line lacks "${rule.mustContain}", which ${profile.name}'s policy asks for ("${rule.source.quote}"). It is handled as a request all the same.`,
  };
}

/** The designated channel an address belongs to, if any (Shine the Light: 30 days there, up to 150 elsewhere). */
export function designatedChannelFor(profile: OrganisationProfile, address: string): ContactChannel | undefined {
  const a = address.trim().toLowerCase();
  return profile.contact.channels.find((c) => c.designated && c.address?.toLowerCase() === a);
}

/** Erasure exceptions that are not GDPR Art. 17(3) grounds: the ones a DPO must justify differently for EU data subjects. */
export function exceptionsOutside17_3(profile: OrganisationProfile): ErasureException[] {
  return profile.erasureExceptions.filter((e) => e.gdprArt17_3 === null);
}

/**
 * The promise in the shape the deadline engine takes (`promise` in DeadlineInput): the shortest numbered
 * promise for the request type, labelled with the policy's own words.
 */
export function promiseForDeadline(profile: OrganisationProfile, type: RequestType): { days: number; label: string } | undefined {
  const found = promisedDays(profile, type);
  if (!found) return undefined;
  const { source } = found.promise;
  return { days: found.days, label: `${profile.name}'s privacy policy (${source.section}): "${source.quote}"` };
}
