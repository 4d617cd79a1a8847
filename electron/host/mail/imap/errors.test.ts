import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disposeDovecot, startDovecot, type DovecotServer } from '../../../../test/servers/dovecot';
import { describeImapError } from './errors';
import { isLoopbackHost, listFolders, syncMailbox, type ImapSettings, type SyncedMessage } from './index';
import { privacyEmail } from './test-messages';

const USER = 'privacy@example.com';
let server: DovecotServer;

beforeAll(async () => {
  server = await startDovecot({ users: [{ user: USER, password: 'the right one' }] });
});
afterAll(async () => {
  if (server) await disposeDovecot(server);
});

function settings(over: Partial<ImapSettings> = {}): ImapSettings {
  return {
    host: server.host, port: server.port, secure: false, allowInsecureLoopback: true,
    user: USER, password: 'the right one', folders: ['INBOX'], ...over,
  };
}

// A TCP server that accepts connections and never says anything, like a wrong port behind a firewall.
async function silentServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const srv = net.createServer((s) => { sockets.add(s); s.on('error', () => undefined); });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  return {
    port: (srv.address() as net.AddressInfo).port,
    close: () => new Promise<void>((r) => { for (const s of sockets) s.destroy(); srv.close(() => r()); }),
  };
}

async function closedPort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

describe('what the DPO is told when the mailbox cannot be read', () => {
  it('a server that is not running is reported as not reachable, with host and port', async () => {
    const port = await closedPort();
    const err = await syncMailbox(settings({ port }), { folders: {} }, async () => undefined).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'unreachable' });
    expect((err as Error).message).toMatch(new RegExp(`^Could not reach 127\\.0\\.0\\.1:${port}: the server refused the connection`));
  });

  it('a server name that does not exist is reported as not reachable, with the name the DPO typed', async () => {
    // .invalid never resolves (RFC 6761); depending on the resolver this fails as unknown or as a timeout.
    const err = await listFolders(settings({ host: 'imap.example.invalid', port: 993, secure: true, timeouts: { connectMs: 3000 } }))
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'unreachable' });
    expect((err as Error).message).toMatch(/^Could not reach imap\.example\.invalid:993: /);
  });

  it('a port where nothing answers gives up after the greeting timeout', async () => {
    const silent = await silentServer();
    try {
      const started = Date.now();
      const err = await listFolders(settings({ port: silent.port, timeouts: { greetingMs: 500 } })).catch((e: unknown) => e);
      expect(err).toMatchObject({ kind: 'no-greeting' });
      expect((err as Error).message).toContain(`Connected to 127.0.0.1:${silent.port}, but no mail server answered`);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await silent.close();
    }
  });
});

describe('the mailbox is never read over an unencrypted connection to another machine', () => {
  it('refuses plaintext to a remote host even when plaintext to loopback is allowed, before connecting', async () => {
    const err = await listFolders(settings({ host: 'imap.example.com', port: 143 })).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'insecure' });
    expect((err as Error).message).toContain('Refusing an unencrypted connection to imap.example.com:143');
  });

  it('without the loopback exception, a server that offers no STARTTLS is refused before the password is sent', async () => {
    const err = await listFolders(settings({ allowInsecureLoopback: false })).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'insecure' });
    expect((err as Error).message).toContain('does not offer encryption (STARTTLS)');
  });

  it('treats only this computer as loopback', () => {
    expect(['127.0.0.1', '127.8.9.1', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1'].every(isLoopbackHost)).toBe(true);
    expect(['10.0.0.1', 'imap.example.com', '127.0.0.1.example.com', '::ffff:10.0.0.1'].some(isLoopbackHost)).toBe(false);
  });
});

describe('cancelling a sync', () => {
  it('stops right after the message being imported, and keeps that message as done', async () => {
    for (let i = 1; i <= 10; i++) await server.append(USER, 'Cancel', privacyEmail(`Access request ${i}`).raw);
    const controller = new AbortController();
    const seen: SyncedMessage[] = [];
    let abortedAt = 0;
    const err = await syncMailbox(settings({ folders: ['Cancel'] }), { folders: {} }, async (m) => {
      seen.push(m);
      if (seen.length === 2) { controller.abort(); abortedAt = Date.now(); }
    }, { signal: controller.signal, batchSize: 5 }).catch((e: unknown) => e);
    expect(Date.now() - abortedAt).toBeLessThan(1000);
    expect(err).toMatchObject({ kind: 'aborted', fetched: 2 });
    expect((err as { state: { folders: Record<string, { lastUid: number }> } }).state.folders.Cancel.lastUid).toBe(seen[1].uid);
    expect(seen).toHaveLength(2);
  });

  it('stops promptly while waiting on a server that does not answer', async () => {
    const silent = await silentServer();
    try {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 200);
      const started = Date.now();
      const err = await syncMailbox(settings({ port: silent.port }), { folders: {} }, async () => undefined,
        { signal: controller.signal }).catch((e: unknown) => e);
      expect(err).toMatchObject({ kind: 'aborted' });
      expect((err as Error).message).toBe('The mailbox sync was cancelled. Messages received so far are kept.');
      expect(Date.now() - started).toBeLessThan(1500);
    } finally {
      await silent.close();
    }
  });

  it('does not even connect when cancelled before it started', async () => {
    const controller = new AbortController();
    controller.abort();
    const err = await syncMailbox(settings(), { folders: {} }, async () => undefined, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'aborted', fetched: 0 });
  });
});

// Last on purpose: after a failed login Dovecot delays further logins from 127.0.0.1 by seconds.
describe('a wrong password', () => {
  it('names the account whose login was refused', async () => {
    const err = await listFolders(settings({ password: 'a typo' })).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'auth' });
    expect((err as Error).message).toMatch(/^The mail server refused the user name or password for privacy@example\.com\./);
    expect((err as Error).message).not.toContain('a typo');
  });
});

describe('a server that ends the session in the middle of a folder', () => {
  const ctx = { host: '127.0.0.1', port: 993, user: USER, timeouts: { connectMs: 10_000, greetingMs: 10_000, socketMs: 60_000 } };
  const noMailbox = Object.assign(new Error('No mailbox is selected'), { code: 'NoMailboxSelected' });

  it('is reported as a lost connection, not as a server problem, when the mailbox vanished during the sync', () => {
    const err = describeImapError(noMailbox, { ...ctx, folder: 'Requests' });
    expect(err.kind).toBe('connection-lost');
    expect(err.message).toBe('The connection to 127.0.0.1:993 was lost during the sync. Messages received so far are kept; the next sync continues from there.');
  });

  it('is still a server problem outside a folder, where nothing was selected', () => {
    expect(describeImapError(noMailbox, ctx)).toMatchObject({ kind: 'server', message: 'The mail server 127.0.0.1:993 reported a problem: No mailbox is selected' });
  });
});
