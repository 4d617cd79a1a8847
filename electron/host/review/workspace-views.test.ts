import { describe, expect, it } from 'vitest';
import { ALICE, testHost, unlockedHost } from '../../../test/helpers/temp-workspace';
import { openCase } from './test-cases';

const BOB = { name: 'Bob Nowak', email: 'bob.nowak@example.org' };

describe('saved views of the case list', () => {
  it('a DPO saves "overdue erasures", finds it again by name, renames it and deletes it', async () => {
    const host = await unlockedHost();
    const saved = await host.api['views.save']({ name: 'Overdue erasures', query: { overdue: true, requestType: 'erasure', sort: 'due' } });
    expect(await host.api['views.list']({})).toEqual([expect.objectContaining({ id: saved.id, name: 'Overdue erasures', query: expect.objectContaining({ overdue: true, requestType: 'erasure' }) })]);
    await host.api['views.save']({ id: saved.id, name: 'Late erasures', query: { overdue: true, requestType: 'erasure' } });
    expect((await host.api['views.list']({})).map((v) => v.name)).toEqual(['Late erasures']);
    await host.api['views.delete']({ id: saved.id });
    expect(await host.api['views.list']({})).toEqual([]);
  });

  it('two views cannot share a name', async () => {
    const host = await unlockedHost();
    await host.api['views.save']({ name: 'Waiting', query: { status: ['waiting-requester'] } });
    await expect(host.api['views.save']({ name: 'Waiting', query: { status: ['open'] } })).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('changing the status of several cases at once', () => {
  it('changes the open ones, names the closed and unknown ones, and audits each change', async () => {
    const host = await unlockedHost();
    const a = await openCase(host, '2026-03-02', ALICE);
    const b = await openCase(host, '2026-03-03', BOB);
    const c = await openCase(host, '2026-03-04', ALICE);
    await host.api['cases.close']({ ref: c.ref, outcome: 'withdrawn', on: '2026-03-10' });
    const result = await host.api['cases.bulkSetStatus']({ refs: [a.ref, b.ref.toLowerCase(), c.ref, 'DPO-2026-9999'], status: 'waiting-requester' });
    expect(result.changed).toEqual([a.ref, b.ref]);
    expect(result.skipped).toEqual([{ ref: c.ref, reason: 'closed' }, { ref: 'DPO-2026-9999', reason: 'no such case' }]);
    expect((await host.api['cases.get']({ ref: b.ref })).history.at(-1)!.summary).toBe('Status: open → waiting-requester');
    expect((await host.api['audit.verify']({})).ok).toBe(true);
  });
});

describe('the case timeline', () => {
  it('puts receipt, messages in and out, a logged call, a clock stop, a ladder move and the deadlines in time order', async () => {
    const host = testHost(undefined, () => new Date('2026-03-02T10:00:00Z'));
    await host.api['workspace.create']({ passphrase: 'correct horse battery staple', remember: false });
    const { ref } = await openCase(host, '2026-03-02T09:15', ALICE, { subject: 'Access to my data' });
    const db = host.workspace.database();
    const caseId = (db.prepare('SELECT id FROM cases WHERE ref = ?').get(ref) as { id: number }).id;
    const message = Number(db.prepare(`INSERT INTO messages (case_id, direction, sha256, raw, subject, from_name, from_email, received_at, text_body, created_at)
      VALUES (?, 'in', 'm1', x'00', 'Access to my data', 'Alice Kowalczyk', 'alice.kowalczyk@example.org', '2026-03-02T08:15:00.000Z', 'Please send me a copy of my data.', '2026-03-02T08:15:00.000Z')`).run(caseId).lastInsertRowid);
    db.prepare(`INSERT INTO attachments (message_id, case_id, filename, content_type, size, sha256, data, created_at) VALUES (?, ?, 'id-card.pdf', 'application/pdf', 3, 'x', x'010203', '2026-03-02T08:15:00.000Z')`).run(message, caseId);
    db.prepare(`INSERT INTO messages (case_id, direction, sha256, raw, subject, from_email, sent_at, received_at, text_body, created_at)
      VALUES (?, 'out', 'm2', x'00', 'Re: Access to my data', 'privacy@example.com', '2026-03-04T10:00:00.000Z', '2026-03-04T10:00:00.000Z', 'Could you tell us which account?', '2026-03-04T10:00:00.000Z')`).run(caseId);
    await host.api['cases.addNote']({ ref, kind: 'call', body: 'She called to say the account is the old shop one.', at: '2026-03-05T14:00:00.000Z' });
    await host.api['cases.addEvent']({ ref, event: { type: 'clock-stop', from: '2026-03-04', reason: 'clarification' }, note: 'Asked which account' });
    await host.api['cases.addEvent']({ ref, event: { type: 'clock-restart', to: '2026-03-05' } });
    await host.api['cases.escalate']({ ref, stage: 'dpa', enteredAt: '2026-03-20', externalRef: 'CNIL-77' });

    const { items } = await host.api['cases.timeline']({ ref });
    const brief = items.map((i) => `${i.kind}${i.direction ? `:${i.direction}` : ''} ${i.title}`);
    expect(brief.filter((b) => !b.startsWith('deadline'))).toEqual([
      'event Request received (email)',
      'message:in Access to my data',
      'audit Case opened (access; gdpr)',
      'event Clock stopped (clarification)',
      'message:out Re: Access to my data',
      'event Clock restarted',
      'call Call',
      'escalation Moved to dpa',
    ]);
    expect(brief.filter((b) => b.startsWith('deadline'))).toContain('deadline Due: respond (gdpr)');
    expect(items[1].attachments).toEqual([{ id: expect.any(Number), filename: 'id-card.pdf', size: 3, contentType: 'application/pdf' }]);
    expect(items.find((i) => i.title === 'Clock stopped (clarification)')!.detail).toBe('Asked which account');
    expect(items.find((i) => i.kind === 'deadline')!.trace!.length).toBeGreaterThan(0);
    expect(items.map((i) => i.at)).toEqual([...items.map((i) => i.at)].sort());
  });
});

describe('the deadline calendar', () => {
  it('lists the deadlines of open cases that fall in the month, earliest first', async () => {
    const host = await unlockedHost();
    const a = await openCase(host, '2026-05-05', ALICE);
    const b = await openCase(host, '2026-05-12', BOB);
    const closed = await openCase(host, '2026-05-06', BOB);
    await openCase(host, '2026-07-01', ALICE);
    await host.api['cases.close']({ ref: closed.ref, outcome: 'complied', on: '2026-05-20' });
    const { items, truncated } = await host.api['calendar.deadlines']({ from: '2026-06-01', to: '2026-06-30' });
    expect(truncated).toBe(false);
    expect(items.filter((d) => d.governing).map((d) => [d.date, d.ref])).toEqual([[a.dueAt, a.ref], [b.dueAt, b.ref]]);
    expect(items.every((d) => d.ref !== closed.ref)).toBe(true);
    expect(items[0]).toMatchObject({ requesterName: ALICE.name, status: 'open' });
  });
});

describe('filtering the case list', () => {
  it('by request type, regime, ladder stage and a range of due dates', async () => {
    const host = await unlockedHost();
    const access = await openCase(host, '2026-05-05', ALICE); // due 5 June
    const erasure = await openCase(host, '2026-05-12', BOB, { requestTypes: ['erasure'] }); // due 12 June
    const uk = await openCase(host, '2026-05-19', ALICE, { regimes: ['uk-gdpr'] });
    await host.api['cases.escalate']({ ref: erasure.ref, stage: 'dpa', enteredAt: '2026-05-30' });
    const refs = async (q: Parameters<typeof host.api['cases.list']>[0]) => (await host.api['cases.list'](q)).items.map((c) => c.ref);
    expect(await refs({ requestType: 'erasure' })).toEqual([erasure.ref]);
    expect(await refs({ regime: 'uk-gdpr' })).toEqual([uk.ref]);
    expect(await refs({ stage: 'dpa' })).toEqual([erasure.ref]);
    expect(await refs({ dueFrom: '2026-06-01', dueTo: '2026-06-12' })).toEqual([access.ref, erasure.ref]);
    expect(await refs({ dueFrom: '2026-06-06' })).toEqual([erasure.ref, uk.ref]);
  });
});
