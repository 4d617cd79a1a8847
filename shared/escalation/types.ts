// The escalation-ladder model: where a complaint can go after the organisation, in what order, to whom,
// and on which clocks. Ladders are data; the functions that read them live in moves.ts and next-steps.ts.
import { z } from 'zod';
import { EscalationStage, Regime } from '../domain/ids';

export const LADDER_IDS = ['dpf', 'gdpr-society', 'uk', 'ccpa', 'us-state', 'ch'] as const;
export const LadderId = z.enum(LADDER_IDS);
export type LadderId = z.infer<typeof LadderId>;

/** Languages the requester-facing sentences are written in; anything else falls back to English. */
export const NEXT_STEP_LANGUAGES = ['en', 'de', 'fr'] as const;
export type NextStepLanguage = (typeof NEXT_STEP_LANGUAGES)[number];

/** Text for the requester, English always present. Placeholders: {body}, {url}, {email}, {postal}, {org}, {orgEmail}. */
export const LocalizedText = z.object({ en: z.string().min(1), de: z.string().min(1).optional(), fr: z.string().min(1).optional() });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Whoever the requester (or the organisation) deals with at a stage. */
export const Body = z.object({
  name: z.string().min(1),
  url: z.url().optional(),
  email: z.email().optional(),
  postal: z.string().min(1).optional(),
  phone: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
});
export type Body = z.infer<typeof Body>;

/** How sure the legal reference is of a figure: confirmed from a primary text, a secondary one, or not at all. */
export const Confidence = z.enum(['confirmed', 'secondary', 'unconfirmed']);
export type Confidence = z.infer<typeof Confidence>;

/**
 * A clock that runs at a stage. The arithmetic is the deadline engine's: `ruleId` names its rule (an id of
 * shared/deadlines RULES), `guide.*` marks guidance the engine does not compute (the requester's own windows),
 * `promise.*` an organisation's policy promise. The rest says in words what starts it and who owes what.
 */
export const TimeLimit = z.object({
  ruleId: z.string().min(1),
  label: z.string().min(1),
  amount: z.number().int().positive(),
  unit: z.enum(['days', 'business-days', 'months']),
  startsAt: z.string().min(1),
  owedBy: z.enum(['organisation', 'body', 'requester']),
  confidence: Confidence,
  appliesWhen: z.string().min(1).optional(),
  source: z.string().min(1),
});
export type TimeLimit = z.infer<typeof TimeLimit>;

/**
 * What should have happened before a stage is entered. `after-stages` is checked against the recorded
 * history; `confirm` names a fact the history cannot show (a written notice, a denied appeal) and is
 * reported as something to confirm; `any-time` documents that the route is always open.
 */
export const Precondition = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('any-time'), id: z.string().min(1), text: z.string().min(1) }),
  z.object({ kind: z.literal('after-stages'), id: z.string().min(1), text: z.string().min(1), stages: z.array(EscalationStage).min(1) }),
  z.object({ kind: z.literal('confirm'), id: z.string().min(1), text: z.string().min(1), ruleId: z.string().min(1).optional() }),
]);
export type Precondition = z.infer<typeof Precondition>;

export const LadderStage = z.object({
  stage: EscalationStage,
  label: z.string().min(1),
  body: Body,
  timeLimits: z.array(TimeLimit),
  preconditions: z.array(Precondition),
  description: z.string().min(1),
  /** What the requester is told about this route in a response letter. */
  requesterText: LocalizedText,
  /** Leave out of a letter until the stage's recorded preconditions are met (court review of an award). */
  onlyWhenReady: z.boolean().optional(),
  /** Where the step comes from (legal reference section, statute, the organisation's policy). */
  source: z.string().min(1),
  /** The organisation's own policy wording for this step, when a profile supplied it. */
  policyQuote: z.string().min(1).optional(),
});
export type LadderStage = z.infer<typeof LadderStage>;

export const Ladder = z
  .object({
    id: LadderId,
    name: z.string().min(1),
    regimes: z.array(Regime).min(1),
    description: z.string().min(1),
    stages: z.array(LadderStage).min(1),
    /** Routes that run beside the ladder (Shine the Light, COPPA deletion): said once, not modelled as stages. */
    parallelTracks: z.array(z.string().min(1)),
  })
  .refine((l) => new Set(l.stages.map((s) => s.stage)).size === l.stages.length, { message: 'A ladder lists each stage once.' })
  .refine((l) => l.stages[0].stage === 'organisation', { message: 'Every ladder starts with the organisation.' });
export type Ladder = z.infer<typeof Ladder>;

/** One recorded step of a complaint's path: what happened in the world, as the DPO learned it. */
export const EscalationStep = z.object({
  stage: EscalationStage,
  enteredAt: z.iso.date(),
  externalRef: z.string().min(1).optional(),
  contact: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
});
export type EscalationStep = z.infer<typeof EscalationStep>;

/** A complaint's recorded path, as stored on the case. */
export const EscalationHistory = z.array(EscalationStep);
export type EscalationHistory = z.infer<typeof EscalationHistory>;
