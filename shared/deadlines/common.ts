// Deadline shapes that several regimes share: "no fixed period", "not applicable", notices and their lateness.
import type { RequestType } from '../domain/ids';
import { type CivilDate, showDate } from './civil-date';
import { type Ctx, Draft, eventsOf } from './context';
import type { Deadline } from './types';

/** Rights requests in the GDPR sense (Arts. 15–22, withdrawal of consent, opt-outs, a child's data). */
export const RIGHTS_TYPES: readonly RequestType[] = [
  'access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'withdraw-consent',
  'sale-share-opt-out', 'child-data-deletion',
];

/** The regime sets no deadline for this request type; shown but never counted as a clock. */
export function notApplicable(ctx: Ctx, why: string): Deadline {
  const d = new Draft(ctx, 'not-applicable', 'No deadline under this regime');
  d.note(why);
  return d.finish(null, { warning: why });
}

/** The law says "promptly" / "without undue delay" and gives no number of days: due stays null, never invented. */
export function promptly(ctx: Ctx, basis: string, words: string): Deadline {
  const d = new Draft(ctx, 'respond', basis);
  d.note(words);
  d.note('No number of days is set, so no date is given: act promptly and record when you did.');
  return d.finish(null, { noFixedPeriod: true, warning: 'No fixed period: act promptly (no date is invented).' });
}

/** Warning when a notice was given after its deadline. */
export function lateNotice(what: string, given: CivilDate | undefined, due: CivilDate | null): string | undefined {
  if (!given || due === null || given <= due) return undefined;
  return `The ${what} was given on ${showDate(given)}, after its deadline of ${showDate(due)}.`;
}

/** The last extension event, if the controller extended. */
export function extensionOf(ctx: Ctx) {
  const list = eventsOf(ctx, 'extension');
  return list.length ? list[list.length - 1] : undefined;
}

export function refusalOf(ctx: Ctx) {
  const list = eventsOf(ctx, 'refusal');
  return list.length ? list[list.length - 1] : undefined;
}

/** A refusal notice is due by `due`; warns when the refusal recorded was later. */
export function refusalNotice(ctx: Ctx, basis: string, due: CivilDate | null, steps: string[]): Deadline | null {
  const refusal = refusalOf(ctx);
  if (!refusal) return null;
  const d = new Draft(ctx, 'refusal-notice', basis);
  for (const s of steps) d.note(s);
  d.note(`Refusal recorded on ${showDate(refusal.date)}.`);
  return d.finish(due, { warning: lateNotice('refusal notice', refusal.date, due) });
}

/** Notes in a trace which recorded events this regime's law does not use. */
export function ignoredEvents(ctx: Ctx, d: Draft, ignored: readonly string[], why: string): void {
  const found = [...new Set(ctx.events.map((e) => e.type).filter((t) => ignored.includes(t)))];
  if (found.length) d.note(`Recorded ${found.join(', ')} not applied: ${why}.`);
}
