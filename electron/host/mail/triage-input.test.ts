// A request forwarded as an attached message is triaged as the request it carries.
import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../shared/triage/classify';
import { parseMessage } from './parse-message';
import { triageInput } from './triage-input';

const original = [
  'From: Anna Nowak <anna.nowak@example.pl>',
  'To: chapter@imaps.example',
  'Subject: Sprostowanie danych w katalogu członków',
  'Date: Tue, 3 Mar 2026 09:12:00 +0100',
  'Message-ID: <orig-1@example.pl>',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: 8bit',
  '',
  'Dzień dobry, na podstawie art. 16 RODO proszę o sprostowanie moich danych w katalogu członków:',
  'mój tytuł to dr inż., a adres to ul. Długa 5, 80-827 Gdańsk. Z poważaniem, Anna Nowak',
].join('\r\n');

const forward = (subject: string) => Buffer.from([
  'From: Chapter Secretary <chapter@imaps.example>',
  'To: privacy@imaps.example',
  `Subject: ${subject}`,
  'Date: Wed, 4 Mar 2026 10:00:00 +0100',
  'Message-ID: <fwd-1@imaps.example>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Hi, see the attached request from one of our members. Thanks!',
  '--b1',
  'Content-Type: message/rfc822',
  'Content-Disposition: attachment; filename="request.eml"',
  '',
  original,
  '--b1--',
  '',
].join('\r\n'));

describe('a forward whose original is attached', () => {
  it('is classified as the attached request, in its language, and the stored text stays the note', async () => {
    const m = await parseMessage(forward('Fwd: Sprostowanie danych w katalogu członków'));
    expect(m.text).not.toMatch(/RODO/);
    const t = classifyMessage(await triageInput(m));
    expect(t.requestType).toBe('rectification');
    expect(t.language).toBe('pl');
    expect(t.jurisdiction).toBe('eu');
    expect(t.requester.email).toBe('anna.nowak@example.pl');
  });

  it('is left alone when the subject does not say forward (an attached mail may be evidence of something else)', async () => {
    const m = await parseMessage(forward('Member directory'));
    expect((await triageInput(m)).text).toBe(m.text);
  });
});
