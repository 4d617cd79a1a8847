// computeDeadlines: one regime, one request type → every clock, each with its trace. Pure: no I/O, no "now".
import type { Regime } from '../domain/ids';
import { normaliseCalendarCode, zoneOfCalendar } from './calendar';
import { showDate } from './civil-date';
import { type Ctx, Draft } from './context';
import { DeadlineInputError } from './errors';
import { markGoverning } from './governing';
import { localDateOfReceipt } from './receipt';
import { RuleReader, validateOverrides } from './rule-book';
import { ccpa, shineTheLight } from './regimes/california';
import { chFadp, lgpd, usState } from './regimes/day-counts';
import { gdpr } from './regimes/gdpr';
import { ukGdpr } from './regimes/uk-gdpr';
import { canSpam, coppa, dpf } from './regimes/us-federal';
import { type Deadline, DeadlineInput, type OrganisationPromise, type ParsedDeadlineInput } from './types';

/** Time zone used for the local date of receipt when none is given. */
export const DEFAULT_TIME_ZONE: Record<Regime, string> = {
  gdpr: 'Europe/Brussels', 'uk-gdpr': 'Europe/London', 'ch-fadp': 'Europe/Zurich', ccpa: 'America/Los_Angeles',
  'ca-shine-the-light': 'America/Los_Angeles', 'us-state': 'America/New_York', lgpd: 'America/Sao_Paulo',
  dpf: 'America/New_York', coppa: 'America/New_York', 'can-spam': 'America/New_York',
};

const ENGINES: Record<Regime, (ctx: Ctx) => Deadline[]> = {
  gdpr, 'uk-gdpr': ukGdpr, 'ch-fadp': chFadp, ccpa, 'ca-shine-the-light': shineTheLight, 'us-state': usState,
  lgpd, dpf, coppa, 'can-spam': canSpam,
};

/** Turns a zod failure into one sentence a DPO can act on. */
export function parseInput<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, input: unknown): T {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const where = issue.path.length ? `${issue.path.map(String).join('.')}: ` : '';
  throw new DeadlineInputError(`The deadline input is not valid: ${where}${issue.message}.`);
}

/** The zone given; else the main zone of the organisation's country; else the regime's default. */
export function defaultZone(given: string | undefined, country: string | undefined, regime: Regime): { timeZone: string; note: string } {
  if (given !== undefined) return { timeZone: given, note: '' };
  const fromCountry = country ? zoneOfCalendar(country) : undefined;
  if (fromCountry && country) return { timeZone: fromCountry, note: `, the time zone of ${country}` };
  return { timeZone: DEFAULT_TIME_ZONE[regime], note: `, default for ${regime}` };
}

export function buildContext(input: ParsedDeadlineInput): Ctx {
  validateOverrides(input.overrides);
  const country = input.country === undefined || input.country.trim() === '' ? undefined : normaliseCalendarCode(input.country);
  const { timeZone, note } = defaultZone(input.timeZone, country, input.regime);
  const receipt = localDateOfReceipt(input.receivedAt, timeZone, note);
  return {
    regime: input.regime, requestType: input.requestType, received: receipt.date, receiptLine: receipt.line,
    country, events: input.events, rules: new RuleReader(input.overrides),
  };
}

export function promiseDeadline(ctx: Ctx, promise: OrganisationPromise): Deadline {
  const d = new Draft(ctx, 'promise', `Organisation promise: ${promise.label}`);
  d.note(`The organisation promises a reply within ${promise.days} days (${promise.label}).`);
  const due = d.daysAfter(ctx.received, promise.days, ' (receipt)');
  d.keep(due, null, 'a promise in calendar days is kept as written');
  return d.finish(due);
}

/**
 * Every deadline for one regime and request type. Throws DeadlineInputError (a plain sentence) for input the
 * DPO must correct. A request type the regime has no clock for yields one 'not-applicable' entry (due null).
 */
export function computeDeadlines(input: DeadlineInput): Deadline[] {
  const parsed = parseInput(DeadlineInput, input);
  const ctx = buildContext(parsed);
  const list = ENGINES[parsed.regime](ctx);
  if (parsed.promise) list.push(promiseDeadline(ctx, parsed.promise));
  return markGoverning(list);
}

/** One line for a deadline, e.g. "respond: Mon 2 Mar 2026 (GDPR Art. 12(3); …)". */
export function summariseDeadline(d: Deadline): string {
  const when = d.due === null ? (d.noFixedPeriod ? 'promptly (no fixed date)' : 'no date') : showDate(d.due);
  return `${d.kind}: ${when} (${d.basis})`;
}
