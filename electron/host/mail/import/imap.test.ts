// The privacy mailbox over IMAP, against a real Dovecot on 127.0.0.1: settings kept encrypted with
// the password never shown again, new mail synced into triage, and a server restart mid-sync that
// neither loses nor doubles a message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disposeDovecot, startDovecot, type DovecotServer } from '../../../../test/servers/dovecot';
import { unlockedHost } from '../../../../test/helpers/temp-workspace';
import { privacyEmail } from '../imap/test-messages';
import { IMAP_STATE_KEY, syncImap } from './imap-job';
import { readSecret } from './secrets';

const USER = 'privacy@example.com';
let server: DovecotServer;

beforeAll(async () => {
  server = await startDovecot({ users: [{ user: USER, password: 'secret' }] });
});
afterAll(async () => {
  if (server) await disposeDovecot(server);
});

async function connected(folders: string[]) {
  const host = await unlockedHost();
  const view = await host.api['mail.imapSettings.save']({ host: server.host, port: server.port, secure: false, allowInsecureLoopback: true, user: USER, password: 'secret', folders });
  return { host, view };
}

describe('the privacy mailbox over IMAP', () => {
  it('keeps the password to itself, lists folders, and syncs only what is new', async () => {
    for (const subject of ['Subject access request', 'Request for erasure of my data']) await server.append(USER, 'Requests', privacyEmail(subject).raw);
    const { host, view } = await connected(['Requests']);
    expect(view).toMatchObject({ configured: true, user: USER, hasPassword: true, folders: ['Requests'] });
    expect(JSON.stringify(await host.api['mail.imapSettings.get']({}))).not.toContain('secret');
    expect((await host.api['mail.imapFolders']({})).map((f) => f.path)).toEqual(expect.arrayContaining(['INBOX', 'Requests']));

    const job = await host.api['mail.imapSync']({});
    const done = await host.context.jobs.wait(job.id);
    expect(done.state).toBe('done');
    expect(done.result).toMatchObject({ imported: 2, duplicates: 0, fetched: 2 });
    const queue = (await host.api['triage.list']({})).items;
    expect(queue.map((i) => i.source).sort()).toEqual([expect.stringMatching(/^imap:Requests\/\d+\/1$/), expect.stringMatching(/^imap:Requests\/\d+\/2$/)]);
    expect(queue.find((i) => i.subject === 'Subject access request')?.requestType).toBe('access');

    await server.append(USER, 'Requests', privacyEmail('Objection to direct marketing').raw);
    const next = await host.context.jobs.wait((await host.api['mail.imapSync']({})).id);
    expect(next.result).toMatchObject({ imported: 1, fetched: 1 });
    expect((await host.api['triage.list']({})).total).toBe(3);
    expect((await host.api['mail.imapSettings.get']({})).lastSyncAt).not.toBeNull();
  });

  it('a server restart in the middle of a sync loses nothing, and the next sync brings each message in once', async () => {
    const mails = Array.from({ length: 8 }, (_, i) => privacyEmail(`Access request no. ${i + 1}`));
    for (const m of mails) await server.append(USER, 'Restart', m.raw);
    const { host } = await connected(['Restart']);
    const db = host.workspace.database();
    // Two messages to a transaction; the server goes down while the third is being imported.
    const err = await syncImap(db, {
      now: () => new Date(), defaultTimeZone: 'Europe/Berlin', batchSize: 2, fetchBatch: 2,
      afterMessage: async (n) => { if (n === 3) await server.stop(); },
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'unavailable' });
    const kept = (await host.api['triage.list']({})).total;
    expect(kept).toBeGreaterThanOrEqual(3);
    expect(kept).toBeLessThan(mails.length);
    expect(readSecret<{ folders: Record<string, { lastUid: number }>; lastError: string }>(db, IMAP_STATE_KEY)).toMatchObject({ folders: { Restart: { lastUid: kept } }, lastError: expect.stringMatching(/lost/) });

    await server.restart();
    const job = await host.api['mail.imapSync']({});
    const done = await host.context.jobs.wait(job.id);
    expect(done.result).toMatchObject({ imported: mails.length - kept, duplicates: 0 });
    const ids = (await host.api['triage.list']({ limit: 100 })).items.map((i) => i.subject).sort();
    expect(ids).toEqual(mails.map((_, i) => `Access request no. ${i + 1}`).sort());
  });
});
