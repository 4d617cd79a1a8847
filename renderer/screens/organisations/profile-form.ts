// The profile editor's checks: the shared schema's messages by field, the holiday calendar code checked
// against the calendars the deadline engine knows, and rule overrides typed as text turned into values.
import { normaliseCalendarCode } from '../../../shared/deadlines/calendar';
import { parseOverrideValue, validateOverrides } from '../../../shared/deadlines/rule-book';
import { findRule, type RuleValue } from '../../../shared/deadlines/rules-data';
import { OrganisationProfile } from '../../../shared/organisations/profile';

export type ProfileErrors = Record<string, string>;

/** Paths the editor shows a field for; anything deeper is reported on its nearest listed parent. */
const FIELDS = ['name', 'legalName', 'country', 'timeZone', 'regimes', 'contact.email', 'dpo.name', 'dpo.email', 'retention.closedCaseMonths', 'languages', 'ladderId'];

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1) + (/[.!?]$/.test(s) ? '' : '.');

function fieldOf(path: readonly PropertyKey[]): string {
  const joined = path.map(String).join('.');
  if (/^promises\.\d+\.days$/.test(joined)) return joined;
  return FIELDS.find((f) => joined === f || joined.startsWith(`${f}.`)) ?? joined;
}

const READABLE: Record<string, string> = {
  country: 'Use a holiday calendar code such as GB-ENG, DE or US-CA.',
  languages: 'Use two-letter language codes such as en, de, fr.',
  'contact.email': 'Not an email address.',
  'dpo.email': 'Not an email address.',
  regimes: 'Choose at least one regime.',
};

/** Messages keyed by field ('name', 'contact.email', 'promises.0.days'…); other problems under their own path. */
export function profileErrors(profile: unknown): ProfileErrors {
  const errors: ProfileErrors = {};
  const parsed = OrganisationProfile.safeParse(profile);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path);
      errors[field] ??= READABLE[field] ?? sentence(issue.message);
    }
  }
  const country = (profile as { country?: unknown }).country;
  if (!errors.country && typeof country === 'string') {
    try {
      normaliseCalendarCode(country);
    } catch (e) {
      errors.country = e instanceof Error ? e.message : String(e);
    }
  }
  return errors;
}

/** "a, b c" → ['a', 'b', 'c'], lower case. */
export function parseLanguages(text: string): string[] {
  return text.split(/[\s,;]+/).map((s) => s.trim().toLowerCase()).filter(Boolean);
}

/** Rule id → the text shown in its override box. */
export function overrideTexts(overrides: Readonly<Record<string, RuleValue>>): Record<string, string> {
  return Object.fromEntries(Object.entries(overrides).map(([id, v]) => [id, typeof v === 'boolean' ? (v ? 'on' : 'off') : String(v)]));
}

/**
 * The override boxes as rule values. An empty box means the default; a value equal to the default is
 * dropped, so "overridden" always means a different figure. Each bad box gets its own message.
 */
export function overridesFromTexts(texts: Readonly<Record<string, string>>): { overrides: Record<string, RuleValue>; errors: Record<string, string> } {
  const overrides: Record<string, RuleValue> = {};
  const errors: Record<string, string> = {};
  for (const [id, raw] of Object.entries(texts)) {
    const text = raw.trim();
    const entry = findRule(id);
    if (text === '' || !entry) continue;
    try {
      const value = parseOverrideValue(id, text);
      validateOverrides({ [id]: value });
      if (value !== entry.value) overrides[id] = value;
    } catch (e) {
      errors[id] = e instanceof Error ? e.message.replace(/; got .*$/, '.') : String(e);
    }
  }
  return { overrides, errors };
}
