// Sending a letter over SMTP to a real server on 127.0.0.1: the server receives exactly the bytes the
// correspondence log and the audit event hash; the mail server password never comes back out.
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { unlockedHost } from '../../../test/helpers/temp-workspace';
import { sha256Hex } from './hash';
import { startTestSmtpServer, type TestSmtpServer } from './test-smtp-server';

let server: TestSmtpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function imtComplaint() {
  const host = await unlockedHost();
  await host.api['organisations.addPreset']({ presetId: 'imt' });
  const { ref } = await host.api['cases.create']({
    requestTypes: ['access'], regimes: ['gdpr'], receivedLocal: '2026-02-02T09:00', timeZone: 'Europe/Paris',
    requester: { name: 'Jean Dupont', email: 'jean.dupont@example.fr' }, organisationId: 'imt', language: 'fr',
  });
  return { host, ref };
}

describe('sending a letter by e-mail', () => {
  it('the SMTP server receives the same bytes that were hashed, filed and audited, and the letter is then locked', async () => {
    server = await startTestSmtpServer({ user: 'dpo', pass: 's3cret-smtp' });
    const { host, ref } = await imtComplaint();
    const saved = await host.api['smtp.settings.save']({ host: server.host, port: server.port, secure: false, requireTLS: false, user: 'dpo', password: 's3cret-smtp' });
    expect(saved).toMatchObject({ configured: true, user: 'dpo', hasPassword: true });
    expect(JSON.stringify(await host.api['smtp.settings.get']({}))).not.toContain('s3cret-smtp');

    const { letterId } = await host.api['letters.saveDraft']({ ref, templateId: 'acknowledgement' });
    const sent = await host.api['letters.send']({ letterId });
    expect(sent.recipient).toBe('jean.dupont@example.fr');

    expect(server.received).toHaveLength(1);
    const got = server.received[0];
    expect(got).toMatchObject({ from: 'privacy@imtmems.com', to: ['jean.dupont@example.fr'], user: 'dpo' });
    expect(sha256Hex(got.raw)).toBe(sent.sha256);

    const db = host.workspace.database();
    const filed = db.prepare('SELECT channel, format, sha256, bytes, recipient, message_id FROM correspondence WHERE id = ?').get(sent.correspondenceId) as { channel: string; format: string; sha256: string; bytes: Buffer; recipient: string; message_id: string };
    expect(filed).toMatchObject({ channel: 'smtp', format: 'eml', sha256: sent.sha256, recipient: 'jean.dupont@example.fr' });
    expect(filed.bytes.equals(got.raw)).toBe(true);
    const audit = db.prepare(`SELECT data_json FROM audit_events WHERE action = 'letter.sent'`).get() as { data_json: string };
    expect(JSON.parse(audit.data_json)).toMatchObject({ sha256: sent.sha256, recipient: 'jean.dupont@example.fr', letterId });

    const mail = await simpleParser(got.raw);
    expect(mail.subject).toContain(`[${ref}]`);
    expect(mail.messageId).toBe(filed.message_id);
    expect(mail.text).toContain('Jean Dupont');

    const letter = await host.api['letters.get']({ letterId });
    expect(letter).toMatchObject({ status: 'sent', locked: true });
    await expect(host.api['letters.saveDraft']({ ref, templateId: 'acknowledgement', letterId, body: 'Autre texte.' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(host.api['letters.send']({ letterId })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('without a mail server set up, nothing is sent or filed and the DPO is told where to set one up', async () => {
    const { host, ref } = await imtComplaint();
    const { letterId } = await host.api['letters.saveDraft']({ ref, templateId: 'acknowledgement' });
    await expect(host.api['letters.send']({ letterId })).rejects.toMatchObject({ code: 'unavailable', message: expect.stringContaining('Outgoing mail') });
    expect(host.workspace.database().prepare('SELECT count(*) AS n FROM correspondence').get()).toEqual({ n: 0 });
  });

  it('a refused login files nothing as sent and leaves the letter unsent', async () => {
    server = await startTestSmtpServer({ user: 'dpo', pass: 'right' });
    const { host, ref } = await imtComplaint();
    await host.api['smtp.settings.save']({ host: server.host, port: server.port, secure: false, requireTLS: false, user: 'dpo', password: 'wrong' });
    const { letterId } = await host.api['letters.saveDraft']({ ref, templateId: 'acknowledgement' });
    await expect(host.api['letters.send']({ letterId })).rejects.toMatchObject({ code: 'unavailable', message: expect.stringContaining('was not sent') });
    expect(server.received).toHaveLength(0);
    expect(host.workspace.database().prepare(`SELECT count(*) AS n FROM correspondence WHERE channel = 'smtp'`).get()).toEqual({ n: 0 });
    expect((await host.api['letters.get']({ letterId })).status).not.toBe('sent');
  });
});
