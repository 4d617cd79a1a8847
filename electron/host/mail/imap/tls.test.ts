import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disposeDovecot, startDovecot, type DovecotServer } from '../../../../test/servers/dovecot';
import { listFolders, syncMailbox, type ImapSettings } from './index';
import { privacyEmail } from './test-messages';

const USER = 'privacy@example.com';
let server: DovecotServer;

// A server like a company's own: TLS required, certificate from an internal authority.
beforeAll(async () => {
  server = await startDovecot({ users: [{ user: USER, password: 'secret' }], ssl: true });
});
afterAll(async () => {
  if (server) await disposeDovecot(server);
});

function settings(over: Partial<ImapSettings> = {}): ImapSettings {
  return {
    host: server.host, port: server.port, secure: true, user: USER, password: 'secret',
    folders: ['INBOX'], tlsCa: server.tls!.ca, ...over,
  };
}

describe('a mail server with a certificate from the organisation\'s own authority', () => {
  it('syncs over TLS once that authority\'s certificate is added to the settings', async () => {
    const mail = privacyEmail('Access request sent over an encrypted line');
    await server.append(USER, 'INBOX', mail.raw);
    const got: Buffer[] = [];
    const result = await syncMailbox(settings(), { folders: {} }, async (m) => { got.push(m.raw); });
    expect(result.fetched).toBe(1);
    expect(got).toEqual([mail.raw]);
  });

  it('also works on the plain port with STARTTLS when TLS is switched off in the settings', async () => {
    const folders = await listFolders(settings({ secure: false, port: server.starttlsPort! }));
    expect(folders.map((f) => f.path)).toContain('INBOX');
  });

  it('is refused without that certificate, because the server could be an impostor', async () => {
    const err = await listFolders(settings({ tlsCa: undefined })).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'untrusted-certificate' });
    expect((err as Error).message).toContain(`The connection to 127.0.0.1:${server.port} was stopped because its certificate is not signed by an authority this computer trusts`);
  });

  it('is refused on STARTTLS too without that certificate', async () => {
    const err = await listFolders(settings({ tlsCa: undefined, secure: false, port: server.starttlsPort! }))
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'untrusted-certificate' });
  });
});

describe('the test mail server', () => {
  it('listens on 127.0.0.1 only, on its TLS and its STARTTLS port', async () => {
    const addresses = await server.listeningAddresses();
    expect(addresses).toEqual([`127.0.0.1:${server.port}`, `127.0.0.1:${server.starttlsPort}`].sort());
  });
});
