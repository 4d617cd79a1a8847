import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disposeDovecot, startDovecot, type DovecotServer } from '../../../../test/servers/dovecot';
import { ImapSyncError, syncMailbox, type ImapSettings, type SyncState } from './index';
import { DedupSink, privacyEmail } from './test-messages';

const USER = 'privacy@example.com';
let server: DovecotServer;

beforeAll(async () => {
  server = await startDovecot({ users: [{ user: USER, password: 'secret' }] });
});
afterAll(async () => {
  if (server) await disposeDovecot(server);
});

describe('a mail server restart in the middle of a sync', () => {
  it('loses no message and, after resuming, leaves each request imported exactly once', async () => {
    const mails = Array.from({ length: 7 }, (_, i) => privacyEmail(`Subject access request no. ${i + 1}`));
    for (const m of mails) await server.append(USER, 'INBOX', m.raw);
    const settings: ImapSettings = {
      host: server.host, port: server.port, secure: false, allowInsecureLoopback: true,
      user: USER, password: 'secret', folders: ['INBOX'],
    };
    const sink = new DedupSink();
    let state: SyncState = { folders: {} };

    // The server goes down while the first message is being imported.
    const err = await syncMailbox(settings, state, async (msg) => {
      await sink.accept(msg);
      if (sink.offered === 1) await server.stop();
    }, { batchSize: 2 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImapSyncError);
    expect((err as ImapSyncError).kind).toBe('connection-lost');
    expect((err as Error).message).toMatch(/^The connection to 127\.0\.0\.1:\d+ was lost during the sync\./);
    state = (err as ImapSyncError).state!;
    const handledBeforeCrash = sink.offered;
    expect(handledBeforeCrash).toBeGreaterThanOrEqual(1);
    expect(handledBeforeCrash).toBeLessThan(mails.length);
    expect(state.folders.INBOX.lastUid).toBeGreaterThanOrEqual(1);

    await server.restart();
    const resumed = await syncMailbox(settings, state, sink.accept);
    expect(resumed.fetched).toBe(mails.length - handledBeforeCrash);
    // Nothing was offered twice, so the importer's dedup was not even needed here.
    expect(sink.offered).toBe(mails.length);
    expect([...sink.byMessageId.keys()].sort()).toEqual(mails.map((m) => m.messageId).sort());
    expect([...sink.byMessageId.values()].map((m) => m.raw)).toEqual(mails.map((m) => m.raw));
  });

  it('resumed from an older saved state, offers some requests again but the importer keeps one copy each', async () => {
    const mails = Array.from({ length: 4 }, (_, i) => privacyEmail(`Erasure request no. ${i + 1}`));
    for (const m of mails) await server.append(USER, 'Erasure', m.raw);
    const settings: ImapSettings = {
      host: server.host, port: server.port, secure: false, allowInsecureLoopback: true,
      user: USER, password: 'secret', folders: ['Erasure'],
    };
    const sink = new DedupSink();
    const before: SyncState = { folders: {} };
    const err = await syncMailbox(settings, before, async (msg) => {
      await sink.accept(msg);
      if (sink.offered === 2) await server.restart();
    }, { batchSize: 1 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'connection-lost' });
    // The host crashed before saving anything: start again from the state it had saved before.
    await syncMailbox(settings, before, sink.accept);
    expect(sink.offered).toBeGreaterThan(mails.length);
    expect([...sink.byMessageId.keys()].sort()).toEqual(mails.map((m) => m.messageId).sort());
  });
});

describe('a slow importer', () => {
  it('does not let the connection time out while it works on a message', async () => {
    const mails = [privacyEmail('Access request with a large scanned ID card'), privacyEmail('Follow-up')];
    for (const m of mails) await server.append(USER, 'Slow', m.raw);
    const settings: ImapSettings = {
      host: server.host, port: server.port, secure: false, allowInsecureLoopback: true,
      user: USER, password: 'secret', folders: ['Slow'], timeouts: { socketMs: 400 },
    };
    const sink = new DedupSink();
    const result = await syncMailbox(settings, { folders: {} }, async (msg) => {
      await new Promise((r) => setTimeout(r, 1000));
      await sink.accept(msg);
    }, { batchSize: 1 });
    expect(result.fetched).toBe(2);
    expect(sink.byMessageId.size).toBe(2);
  });
});
