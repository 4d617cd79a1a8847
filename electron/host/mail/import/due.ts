// The date a message in the queue would be due if accepted as suggested, so the queue can be
// sorted by urgency before any case exists. The deadline engine decides; results are remembered
// because a mailbox holds many requests of the same kind received on the same day.
import { computeCaseDeadlines } from '../../../../shared/deadlines';
import type { Regime, RequestType } from '../../../../shared/domain/ids';
import { dueDateOf } from '../../cases/schedule';
import type { OrgContact } from './organisations';

const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)$/i;

export class DueEstimator {
  private cache = new Map<string, string | null>();
  private dayFormats = new Map<string, Intl.DateTimeFormat>();
  constructor(private readonly defaultTimeZone: string) {}

  estimate(requestTypes: readonly RequestType[], regimes: readonly Regime[], receivedAt: string, org: OrgContact | null): string | null {
    const types = requestTypes.filter((t) => t !== 'not-privacy');
    if (!types.length || !regimes.length) return null;
    const timeZone = org?.timeZone ?? this.defaultTimeZone;
    const key = `${types.join(',')}|${regimes.join(',')}|${this.localDay(receivedAt, timeZone)}|${org?.id ?? ''}|${timeZone}`;
    if (this.cache.has(key)) return this.cache.get(key)!;
    let due: string | null = null;
    try {
      due = dueDateOf(computeCaseDeadlines({ regimes: [...regimes], requestTypes: types, receivedAt, timeZone, ...(org ? { country: org.country, overrides: org.rulesOverrides } : {}) }));
    } catch {
      due = null; // the DPO sees the exact date once the case is opened
    }
    this.cache.set(key, due);
    return due;
  }

  /** The engine counts from the local date of receipt, so an instant is remembered by that date; anything else as written. */
  private localDay(receivedAt: string, timeZone: string): string {
    const at = INSTANT.test(receivedAt) ? Date.parse(receivedAt) : Number.NaN;
    if (Number.isNaN(at)) return receivedAt;
    let format = this.dayFormats.get(timeZone);
    if (!format) {
      try {
        format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
      } catch {
        return receivedAt; // not a time zone: the engine says so, once per message
      }
      this.dayFormats.set(timeZone, format);
    }
    return format.format(at);
  }
}
