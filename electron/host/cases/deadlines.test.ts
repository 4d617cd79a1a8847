import { describe, expect, it } from 'vitest';
import { ALICE, unlockedHost } from '../../../test/helpers/temp-workspace';

describe('deadlines on a case', () => {
  it('an erasure request received on Saturday 31 January 2026 under the GDPR in Germany is due on Monday 2 March', async () => {
    const host = await unlockedHost();
    await host.api['organisations.addPreset']({ presetId: 'imaps' });
    const org = await host.api['organisations.get']({ id: 'imaps' });
    await host.api['organisations.save']({ profile: { ...org, country: 'DE', timeZone: 'Europe/Berlin' } });
    const { ref } = await host.api['cases.create']({ requestTypes: ['erasure'], regimes: ['gdpr'], receivedLocal: '2026-01-31T10:00', organisationId: 'imaps', requester: ALICE });
    const detail = await host.api['cases.get']({ ref });
    expect(detail.dueAt).toBe('2026-03-02');
    const governing = detail.deadlines.find((d) => d.governing)!;
    expect(governing.due).toBe('2026-03-02');
    expect(governing.trace.join(' ')).toMatch(/28 Feb/);
    expect(detail.history.map((h) => h.summary)).toEqual([expect.stringMatching(/Case opened/)]);
  });

  it('an extension recorded in time moves the date by two months and is audited', async () => {
    const host = await unlockedHost();
    const { ref } = await host.api['cases.create']({ requestTypes: ['access'], regimes: ['uk-gdpr'], receivedLocal: '2025-09-03T09:00', timeZone: 'Europe/London', requester: ALICE });
    expect((await host.api['cases.get']({ ref })).dueAt).toBe('2025-10-03');
    const changed = await host.api['cases.addEvent']({ ref, event: { type: 'extension', date: '2025-09-20', reasons: 'Large volume of records across three systems' } });
    expect(changed.dueAt).toBe('2025-12-03');
    const detail = await host.api['cases.get']({ ref });
    expect(detail.events).toEqual([expect.objectContaining({ kind: 'extension', onDate: '2025-09-20' })]);
    expect(detail.history.at(-1)!.summary).toMatch(/Extension: Large volume/);
    expect((await host.api['audit.verify']({})).ok).toBe(true);
  });

  it('asking the requester for clarification stops the clock and marks the case as waiting', async () => {
    const host = await unlockedHost();
    const { ref } = await host.api['cases.create']({ requestTypes: ['access'], regimes: ['uk-gdpr'], receivedLocal: '2026-03-02T09:00', timeZone: 'Europe/London', requester: ALICE });
    await host.api['cases.addEvent']({ ref, event: { type: 'clock-stop', from: '2026-03-05', reason: 'clarification' } });
    expect((await host.api['cases.get']({ ref })).status).toBe('waiting-requester');
    const restarted = await host.api['cases.addEvent']({ ref, event: { type: 'clock-restart', to: '2026-03-19' } });
    expect(restarted.dueAt).toBe('2026-04-17');
    expect((await host.api['cases.get']({ ref })).status).toBe('open');
  });

  it('a DPF complaint moved to arbitration before the DPA route is recorded with a warning', async () => {
    const host = await unlockedHost();
    await host.api['organisations.addPreset']({ presetId: 'imt' });
    const { ref } = await host.api['cases.create']({ requestTypes: ['complaint'], regimes: ['dpf'], receivedLocal: '2026-02-02T09:00', organisationId: 'imt', requester: ALICE });
    expect((await host.api['cases.get']({ ref })).dueAt).toBe('2026-03-19');
    await host.api['cases.escalate']({ ref, stage: 'recourse-body', enteredAt: '2026-03-25', externalRef: 'BBB-DPF-2026-0117' });
    const move = await host.api['cases.escalate']({ ref, stage: 'arbitration', enteredAt: '2026-04-10' });
    expect(move.warnings.join(' ')).toMatch(/DPA|Commerce/i);
    const detail = await host.api['cases.get']({ ref });
    expect(detail.escalationStage).toBe('arbitration');
    expect(detail.status).toBe('escalated');
    expect(detail.escalation.steps.map((s) => s.stage)).toEqual(['recourse-body', 'arbitration']);
  });

  it('a closed case is never overdue and refuses further events', async () => {
    const host = await unlockedHost();
    const { ref } = await host.api['cases.create']({ requestTypes: ['access'], regimes: ['gdpr'], receivedLocal: '2026-01-05', timeZone: 'Europe/Paris', requester: ALICE });
    expect((await host.api['cases.list']({ overdue: true, asOf: '2026-06-01' })).items.map((c) => c.ref)).toEqual([ref]);
    await host.api['cases.close']({ ref, outcome: 'complied', on: '2026-02-01' });
    expect((await host.api['cases.list']({ overdue: true, asOf: '2026-06-01' })).total).toBe(0);
    await expect(host.api['cases.addEvent']({ ref, event: { type: 'refusal', date: '2026-02-02' } })).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('organisation rule overrides', () => {
  it('an override the deadline rules do not accept is refused when the profile is saved', async () => {
    const host = await unlockedHost();
    await host.api['organisations.addPreset']({ presetId: 'imaps' });
    const org = await host.api['organisations.get']({ id: 'imaps' });
    await expect(host.api['organisations.save']({ profile: { ...org, rulesOverrides: { 'no.such.rule': 3 } } })).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/no.such.rule.*Nothing was saved/) });
    expect((await host.api['organisations.get']({ id: 'imaps' })).rulesOverrides).toEqual(org.rulesOverrides);
  });

  it('the note written with an event is kept with it on the case', async () => {
    const host = await unlockedHost();
    const { ref } = await host.api['cases.create']({ requestTypes: ['access'], regimes: ['uk-gdpr'], receivedLocal: '2026-03-02T09:00', timeZone: 'Europe/London', requester: ALICE });
    await host.api['cases.addEvent']({ ref, event: { type: 'clock-stop', from: '2026-03-05', reason: 'clarification' }, note: 'Asked which of the two accounts she means' });
    const [event] = (await host.api['cases.get']({ ref })).events;
    expect(event.data).toMatchObject({ type: 'clock-stop', note: 'Asked which of the two accounts she means' });
    // While the clock is stopped the reply has no date yet; the notice of any extension still does.
    const deadlines = (await host.api['cases.get']({ ref })).deadlines;
    expect(deadlines.find((d) => d.kind === 'respond')?.due).toBeNull();
    expect(deadlines.find((d) => d.kind === 'extension-notice')?.due).toBe('2026-04-02');
  });
});

describe('a workspace for one organisation', () => {
  it('a case opened without naming the organisation belongs to the only one there is, with its promise and calendar', async () => {
    const host = await unlockedHost();
    await host.api['organisations.addPreset']({ presetId: 'imaps' });
    const { ref } = await host.api['cases.create']({ requestTypes: ['erasure'], regimes: ['gdpr'], receivedLocal: '2026-01-31T10:00', requester: ALICE });
    const detail = await host.api['cases.get']({ ref });
    expect(detail.organisationId).toBe('imaps');
    expect(detail.deadlines.some((d) => d.kind === 'promise')).toBe(true);
  });

  it('with two organisations nothing is guessed', async () => {
    const host = await unlockedHost();
    await host.api['organisations.addPreset']({ presetId: 'imaps' });
    await host.api['organisations.addPreset']({ presetId: 'imt' });
    const { ref } = await host.api['cases.create']({ requestTypes: ['erasure'], regimes: ['gdpr'], receivedLocal: '2026-01-31T10:00', requester: ALICE });
    expect((await host.api['cases.get']({ ref })).organisationId).toBeNull();
  });
});
