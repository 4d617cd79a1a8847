import { describe, expect, it } from 'vitest';
import { ALICE, unlockedHost } from '../../../test/helpers/temp-workspace';
import { openCase } from './test-cases';

const BOB = { name: 'Bob Nowak', email: 'bob.nowak@example.org' };
const CLARA = { name: 'Clara Dvořák', email: 'clara@example.cz' };
const DAN = { name: 'Dan Weiß', email: 'dan@example.de' };

describe('the dashboard on Monday 1 June 2026', () => {
  it('counts overdue, due within 7 days, waiting, escalated and new in triage, and each count opens the same cases as its list', async () => {
    const host = await unlockedHost();
    // Received 2 April → due 4 May: overdue on 1 June.
    const late = await openCase(host, '2026-04-02', ALICE);
    // Received 5 May → due 5 June: due within 7 days.
    const soon = await openCase(host, '2026-05-05', BOB);
    // Received 28 May → due 29 June: neither.
    const later = await openCase(host, '2026-05-28', CLARA);
    // Received 1 April, answered and closed: never overdue.
    const closed = await openCase(host, '2026-04-01', DAN);
    expect([late.dueAt, soon.dueAt, later.dueAt]).toEqual(['2026-05-04', '2026-06-05', '2026-06-29']);
    await host.api['cases.close']({ ref: closed.ref, outcome: 'complied', on: '2026-04-20' });
    // Waiting on the requester (clock stopped) and escalated to the DPA.
    await host.api['cases.addEvent']({ ref: later.ref, event: { type: 'clock-stop', from: '2026-05-29', reason: 'clarification' } });
    await host.api['cases.escalate']({ ref: late.ref, stage: 'dpa', enteredAt: '2026-05-20', externalRef: 'CNIL-2026-1234' });
    host.workspace.database().prepare(`INSERT INTO messages (sha256, raw, received_at, created_at) VALUES ('a', x'00', '2026-05-31T08:00:00Z', '2026-05-31T08:00:00Z'), ('b', x'00', '2026-05-31T09:00:00Z', '2026-05-31T09:00:00Z')`).run();

    const counts = await host.api['dashboard.counts']({ asOf: '2026-06-01' });
    expect(counts).toEqual({ asOf: '2026-06-01', overdue: 1, dueWithin7: 1, waitingRequester: 1, escalated: 1, newInTriage: 2 });

    const refs = async (q: Parameters<typeof host.api['cases.list']>[0]) => (await host.api['cases.list']({ asOf: '2026-06-01', ...q })).items.map((c) => c.ref);
    expect(await refs({ overdue: true })).toEqual([late.ref]);
    expect(await refs({ dueWithinDays: 7 })).toEqual([soon.ref]);
    expect(await refs({ status: ['waiting-requester'] })).toEqual([later.ref]);
    expect(await refs({ status: ['escalated'] })).toEqual([late.ref]);
  });

  it('a case due today is due, not overdue; the day after it is overdue', async () => {
    const host = await unlockedHost();
    const c = await openCase(host, '2026-05-05', ALICE);
    expect(c.dueAt).toBe('2026-06-05');
    expect(await host.api['dashboard.counts']({ asOf: '2026-06-05' })).toMatchObject({ overdue: 0, dueWithin7: 1 });
    expect(await host.api['dashboard.counts']({ asOf: '2026-06-06' })).toMatchObject({ overdue: 1, dueWithin7: 0 });
  });

  it('the overdue list and the counts run on the open-cases index, not a scan of every case', async () => {
    const host = await unlockedHost();
    const db = host.workspace.database();
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ asOf: '2026-06-01', soon: '2026-06-08', limit: 50, offset: 0 }) as Array<{ detail: string }>).map((r) => r.detail).join(' | ');
    expect(plan(`SELECT count(*) FROM cases WHERE status != 'closed' AND due_at IS NOT NULL AND due_at < @asOf`)).toMatch(/COVERING INDEX cases_open_due/);
    expect(plan(`SELECT c.* FROM cases c WHERE c.status != 'closed' AND c.due_at IS NOT NULL AND c.due_at < @asOf ORDER BY c.due_at, c.received_at LIMIT @limit OFFSET @offset`)).toMatch(/INDEX cases_open_due/);
    expect(plan(`SELECT c.* FROM cases c WHERE c.status != 'closed' AND c.due_at IS NOT NULL AND c.due_at < @asOf ORDER BY c.due_at, c.received_at LIMIT @limit OFFSET @offset`)).not.toMatch(/TEMP B-TREE/);
  });
});
