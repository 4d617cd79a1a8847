import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disposeDovecot, startDovecot, type DovecotServer } from '../../../../test/servers/dovecot';
import { listFolders, syncMailbox, type ImapSettings, type SyncedMessage, type SyncState } from './index';
import { privacyEmail } from './test-messages';

const PASSWORD = 'correct horse battery staple';
const USERS = ['privacy@example.com', 'dpo@example.com', 'complaints@example.com', 'requests@example.com'];
const EMPTY: SyncState = { folders: {} };

let server: DovecotServer;

beforeAll(async () => {
  server = await startDovecot({ users: USERS.map((user) => ({ user, password: PASSWORD })) });
});
afterAll(async () => {
  if (server) await disposeDovecot(server);
});

function settingsFor(user: string, folders: string[] = ['INBOX']): ImapSettings {
  return { host: server.host, port: server.port, secure: false, allowInsecureLoopback: true, user, password: PASSWORD, folders };
}

function collector(): { messages: SyncedMessage[]; onMessage: (m: SyncedMessage) => Promise<void> } {
  const messages: SyncedMessage[] = [];
  return { messages, onMessage: async (m) => { messages.push(m); } };
}

describe('the plain test mail server', () => {
  it('listens on its one port on 127.0.0.1 and nowhere else', async () => {
    expect(await server.listeningAddresses()).toEqual([`127.0.0.1:${server.port}`]);
  });
});

describe('syncing the privacy mailbox', () => {
  it('fetches three new requests byte for byte, then nothing, then only the two that arrived since', async () => {
    const user = 'privacy@example.com';
    const first = [privacyEmail('Access request under Article 15'), privacyEmail('Please erase my account'),
      privacyEmail('Objection to direct marketing')];
    for (const m of first) await server.append(user, 'INBOX', m.raw);

    const run1 = collector();
    const progress: number[] = [];
    const r1 = await syncMailbox(settingsFor(user), EMPTY, run1.onMessage, { onProgress: (p) => progress.push(p.done) });
    expect(r1.fetched).toBe(3);
    expect(run1.messages.map((m) => m.raw)).toEqual(first.map((m) => m.raw));
    expect(run1.messages.every((m) => m.folder === 'INBOX' && !Number.isNaN(Date.parse(m.internalDate)))).toBe(true);
    expect(progress).toEqual([0, 1, 2, 3]);
    expect(r1.state.folders.INBOX.lastUid).toBe(run1.messages[2].uid);
    expect(r1.uidValidityReset).toEqual([]);

    const run2 = collector();
    const r2 = await syncMailbox(settingsFor(user), r1.state, run2.onMessage);
    expect(r2.fetched).toBe(0);
    expect(run2.messages).toEqual([]);
    expect(r2.state).toEqual(r1.state);

    const later = [privacyEmail('Rectification of my address'), privacyEmail('Complaint about CCTV')];
    for (const m of later) await server.append(user, 'INBOX', m.raw);
    const run3 = collector();
    const r3 = await syncMailbox(settingsFor(user), r2.state, run3.onMessage);
    expect(r3.fetched).toBe(2);
    expect(run3.messages.map((m) => m.raw)).toEqual(later.map((m) => m.raw));
    expect(r3.state.folders.INBOX.lastUid).toBeGreaterThan(r1.state.folders.INBOX.lastUid);
  });

  it('lists the folders with their message counts, and syncs two folders in one run', async () => {
    const user = 'dpo@example.com';
    await server.append(user, 'INBOX', privacyEmail('Where is my data?').raw);
    await server.append(user, 'Complaints', privacyEmail('Complaint to the supervisory authority').raw);
    await server.append(user, 'Complaints', privacyEmail('Second complaint').raw);

    const folders = await listFolders(settingsFor(user));
    const byPath = Object.fromEntries(folders.map((f) => [f.path, f]));
    expect(byPath.INBOX).toMatchObject({ name: 'INBOX', specialUse: '\\Inbox', messages: 1 });
    expect(byPath.Complaints).toMatchObject({ name: 'Complaints', specialUse: null, messages: 2 });

    const run = collector();
    const result = await syncMailbox(settingsFor(user, ['INBOX', 'Complaints']), EMPTY, run.onMessage);
    expect(result.fetched).toBe(3);
    expect(run.messages.map((m) => m.folder)).toEqual(['INBOX', 'Complaints', 'Complaints']);
    expect(Object.keys(result.state.folders).sort()).toEqual(['Complaints', 'INBOX']);
  });

  it('fetches a folder again in full when the server recreated it with a new UIDVALIDITY', async () => {
    const user = 'complaints@example.com';
    const settings = settingsFor(user, ['Requests']);
    await server.append(user, 'Requests', privacyEmail('Data portability request').raw);
    const before = await syncMailbox(settings, EMPTY, collector().onMessage);
    expect(before.fetched).toBe(1);

    await server.recreateFolder(user, 'Requests');
    const again = [privacyEmail('Data portability request, restored from backup'), privacyEmail('Access request')];
    for (const m of again) await server.append(user, 'Requests', m.raw);

    const run = collector();
    const after = await syncMailbox(settings, before.state, run.onMessage);
    expect(after.uidValidityReset).toEqual(['Requests']);
    expect(after.state.folders.Requests.uidValidity).not.toBe(before.state.folders.Requests.uidValidity);
    expect(run.messages.map((m) => m.raw)).toEqual(again.map((m) => m.raw));
  });

  it('keeps the place of the last imported message when the importer fails, and resumes there', async () => {
    const user = 'requests@example.com';
    const mails = [privacyEmail('Request one'), privacyEmail('Request two'), privacyEmail('Request three')];
    for (const m of mails) await server.append(user, 'INBOX', m.raw);

    const imported: Buffer[] = [];
    const failing = async (m: SyncedMessage): Promise<void> => {
      if (imported.length === 1) throw new Error('disk full');
      imported.push(m.raw);
    };
    const err = await syncMailbox(settingsFor(user), EMPTY, failing).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'import-failed' });
    expect((err as Error).message).toMatch(/folder "INBOX" failed: disk full/);
    const saved = (err as { state: SyncState }).state;
    expect(saved.folders.INBOX.lastUid).toBeGreaterThan(0);

    const run = collector();
    const resumed = await syncMailbox(settingsFor(user), saved, run.onMessage);
    expect(resumed.fetched).toBe(2);
    expect([...imported, ...run.messages.map((m) => m.raw)]).toEqual(mails.map((m) => m.raw));
  });

  it('says LOGOUT when done instead of dropping the connection', async () => {
    const user = 'dpo@example.com';
    const logFile = `${server.dir}/dovecot.log`;
    const sessionEnds = async (): Promise<string[]> =>
      (await readFile(logFile, 'utf8')).split('\n').filter((l) => l.includes(`imap(${user})`) && /Logged out|Disconnected/.test(l));
    const before = (await sessionEnds()).length;
    await syncMailbox(settingsFor(user), EMPTY, collector().onMessage);
    // Dovecot's log process writes asynchronously.
    let ends: string[] = [];
    for (let i = 0; i < 40 && ends.length <= before; i++) {
      ends = await sessionEnds();
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(ends.slice(before)).toHaveLength(1);
    expect(ends[before]).toContain('Logged out');
  });

  it('explains that a folder chosen in the settings no longer exists', async () => {
    const err = await syncMailbox(settingsFor('privacy@example.com', ['Old requests']), EMPTY, collector().onMessage)
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'folder-missing' });
    expect((err as Error).message).toContain('The folder "Old requests" does not exist');
  });
});
