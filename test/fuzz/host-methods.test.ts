// Every host method, called with generated hostile arguments on an unlocked workspace with real cases:
// the answer is a result or a validation-type error (never 'internal'), a rejected call changes no
// row, the audit chain still verifies, and nothing pollutes Object.prototype.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, methodNames } from '../../shared/contract';
import { seedCase } from '../../electron/host/trust/test-fixtures';
import { tempDir, unlockedHost } from '../helpers/temp-workspace';
import type { Host } from '../../electron/host/host';
import { hostileInput } from './hostile-values';

const PASS = 'correct horse battery staple';
const RUNS = 30;

function rowCounts(host: Host): Record<string, number> {
  const db = host.workspace.database();
  const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as Array<{ name: string }>).map((t) => t.name);
  return Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]));
}

function fieldNames(schema: z.ZodType): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

async function workspace(): Promise<{ host: Host; valid: Record<string, fc.Arbitrary<unknown>> }> {
  const host = await unlockedHost(PASS);
  await host.api['organisations.addPreset']({ presetId: 'imt' });
  const closed = await seedCase(host, { name: 'Anna Łukasiewicz', email: 'anna@example.pl', subject: 'Erasure', received: '2024-01-10', closedOn: '2024-01-31', organisationId: 'imt' });
  const open = await seedCase(host, { name: 'Bob Dvořák', email: 'bob@example.cz', subject: 'Access', received: '2026-01-31' });
  const profile = await host.api['organisations.get']({ id: 'imt' });
  const dir = tempDir();
  const file = (ext: string) => fc.integer({ min: 0, max: 1e9 }).map((n) => join(dir, `f${n}${ext}`));
  const date = fc.constantFrom('2026-02-10', '2026-03-01', '2099-12-31', '2025-07-01', '2026-02-30');
  // Valid values for the field names the contract uses, so the handlers behind the schemas are reached.
  // The passphrase fields only ever hold the same passphrase, so a valid change leaves it as it was.
  const valid: Record<string, fc.Arbitrary<unknown>> = {
    ref: fc.constantFrom(closed.ref, open.ref, open.ref.toLowerCase(), 'DPO-2026-9999'),
    refs: fc.subarray([closed.ref, open.ref]),
    passphrase: fc.constantFrom(PASS, 'wrong passphrase'),
    current: fc.constantFrom(PASS, 'wrong passphrase'),
    next: fc.constant(PASS),
    remember: fc.boolean(),
    recoveryCode: fc.constantFrom('ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345', 'x'),
    minutes: fc.integer({ min: 0, max: 300 }),
    asOf: date, on: date, enteredAt: date, receivedLocal: date,
    out: file('.zip'), path: fc.oneof(file('.dpobackup'), file('.zip')), certificatePath: file('.pdf'),
    body: fc.constantFrom('Called the requester back.', '   '),
    kind: fc.constantFrom('note', 'call'),
    at: fc.constantFrom('2026-02-01T10:00:00Z', 'yesterday'),
    status: fc.constantFrom('open', 'waiting-requester', 'closed'),
    outcome: fc.constantFrom('complied', 'refused'),
    stage: fc.constantFrom('organisation', 'recourse-body', 'dpa', 'court'),
    event: fc.constantFrom({ type: 'extension', date: '2026-02-10', reasons: 'complex' }, { type: 'clock-stop', date: '2026-02-05', reason: 'identity' }, { type: 'clock-restart', date: '2026-02-07' }, { type: 'fee-notice', date: '2026-02-02' }),
    requester: fc.constantFrom({ name: 'Carla Rossi', email: 'carla@example.it' }, { name: '', email: 'x' }),
    requestTypes: fc.constantFrom(['erasure'], ['access', 'portability'], []),
    regimes: fc.constantFrom(['gdpr'], ['ccpa'], ['uk-gdpr', 'gdpr']),
    timeZone: fc.constantFrom('Europe/Berlin', 'Mars/Olympus'),
    id: fc.constantFrom('imt', 'nope', 1, 2),
    ids: fc.constantFrom([1], [1, 2], [], [-1]),
    caseRef: fc.constantFrom(open.ref, closed.ref, 'DPO-2026-9999'),
    presetId: fc.constantFrom('imt', 'imaps', 'nope'),
    profile: fc.constantFrom(profile, { ...profile, id: 'copy', ladderId: 'nope' }, { ...profile, retention: { closedCaseMonths: 0 } }),
  };
  return { host, valid };
}

describe('every host method under hostile input', () => {
  it('covers the whole contract', () => {
    expect(methodNames.length).toBeGreaterThan(20);
    expect(methodNames).toEqual(Object.keys(contract));
  });

  it('a request whose list is an object with a prototype-less "length" is refused as invalid input, not a crash (once found here)', async () => {
    const { host } = await workspace();
    const envelope = await host.invoke('mail.importFiles', { paths: { constructor: 100000, length: Object.create(null), kind: 'x' }, accept: 'yes' });
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(envelope.error.code).toBe('invalid-input');
  });

  // No method is excluded. Methods that may legitimately change state when a random input happens to
  // be valid (workspace.lock, settings.setIdleLock, cases.create, backup.create {}, retention.purge with
  // a real date) are kept: a lock is undone by unlocking again, and the row-count check applies only to
  // rejected calls.
  for (const name of methodNames) {
    it(`${name}: only validation errors, no crash, no partial write`, async () => {
      const { host, valid } = await workspace();
      const seen = new Map<string, number>();
      await fc.assert(
        fc.asyncProperty(hostileInput(fieldNames(contract[name].input), valid), async (input) => {
          const before = rowCounts(host);
          const envelope = await host.invoke(name, input);
          if (!host.workspace.isUnlocked()) await host.api['workspace.unlock']({ passphrase: PASS });
          const outcome = envelope.ok ? 'ok' : envelope.error.code;
          seen.set(outcome, (seen.get(outcome) ?? 0) + 1);
          if (!envelope.ok) {
            expect(envelope.error.code, `${name} → ${envelope.error.message}`).not.toBe('internal');
            expect(typeof envelope.error.message).toBe('string');
            expect(rowCounts(host), `${name} rejected the call but changed rows`).toEqual(before);
          }
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
      if (process.env.FUZZ_REPORT) console.log(name, JSON.stringify(Object.fromEntries(seen)));
      expect([...seen.values()].reduce((a, b) => a + b, 0)).toBe(RUNS);
      expect(await host.api['audit.verify']({})).toMatchObject({ ok: true });
    });
  }
});
