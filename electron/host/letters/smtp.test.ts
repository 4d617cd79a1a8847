import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { renderLetterOrThrow } from '../../../shared/letters';
import { sampleContext } from '../../../shared/letters/test-fixtures';
import { buildReplyEml } from './eml';
import { sha256Hex } from './hash';
import { renderPdf } from './pdf';
import { messageIdOf, sendEml } from './smtp';
import { startTestSmtpServer, type TestSmtpServer } from './test-smtp-server';

let server: TestSmtpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function erasureReply() {
  const letter = renderLetterOrThrow('erasure-partly-refused', 'fr', sampleContext());
  return buildReplyEml({
    letter,
    from: 'bschieman@imaps.org',
    to: 'zofia.lukasiewicz@example.org',
    inReplyTo: '<request-0042@mail.example.org>',
    pdf: await renderPdf(letter),
  });
}

describe('sending a letter over SMTP to a server on 127.0.0.1', () => {
  it('the server receives exactly the bytes that were hashed', async () => {
    server = await startTestSmtpServer();
    const built = await erasureReply();
    const sent = await sendEml({ host: server.host, port: server.port, secure: false }, built.raw,
      { from: 'bschieman@imaps.org', to: ['zofia.lukasiewicz@example.org'] });

    expect(server.received).toHaveLength(1);
    const got = server.received[0];
    expect(got.raw.equals(built.raw)).toBe(true);
    expect(sha256Hex(got.raw)).toBe(sent.sha256);
    expect(sent.sha256).toBe(built.sha256);
    expect(got.from).toBe('bschieman@imaps.org');
    expect(got.to).toEqual(['zofia.lukasiewicz@example.org']);
    expect(sent.accepted).toEqual(['zofia.lukasiewicz@example.org']);
    expect(sent.response).toMatch(/^250 /);
    expect(sent.messageId).toBe(built.messageId);
  });

  it('what arrived still parses as the French reply with its PDF', async () => {
    server = await startTestSmtpServer();
    const built = await erasureReply();
    await sendEml({ host: server.host, port: server.port, secure: false }, built.raw,
      { from: 'bschieman@imaps.org', to: ['zofia.lukasiewicz@example.org'] });
    const mail = await simpleParser(server.received[0].raw);
    expect(mail.inReplyTo).toBe('<request-0042@mail.example.org>');
    expect(mail.subject).toBe('[DPO-2026-0042] Votre demande DPO-2026-0042 : effacement, certaines données conservées');
    expect(mail.text).toContain('art. 17, par. 3, point b) du RGPD');
    expect(mail.attachments[0].filename).toBe('DPO-2026-0042-erasure-partly-refused.pdf');
  });

  it('a copy to the DPO’s own archive address goes in the same session', async () => {
    server = await startTestSmtpServer();
    const built = await erasureReply();
    const sent = await sendEml({ host: server.host, port: server.port, secure: false }, built.raw,
      { from: 'bschieman@imaps.org', to: ['zofia.lukasiewicz@example.org', 'dpo-archive@imaps.org'] });
    expect(server.received[0].to).toEqual(['zofia.lukasiewicz@example.org', 'dpo-archive@imaps.org']);
    expect(sent.accepted).toHaveLength(2);
  });

  it('logs in when the server asks for it', async () => {
    server = await startTestSmtpServer({ user: 'dpo', pass: 'correct horse battery staple' });
    const built = await erasureReply();
    await sendEml({ host: server.host, port: server.port, secure: false, auth: { user: 'dpo', pass: 'correct horse battery staple' } },
      built.raw, { from: 'bschieman@imaps.org', to: ['zofia.lukasiewicz@example.org'] });
    expect(server.received[0].user).toBe('dpo');
  });

  it('a wrong password is refused and nothing is delivered', async () => {
    server = await startTestSmtpServer({ user: 'dpo', pass: 'correct horse battery staple' });
    const built = await erasureReply();
    await expect(sendEml({ host: server.host, port: server.port, secure: false, auth: { user: 'dpo', pass: 'wrong' } },
      built.raw, { from: 'bschieman@imaps.org', to: ['zofia.lukasiewicz@example.org'] })).rejects.toThrow(/Invalid login|Invalid username/);
    expect(server.received).toHaveLength(0);
  });

  it('a message without a recipient is not sent', async () => {
    server = await startTestSmtpServer();
    const built = await erasureReply();
    await expect(sendEml({ host: server.host, port: server.port, secure: false }, built.raw, { from: 'bschieman@imaps.org', to: [] }))
      .rejects.toThrow('The message has no recipient.');
    expect(server.received).toHaveLength(0);
  });

  it('settings with an impossible port are rejected before connecting', async () => {
    await expect(sendEml({ host: '127.0.0.1', port: 70000, secure: false }, Buffer.from('x'), { from: 'a@b.c', to: ['d@e.f'] }))
      .rejects.toThrow();
  });
});

describe('reading the Message-ID back from raw bytes', () => {
  it('finds a folded header', () => {
    expect(messageIdOf(Buffer.from('From: a@b.c\r\nMessage-ID:\r\n <x.1@imaps.org>\r\nSubject: s\r\n\r\nbody'))).toBe('<x.1@imaps.org>');
  });
});
