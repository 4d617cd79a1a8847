// Inputs and outputs of the deadline engine. Dates are local calendar dates (YYYY-MM-DD).
import { z } from 'zod';
import { Regime, RequestType } from '../domain/ids';
import { isCivilDate } from './civil-date';
import type { Confidence, RuleValue } from './rules-data';

const Day = z.string().refine(isCivilDate, 'expected a real calendar date written YYYY-MM-DD');

/** Dated things that move a clock. Each regime uses the ones its law knows and says in the trace which it ignored. */
export const ClockEvent = z.discriminatedUnion('type', [
  /** The controller extends (complexity, number of requests). `date` = when the requester was told. */
  z.object({ type: z.literal('extension'), date: Day.optional(), reasons: z.string().optional(), until: Day.optional() }),
  /** Clarification (or ID) asked: the clock stops from this day. */
  z.object({ type: z.literal('clock-stop'), from: Day, reason: z.string().optional() }),
  /** The answer arrived: the clock restarts; this day still does not count. */
  z.object({ type: z.literal('clock-restart'), to: Day }),
  /** A closed pause, both days included. */
  z.object({ type: z.literal('paused'), from: Day, to: Day, reason: z.string().optional() }),
  /** The clock starts later than receipt (UK: requested ID, proof of authority, or fee received). */
  z.object({ type: z.literal('clock-start-later'), date: Day, reason: z.enum(['id-received', 'fee-paid', 'authority-received']) }),
  /** A fee was notified (Switzerland: a 10-day reflection period follows). */
  z.object({ type: z.literal('fee-notice'), date: Day }),
  /** The controller refused or decided not to act, and told the requester on this date. */
  z.object({ type: z.literal('refusal'), date: Day }),
  /** Whether the request reached the designated address (Shine the Light). */
  z.object({ type: z.literal('designated-channel'), designated: z.boolean() }),
  /** US states: the consumer appealed a refusal; received on this date. */
  z.object({ type: z.literal('appeal'), date: Day }),
  /** DPF: complaint referred to the EU DPA panel / panel advice given / DPA referral to Commerce / Annex I notice. */
  z.object({ type: z.literal('panel-referral'), date: Day }),
  z.object({ type: z.literal('panel-advice'), date: Day }),
  z.object({ type: z.literal('commerce-referral'), date: Day }),
  z.object({ type: z.literal('arbitration-notice'), date: Day }),
]);
export type ClockEvent = z.infer<typeof ClockEvent>;

/** An organisation's own promise, e.g. { days: 30, label: "the society's privacy policy promises a reply within 30 days" }. */
export const OrganisationPromise = z.object({ days: z.number().int().min(1).max(3650), label: z.string().min(1) });
export type OrganisationPromise = z.infer<typeof OrganisationPromise>;

const Overrides = z.record(z.string(), z.union([z.number(), z.string(), z.boolean()]));

export const DeadlineInput = z.object({
  regime: Regime,
  requestType: RequestType,
  /** ISO instant (2026-01-31T23:30:00Z), local date-time (2026-01-31T23:30) or plain date (2026-01-31). */
  receivedAt: z.string().min(1),
  /** IANA zone in which the local date of receipt is taken; defaults per regime. */
  timeZone: z.string().optional(),
  /** date-holidays calendar code: 'GB-ENG', 'DE', 'US-CA'…; defaults per regime. For us-state, also picks the state. */
  country: z.string().optional(),
  events: z.array(ClockEvent).default([]),
  overrides: Overrides.default({}),
  promise: OrganisationPromise.optional(),
});
export type DeadlineInput = z.input<typeof DeadlineInput>;
export type ParsedDeadlineInput = z.output<typeof DeadlineInput>;

export const CaseDeadlineInput = DeadlineInput.omit({ regime: true, requestType: true }).extend({
  regimes: z.array(Regime).min(1),
  requestTypes: z.array(RequestType).min(1),
  /** Holiday calendar per regime; `country` applies to regimes not listed here. */
  countries: z.partialRecord(Regime, z.string()).optional(),
});
export type CaseDeadlineInput = z.input<typeof CaseDeadlineInput>;

export const DEADLINE_KINDS = [
  'acknowledge', 'respond', 'extension-notice', 'respond-extended', 'refusal-notice', 'promise',
  'reflection-ends', 'regulator-progress', 'appeal-decision', 'appeal-decision-extended',
  'panel-advice', 'panel-comply', 'commerce-response', 'arbitration-complete', 'stop-sending', 'not-applicable',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface Deadline {
  kind: DeadlineKind;
  /** Last day, YYYY-MM-DD. null = the law sets no number of days (act promptly) or the clock is stopped: never invented. */
  due: string | null;
  /** Article, rule or promise the date comes from. */
  basis: string;
  /** Each step of the arithmetic, in plain words. */
  trace: string[];
  regime: Regime;
  requestType: RequestType;
  /** The earliest date by which the organisation must answer, across every clock of the case. */
  governing?: boolean;
  warning?: string;
  /** Weakest confidence of the rules used (P primary, S secondary, ? unconfirmed). */
  confidence: Confidence;
  /** Ids of the rules-data entries used (see RULES). */
  rules: string[];
  /** True when the law says "promptly" / "without undue delay" with no fixed period: due is null. */
  noFixedPeriod?: boolean;
}

export type { RuleValue };
