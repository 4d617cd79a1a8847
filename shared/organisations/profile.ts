// An organisation the DPO answers for: who it is, where requests go, what its privacy policy promises and
// which escalation ladder its complaints climb. Everything taken from the policy carries a `source` (a short
// verbatim quote and the section it sits in) so the DPO can show where a promise comes from.
import { z } from 'zod';
import { Channel, EscalationStage, Regime, RequestType } from '../domain/ids';
import { LADDERS } from '../escalation/ladders';
import { Body, LadderId } from '../escalation/types';

/** Where in the organisation's own policy something comes from. The quote is verbatim and short. */
export const PolicyRef = z.object({ section: z.string().min(1), quote: z.string().min(1) });
export type PolicyRef = z.infer<typeof PolicyRef>;

export const PostalAddress = z.object({
  lines: z.array(z.string().min(1)).min(1),
  /** ISO 3166-1 alpha-2. */
  country: z.string().regex(/^[A-Z]{2}$/),
});
export type PostalAddress = z.infer<typeof PostalAddress>;

export const ContactChannel = z.object({
  kind: Channel,
  label: z.string().min(1),
  /** E-mail address, URL, postal address or phone number; absent when the policy names a channel without one. */
  address: z.string().min(1).optional(),
  /** Named by the policy as the place for privacy requests (matters for Shine the Light 30 vs 150 days, CCPA §7020(e)). */
  designated: z.boolean(),
  /** What the policy says to send there; absent means any privacy matter. */
  purposes: z.array(RequestType).optional(),
  source: PolicyRef,
});
export type ContactChannel = z.infer<typeof ContactChannel>;

/**
 * A house rule about the subject line. It never decides whether a message is a request: GDPR requests need
 * no magic words and CCPA §7020(e) requires non-designated submissions to be handled or redirected.
 * It is recorded so triage can note it and the DPO can see that the organisation asked for it.
 */
export const SubjectRule = z.object({
  mustContain: z.string().min(1),
  caseSensitive: z.boolean(),
  /** Addresses the rule is stated for. */
  appliesTo: z.array(z.email()).min(1),
  consequence: z.literal('still-a-request'),
  note: z.string().min(1),
  source: PolicyRef,
});
export type SubjectRule = z.infer<typeof SubjectRule>;

/** Something the organisation promised about timing. `days` is absent for "a reasonable time". */
export const PolicyPromise = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  requestTypes: z.array(RequestType).min(1),
  what: z.string().min(1),
  days: z.number().int().positive().optional(),
  source: PolicyRef,
  note: z.string().min(1).optional(),
});
export type PolicyPromise = z.infer<typeof PolicyPromise>;

export const RightOffered = z.object({
  requestType: RequestType,
  /** How the policy limits or words the right, where it does. */
  limits: z.string().min(1).optional(),
  source: PolicyRef,
});
export type RightOffered = z.infer<typeof RightOffered>;

export const GDPR_ART_17_3_LETTERS = ['a', 'b', 'c', 'd', 'e'] as const;

/** A ground the policy gives for keeping data after an erasure request, mapped (or not) to GDPR Art. 17(3). */
export const ErasureException = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  summary: z.string().min(1),
  /** The Art. 17(3) letter the ground falls under, or null when it is not a 17(3) ground. */
  gdprArt17_3: z.enum(GDPR_ART_17_3_LETTERS).nullable(),
  /** Why it maps (or does not), per LEGAL-REFERENCE §2.1. */
  analysis: z.string().min(1),
  source: PolicyRef,
});
export type ErasureException = z.infer<typeof ErasureException>;

export const OPT_OUT_KINDS = ['marketing', 'marketing-transfer', 'onward-transfer', 'sale-share', 'other'] as const;
export const OptOut = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(OPT_OUT_KINDS),
  label: z.string().min(1),
  /** The request type a case for this opt-out carries (marketing objections are `objection`, marked as such). */
  requestType: RequestType,
  how: z.string().min(1),
  /** Deadline rules that govern it, for the deadline engine (e.g. can-spam.stop.business-days). */
  ruleIds: z.array(z.string().min(1)),
  source: PolicyRef,
});
export type OptOut = z.infer<typeof OptOut>;

export const ChildrenRule = z.object({
  minimumAge: z.number().int().positive(),
  directedToChildren: z.boolean(),
  /** Does the policy promise to delete a child's data on notice? */
  deletionPromised: z.boolean(),
  contact: z.string().min(1),
  note: z.string().min(1),
  source: PolicyRef,
});
export type ChildrenRule = z.infer<typeof ChildrenRule>;

/** A body the policy names for a ladder stage; it replaces the ladder's default body for that stage. */
export const RecourseEntry = z.object({ stage: EscalationStage, body: Body, source: PolicyRef, note: z.string().min(1).optional() });
export type RecourseEntry = z.infer<typeof RecourseEntry>;

/** Anything else the policy says that a DPO must honour or be able to explain (fees, Do Not Track, no sale). */
export const Commitment = z.object({ topic: z.string().min(1), text: z.string().min(1), source: PolicyRef });
export type Commitment = z.infer<typeof Commitment>;

/** Holiday calendar code: ISO country, optionally a subdivision as date-holidays names it (US-CA, GB-ENG). */
export const CalendarCode = z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/);

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** Closed cases are kept 36 months by default: beyond CCPA §7101's 24-month record duty and common 3-year limitation periods. */
export const DEFAULT_RETENTION_MONTHS = 36;

export const OrganisationProfile = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'An organisation id is a lower-case slug such as "imt".'),
  name: z.string().min(1),
  legalName: z.string().min(1),
  address: PostalAddress,
  country: CalendarCode,
  timeZone: z.string().refine(isTimeZone, 'Not a time zone name such as Europe/Berlin or America/Los_Angeles.'),
  regimes: z.array(Regime).min(1),
  /** Why each regime applies, where the policy says so. */
  regimeSources: z.partialRecord(Regime, PolicyRef),
  policy: z.object({ title: z.string().min(1), url: z.url().optional(), effectiveDate: z.iso.date().optional(), file: z.string().min(1) }),
  contact: z.object({
    email: z.email(),
    phone: z.string().min(1).optional(),
    postal: PostalAddress.optional(),
    channels: z.array(ContactChannel).min(1),
    subjectRule: SubjectRule.optional(),
  }),
  dpo: z.object({ name: z.string().min(1).optional(), email: z.email().optional(), postal: PostalAddress.optional(), source: PolicyRef.optional() }).optional(),
  promises: z.array(PolicyPromise),
  rights: z.array(RightOffered),
  erasureExceptions: z.array(ErasureException),
  optOuts: z.array(OptOut),
  children: ChildrenRule.optional(),
  recourse: z.array(RecourseEntry),
  commitments: z.array(Commitment),
  ladderId: LadderId,
  /** Deadline-engine rule id → value (shared/deadlines RULES), e.g. { 'gdpr.calendar': 'DE' }. Checked by the engine, not here. */
  rulesOverrides: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])).default({}),
  retention: z.object({ closedCaseMonths: z.number().int().min(1).max(240), note: z.string().min(1).optional() }).default({ closedCaseMonths: DEFAULT_RETENTION_MONTHS }),
  /** ISO 639-1 codes of the languages the organisation writes letters in; the first is the default. */
  languages: z.array(z.string().regex(/^[a-z]{2}$/)).min(1).default(['en']),
}).superRefine((p, ctx) => {
  // A body named for a stage its ladder does not have would never be shown; catch it when the profile is saved.
  const stages = new Set(LADDERS[p.ladderId].stages.map((s) => s.stage));
  p.recourse.forEach((r, i) => {
    if (!stages.has(r.stage)) ctx.addIssue({ code: 'custom', path: ['recourse', i, 'stage'], message: `The ${p.ladderId} ladder has no "${r.stage}" stage.` });
  });
  for (const [key, list] of [['promises', p.promises], ['erasureExceptions', p.erasureExceptions], ['optOuts', p.optOuts]] as const) {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `"${item.id}" is used twice.` });
      seen.add(item.id);
    });
  }
  for (const r of Object.keys(p.regimeSources)) {
    if (!p.regimes.includes(r as (typeof p.regimes)[number])) ctx.addIssue({ code: 'custom', path: ['regimeSources', r], message: `A source is given for "${r}", which is not among the regimes.` });
  }
});
export type OrganisationProfile = z.output<typeof OrganisationProfile>;
export type OrganisationProfileInput = z.input<typeof OrganisationProfile>;
