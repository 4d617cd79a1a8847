// Reading rule values with the organisation's overrides applied, and describing them for a Settings screen.
import { normaliseCalendarCode } from './calendar';
import { isCivilDate } from './civil-date';
import { DeadlineInputError } from './errors';
import { type Confidence, type RuleEntry, type RuleValue, RULES, findRule } from './rules-data';

/** Organisation overrides: rule id → value (same type as the table's value). */
export type RuleOverrides = Readonly<Record<string, RuleValue>>;

export interface RuleDescription extends RuleEntry {
  /** The value in force for this organisation. */
  effective: RuleValue;
  overridden: boolean;
  /** "90 calendar days", "1 month", "Day 1 is the day after receipt …" */
  shown: string;
  shownDefault: string;
}

const HOLIDAY_TYPES = ['public', 'bank', 'optional', 'school', 'observance'];

export function showRuleValue(entry: RuleEntry, value: RuleValue): string {
  switch (entry.unit) {
    case 'calendar-days': return `${value} ${value === 1 ? 'day' : 'days'}`;
    case 'business-days': return `${value} business ${value === 1 ? 'day' : 'days'}`;
    case 'months': return `${value} ${value === 1 ? 'month' : 'months'}`;
    case 'flag': return value ? 'on' : 'off';
    case 'calendar': return value === '' ? 'Saturdays and Sundays only' : String(value);
    case 'reading': return `${value}: ${entry.options?.[String(value)] ?? ''}`.trim();
    default: return String(value);
  }
}

function problem(entry: RuleEntry, value: RuleValue): string | null {
  switch (entry.unit) {
    case 'calendar-days': case 'business-days': case 'months':
      return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 3650 ? null : 'a whole number of at least 1';
    case 'flag': return typeof value === 'boolean' ? null : 'true or false';
    case 'reading': return typeof value === 'string' && entry.options && value in entry.options ? null : `one of ${Object.keys(entry.options ?? {}).join(', ')}`;
    case 'date': return isCivilDate(value) ? null : 'a date written YYYY-MM-DD';
    case 'holiday-types': {
      const parts = String(value).split(',').map((s) => s.trim());
      return typeof value === 'string' && parts.length > 0 && parts.every((p) => HOLIDAY_TYPES.includes(p)) ? null : `a comma-separated list of ${HOLIDAY_TYPES.join(', ')}`;
    }
    case 'calendar':
      if (typeof value !== 'string') return 'a holiday calendar code such as GB-ENG, or empty';
      if (value !== '') normaliseCalendarCode(value); // throws its own sentence for an unknown code
      return null;
  }
}

/** Throws a plain sentence for an unknown rule id or a value of the wrong kind. */
export function validateOverrides(overrides: RuleOverrides | undefined): void {
  for (const [id, value] of Object.entries(overrides ?? {})) {
    const entry = findRule(id);
    if (!entry) throw new DeadlineInputError(`There is no deadline rule called "${id}".`);
    const wrong = problem(entry, value);
    if (wrong) throw new DeadlineInputError(`The override for ${id} must be ${wrong}; got ${JSON.stringify(value)}.`);
  }
}

/** Turns text from a command line or a form into the value type the rule expects ("60" → 60, "true" → true). */
export function parseOverrideValue(id: string, text: string): RuleValue {
  const entry = findRule(id);
  if (!entry) throw new DeadlineInputError(`There is no deadline rule called "${id}".`);
  if (entry.unit === 'flag') {
    if (/^(true|yes|on)$/i.test(text)) return true;
    if (/^(false|no|off)$/i.test(text)) return false;
  }
  if (['calendar-days', 'business-days', 'months'].includes(entry.unit) && /^\d+$/.test(text)) return Number(text);
  return text;
}

export function describeRules(overrides: RuleOverrides = {}): RuleDescription[] {
  validateOverrides(overrides);
  return RULES.map((entry) => {
    const overridden = Object.prototype.hasOwnProperty.call(overrides, entry.id);
    const effective = overridden ? overrides[entry.id] : entry.value;
    return { ...entry, effective, overridden, shown: showRuleValue(entry, effective), shownDefault: showRuleValue(entry, entry.value) };
  });
}

/** Reads rule values for one calculation, noting overrides in the trace and remembering which rules were used. */
export class RuleReader {
  readonly used = new Set<string>();
  constructor(private readonly overrides: RuleOverrides = {}) {}

  private read(id: string, trace: string[] | null): { entry: RuleEntry; value: RuleValue } {
    const entry = findRule(id);
    if (!entry) throw new Error(`deadline rule ${id} is missing from the rules table`);
    this.used.add(id);
    if (Object.prototype.hasOwnProperty.call(this.overrides, id)) {
      const value = this.overrides[id];
      if (trace && value !== entry.value) {
        const brief = (v: RuleValue) => (entry.unit === 'reading' ? String(v) : showRuleValue(entry, v));
        const meaning = entry.unit === 'reading' ? `; ${value} = ${entry.options?.[String(value)]?.replace(/\.$/, '')}` : '';
        trace.push(`Overridden by organisation: ${brief(value)} instead of ${brief(entry.value)} (rule ${id}${meaning}).`);
      }
      return { entry, value };
    }
    return { entry, value: entry.value };
  }

  num(id: string, trace: string[] | null): number { return this.read(id, trace).value as number; }
  str(id: string, trace: string[] | null): string { return String(this.read(id, trace).value); }
  flag(id: string, trace: string[] | null): boolean { return this.read(id, trace).value === true; }
  confidence(id: string): Confidence { return (findRule(id) as RuleEntry).confidence; }
}

/** The weakest confidence among the rules a deadline used. */
export function weakest(ids: Iterable<string>): Confidence {
  let worst: Confidence = 'P';
  for (const id of ids) {
    const c = findRule(id)?.confidence ?? 'P';
    if (c === '?') return '?';
    if (c === 'S') worst = 'S';
  }
  return worst;
}
