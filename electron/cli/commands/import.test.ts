// `dpo import` from a terminal: the JSON a script reads, --accept straight into cases, and a
// sentence with exit code 2 when a path is wrong.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliWorkspace as workspace, dpo } from '../../../test/helpers/cli';
import { tempDir } from '../../../test/helpers/temp-workspace';
import { CORPUS, writeEml } from '../../host/mail/import/test-helpers';

describe('dpo import', () => {
  it('prints imported, duplicates, failed and one entry per message with exactly the documented fields', async () => {
    const dir = await workspace();
    const { code, out } = await dpo(dir, 'import', join(CORPUS, 'msg-011.eml'), join(CORPUS, 'msg-116.eml'), '--json');
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(Object.keys(result)).toEqual(['imported', 'duplicates', 'failed', 'messages']);
    expect(result).toMatchObject({ imported: 2, duplicates: 0, failed: 0 });
    expect(Object.keys(result.messages[0])).toEqual(['file', 'messageId', 'requestType', 'jurisdiction', 'language', 'subjectHasPrivacyPolicy', 'threadedTo', 'caseRef', 'explanation']);
    expect(result.messages[0]).toMatchObject({
      file: join(CORPUS, 'msg-011.eml'), messageId: 'CAWjbPnYkYoRURfswc6CEgauafXtBxpcQHgdVaQPr7@mail.gmail.com', requestType: 'objection',
      jurisdiction: 'eu', language: 'fr', subjectHasPrivacyPolicy: false, threadedTo: null, caseRef: null,
    });
    expect(result.messages[0].explanation.length).toBeGreaterThan(1);

    const again = JSON.parse((await dpo(dir, 'import', CORPUS, '--json')).out);
    expect(again.duplicates).toBe(2);
    expect(again.imported).toBe(28);
  });

  it('names messages inside an mbox as path#index and with --accept opens cases for them', async () => {
    const dir = await workspace();
    const mail = tempDir();
    const a = writeEml(mail, 'a.eml', { subject: 'Access request', messageId: 'a@example.org', body: 'I request access to my personal data under Art. 15 GDPR.' });
    const { readFileSync, writeFileSync } = await import('node:fs');
    const mbox = join(mail, 'box.mbox');
    writeFileSync(mbox, `From x@example.org Mon Mar  2 09:00:00 2026\n${readFileSync(a, 'utf8')}\n`);
    const { code, out } = await dpo(dir, 'import', mbox, '--accept', '--json');
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.messages[0]).toMatchObject({ file: `${mbox}#1`, requestType: 'access', caseRef: 'DPO-2026-0001' });
    const shown = JSON.parse((await dpo(dir, 'case', 'show', 'DPO-2026-0001', '--json')).out);
    expect(shown).toMatchObject({ receivedAt: '2026-03-02T08:15:00.000Z', channel: 'email', requestTypes: ['access'] });
  });

  it('exits 2 with a sentence when a path does not exist, importing nothing', async () => {
    const dir = await workspace();
    const { code, err } = await dpo(dir, 'import', '/no/such/mailbox.mbox', '--json');
    expect(code).toBe(2);
    expect(err).toMatch(/Not found: \/no\/such\/mailbox\.mbox/);
  });
});
