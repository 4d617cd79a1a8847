// Hostile arguments for host methods: wrong types, huge and NUL-laden strings, prototype-pollution
// keys, deep nesting, absurd numbers, paths that climb out, and near-valid values (real-looking
// dates, refs and ids) so some inputs get past the schema into the handlers.
import fc from 'fast-check';

const HUGE = 'A'.repeat(1_000_000);
const deep = (depth: number, asArray: boolean): unknown => {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
  return v;
};

const pollution = fc.constantFrom(
  JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
  JSON.parse('{"prototype": {"polluted": "yes"}, "toString": "x", "valueOf": 1, "hasOwnProperty": null}'),
);

const nearValid = fc.constantFrom(
  '2026-01-31', '2099-12-31', '1970-01-01', '2026-02-30', '0000-00-00', '2026-01-31T23:30', '2026-01-31T23:30:00Z',
  'DPO-2026-0001', 'dpo-2026-0002', 'DPO-9999-9999', 'imt', 'imaps', 'gdpr', 'erasure', 'access', 'dpa', 'complied',
  'Europe/Berlin', 'Not/AZone', 'alice@example.org', 'not-an-email', 'correct horse battery staple',
  '/etc/passwd', '../../../etc/passwd', '/tmp', '/dev/zero', '/proc/self/environ', '/nonexistent/x.zip', '/nonexistent/x.dpobackup', 'C:\\Windows\\x.pdf',
  '', ' ', '\u0000', 'a\u0000b', '\u202e\u200b', '💥'.repeat(50), '<script>alert(1)</script>', "'; DROP TABLE cases; --", '%s%n%x',
);

const numbers = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1, -1, 2 ** 53, -(2 ** 53), 1e308, 5e-324, 240, 241, 100_000, 100_001),
  fc.double(),
  fc.integer(),
);

const strings = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constant(HUGE),
  fc.string({ maxLength: 20 }).map((s) => `${s}\u0000${s}`),
  nearValid,
);

export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { weight: 4, arbitrary: strings },
    { weight: 2, arbitrary: numbers },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false) },
    { weight: 1, arbitrary: pollution },
    { weight: 1, arbitrary: fc.constantFrom(deep(5_000, true), deep(5_000, false)) },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('__proto__', 'constructor', 'type', 'kind')), tie('value'), { maxKeys: 4 }) },
    { weight: 1, arbitrary: fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withBoxedValues: true, maxDepth: 3 }) },
  ),
})).value;

/**
 * Objects with the method's own field names holding hostile values, or (more often) valid values for
 * the fields we know with one or more turned hostile, so inputs also get past the schema into handlers.
 */
export function hostileInput(keys: string[], valid: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const field = (k: string) => (valid[k] ? fc.oneof({ weight: 3, arbitrary: valid[k] }, { weight: 1, arbitrary: hostileValue }) : hostileValue);
  const keyed = keys.length ? fc.record(Object.fromEntries(keys.map((k) => [k, field(k)])), { requiredKeys: [] }) : fc.constant({});
  const mostlyValid = keys.length ? fc.record(Object.fromEntries(keys.map((k) => [k, field(k)]))) : fc.constant({});
  return fc.oneof({ weight: 3, arbitrary: mostlyValid }, { weight: 2, arbitrary: keyed }, { weight: 1, arbitrary: hostileValue }, { weight: 1, arbitrary: pollution });
}
