import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALICE, FAST_KDF, tempDir } from '../../../test/helpers/temp-workspace';
import { createHost } from '../host';
import { nodePorts } from '../node-ports';
import type { NotifierPort } from '../ports';
import { openCase } from '../review/test-cases';

const BOB = { name: 'Bob Nowak', email: 'bob.nowak@example.org' };

/** A notifier that keeps what the desktop would have shown. */
function desktop(): NotifierPort & { shown: Array<{ title: string; body: string }> } {
  const shown: Array<{ title: string; body: string }> = [];
  return { shown, notify: (title, body) => void shown.push({ title, body }) };
}

async function hostWith(notifier: NotifierPort) {
  const dir = join(tempDir(), 'workspace');
  const host = createHost({ dir, ports: { ...nodePorts(dir), notifier }, workspace: { scrypt: FAST_KDF } });
  await host.api['workspace.create']({ passphrase: 'correct horse battery staple', remember: false });
  return host;
}

describe('deadline notifications', () => {
  it('three days ahead, a deadline is announced once, however often the app checks that day or the next', async () => {
    const screen = desktop();
    const host = await hostWith(screen);
    const c = await openCase(host, '2026-05-05', ALICE); // due Friday 5 June 2026
    await openCase(host, '2026-05-28', BOB); // due 29 June: not yet
    // Monday 1 June: the weekly digest, nothing due within 3 days yet.
    expect((await host.api['notifications.check']({ asOf: '2026-06-01' })).sent.map((n) => n.title)).toEqual(['DPO Desk: the week of 1 June 2026']);
    const tuesday = await host.api['notifications.check']({ asOf: '2026-06-02' });
    expect(tuesday.sent).toEqual([{ title: `${c.ref} is due in 3 days`, body: 'Access request from Alice Kowalczyk, due Friday 5 June 2026.', ref: c.ref }]);
    expect((await host.api['notifications.check']({ asOf: '2026-06-02' })).sent).toEqual([]);
    expect((await host.api['notifications.check']({ asOf: '2026-06-03' })).sent).toEqual([]);
    expect(screen.shown.map((n) => n.title)).toEqual(['DPO Desk: the week of 1 June 2026', `${c.ref} is due in 3 days`]);
  });

  it('when the date passes without an answer it is announced as overdue, once', async () => {
    const screen = desktop();
    const host = await hostWith(screen);
    const c = await openCase(host, '2026-05-05', ALICE);
    await host.api['notifications.check']({ asOf: '2026-06-01' });
    expect((await host.api['notifications.check']({ asOf: '2026-06-06' })).sent.map((n) => n.title)).toEqual([`${c.ref} is overdue`]);
    expect((await host.api['notifications.check']({ asOf: '2026-06-07' })).sent).toEqual([]);
  });

  it('an extension moves the date, and the new date is announced in its turn; a closed case is not', async () => {
    const host = await hostWith(desktop());
    const c = await openCase(host, '2026-05-05', ALICE);
    const closed = await openCase(host, '2026-05-05', BOB);
    await host.api['cases.close']({ ref: closed.ref, outcome: 'complied', on: '2026-05-20' });
    expect((await host.api['notifications.check']({ asOf: '2026-06-03' })).sent.filter((n) => n.ref).map((n) => n.ref)).toEqual([c.ref]);
    const { dueAt } = await host.api['cases.addEvent']({ ref: c.ref, event: { type: 'extension', date: '2026-06-03', reasons: 'Records in three systems' } });
    expect(dueAt).toBe('2026-08-05');
    expect((await host.api['notifications.check']({ asOf: '2026-08-03' })).sent.filter((n) => n.ref).map((n) => n.title)).toEqual([`${c.ref} is due in 2 days`]);
  });

  it('the number of days ahead is a setting', async () => {
    const host = await hostWith(desktop());
    expect(await host.api['notifications.settings']({})).toEqual({ daysBefore: 3 });
    expect(await host.api['notifications.settings']({ daysBefore: 7 })).toEqual({ daysBefore: 7 });
    const c = await openCase(host, '2026-05-05', ALICE);
    expect((await host.api['notifications.check']({ asOf: '2026-05-29' })).sent.filter((n) => n.ref).map((n) => n.title)).toEqual([`${c.ref} is due in 7 days`]);
  });

  it('many deadlines on one day make one notification that names them', async () => {
    const screen = desktop();
    const host = await hostWith(screen);
    const refs: string[] = [];
    for (let i = 0; i < 7; i++) refs.push((await openCase(host, '2026-05-05', { name: `Requester ${i}`, email: `r${i}@example.org` })).ref);
    await host.api['notifications.check']({ asOf: '2026-06-01' });
    const sent = (await host.api['notifications.check']({ asOf: '2026-06-03' })).sent;
    expect(sent).toEqual([{ title: '7 deadlines in the next 3 days', body: refs.map((r) => `${r} (2026-06-05)`).join(', ') }]);
  });
});

describe('the weekly digest', () => {
  it('says what is overdue and what falls due in the coming week', async () => {
    const host = await hostWith(desktop());
    const late = await openCase(host, '2026-04-02', ALICE);
    const soon = await openCase(host, '2026-05-05', BOB);
    const digest = await host.api['notifications.digest']({ asOf: '2026-06-01' });
    expect(digest.title).toBe('DPO Desk: the week of 1 June 2026');
    expect(digest.text).toBe([
      '1 overdue, 1 due in the next 7 days, 0 waiting on the requester, 0 escalated, 0 new in triage.',
      '',
      'Overdue:',
      `  ${late.ref}  due 2026-05-04  Alice Kowalczyk`,
      '',
      'Due by 2026-06-08:',
      `  ${soon.ref}  due 2026-06-05  Bob Nowak`,
    ].join('\n'));
  });
});
