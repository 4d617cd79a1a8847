// A case under several regimes (a UK resident's request to a US DPF company, an EU erasure that is also a
// marketing opt-out): every clock of every regime and request type, the organisation's promise, and the
// earliest answer marked governing.
import { normaliseCalendarCode } from './calendar';
import { buildContext, computeDeadlines, defaultZone, parseInput, promiseDeadline } from './engine';
import { markGoverning } from './governing';
import { type Deadline, CaseDeadlineInput } from './types';

/**
 * `country` applies to every regime not named in `countries` (so give `countries` when the regimes need
 * different holiday calendars, e.g. { 'uk-gdpr': 'GB-ENG', ccpa: 'US-CA' }). Without a time zone, the zone
 * of the first regime's country (else that regime's default) is used for all, so every clock starts from
 * the same local date.
 */
export function computeCaseDeadlines(input: CaseDeadlineInput): Deadline[] {
  const parsed = parseInput(CaseDeadlineInput, input);
  const first = parsed.regimes[0];
  const firstCountry = parsed.countries?.[first] ?? parsed.country;
  const timeZone = defaultZone(parsed.timeZone, firstCountry ? normaliseCalendarCode(firstCountry) : undefined, first).timeZone;
  const out: Deadline[] = [];
  const seen = new Set<string>();
  for (const regime of [...new Set(parsed.regimes)]) {
    const country = parsed.countries?.[regime] ?? parsed.country;
    const mine: Deadline[] = [];
    const notApplicable: Deadline[] = [];
    for (const requestType of [...new Set(parsed.requestTypes)]) {
      const list = computeDeadlines({
        regime, requestType, receivedAt: parsed.receivedAt, timeZone, country, events: parsed.events, overrides: parsed.overrides,
      });
      for (const d of list) {
        if (d.kind === 'not-applicable') { notApplicable.push(d); continue; }
        // Two request types under one regime often share a clock (access + erasure): show it once.
        const key = `${d.regime}|${d.kind}|${d.due}|${d.basis}`;
        if (seen.has(key)) continue;
        seen.add(key);
        mine.push(d);
      }
    }
    out.push(...(mine.length ? mine : notApplicable.slice(0, 1)));
  }
  if (parsed.promise) {
    const ctx = buildContext({ ...parsed, regime: parsed.regimes[0], requestType: parsed.requestTypes[0], timeZone });
    out.push(promiseDeadline(ctx, parsed.promise));
  }
  return markGoverning(out);
}
