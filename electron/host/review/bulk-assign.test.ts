import { describe, expect, it } from 'vitest';
import { ALICE, unlockedHost } from '../../../test/helpers/temp-workspace';
import { openCase } from './test-cases';

const BOB = { name: 'Bob Nowak', email: 'bob.nowak@example.org' };

describe('assigning several cases to an organisation at once', () => {
  it('three requests assigned to IMAPS get its 30-day reply promise; a closed one is skipped; the audit chain holds', async () => {
    const host = await unlockedHost();
    // Opened before any organisation exists, so none is assigned yet.
    const a = await openCase(host, '2026-03-02', ALICE); // GDPR: one month, 2 April; IMAPS promises 30 days, 1 April
    const b = await openCase(host, '2026-03-09', BOB, { requestTypes: ['erasure'] });
    const c = await openCase(host, '2026-03-10', ALICE, { requestTypes: ['rectification'] });
    const closed = await openCase(host, '2026-03-03', BOB);
    await host.api['cases.close']({ ref: closed.ref, outcome: 'withdrawn', on: '2026-03-05' });
    await host.api['organisations.addPreset']({ presetId: 'imaps' });
    expect(a.dueAt).toBe('2026-04-02');

    const result = await host.api['cases.bulkAssign']({ refs: [a.ref, b.ref.toLowerCase(), c.ref, closed.ref], organisationId: 'imaps' });
    expect(result.changed).toEqual([a.ref, b.ref, c.ref]);
    expect(result.skipped).toEqual([{ ref: closed.ref, reason: 'closed' }]);

    const promises = [];
    for (const ref of result.changed) {
      const detail = await host.api['cases.get']({ ref });
      expect(detail.organisationId).toBe('imaps');
      const promise = detail.deadlines.find((d) => d.kind === 'promise')!;
      expect(promise.basis).toMatch(/IMAPS/);
      promises.push(promise.due);
      expect(detail.history.at(-1)!.summary).toBe('Organisation: none → IMAPS');
    }
    expect(promises).toEqual(['2026-04-01', '2026-04-08', '2026-04-09']);
    expect((await host.api['cases.get']({ ref: a.ref })).dueAt).toBe('2026-04-01');
    expect((await host.api['cases.get']({ ref: closed.ref })).organisationId).toBeNull();
    expect((await host.api['audit.verify']({})).ok).toBe(true);
  });

  it('refuses an organisation the workspace does not have, and changes nothing', async () => {
    const host = await unlockedHost();
    const a = await openCase(host, '2026-03-02', ALICE);
    await expect(host.api['cases.bulkAssign']({ refs: [a.ref], organisationId: 'acme' })).rejects.toMatchObject({ code: 'not-found' });
    expect((await host.api['cases.get']({ ref: a.ref })).organisationId).toBeNull();
  });

  it('names unknown cases and cases already with the organisation, and assigns the rest', async () => {
    const host = await unlockedHost();
    await host.api['organisations.addPreset']({ presetId: 'imaps' });
    await host.api['organisations.addPreset']({ presetId: 'imt' });
    const { ref: withImaps } = await host.api['cases.create']({ requestTypes: ['access'], regimes: ['gdpr'], receivedLocal: '2026-03-02', timeZone: 'Europe/Paris', organisationId: 'imaps', requester: ALICE });
    const { ref: withImt } = await host.api['cases.create']({ requestTypes: ['access'], regimes: ['gdpr'], receivedLocal: '2026-03-02', timeZone: 'Europe/Paris', organisationId: 'imt', requester: BOB });
    const result = await host.api['cases.bulkAssign']({ refs: [withImaps, withImt, 'DPO-2026-9999'], organisationId: 'imaps' });
    expect(result.changed).toEqual([withImt]);
    expect(result.skipped).toEqual([{ ref: withImaps, reason: 'already with IMAPS' }, { ref: 'DPO-2026-9999', reason: 'no such case' }]);
    expect((await host.api['cases.get']({ ref: withImt })).history.at(-1)!.summary).toMatch(/^Organisation: .+ → IMAPS$/);
  });
});
