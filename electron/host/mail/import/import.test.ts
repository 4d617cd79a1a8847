// Importing the privacy mailbox into the encrypted workspace, as a DPO does it: whole folders,
// twice by mistake, replies before their originals, mail that names a case or an outside reference.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeCaseDeadlines } from '../../../../shared/deadlines';
import { tempDir, unlockedHost } from '../../../../test/helpers/temp-workspace';
import { dueDateOf } from '../../cases/schedule';
import { Importer } from './importer';
import { CORPUS, eml, importAndWait, writeEml } from './test-helpers';

describe('importing the labelled mailbox', () => {
  it('keeps every message byte for byte, and a second import of the same folder finds only duplicates', async () => {
    const host = await unlockedHost();
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.eml'));
    const first = await importAndWait(host, [CORPUS]);
    expect(first).toMatchObject({ imported: files.length, duplicates: 0, failed: 0 });
    expect(first.messages.every((m) => m.requestType && m.explanation.length > 0)).toBe(true);

    const queue = await host.api['triage.list']({ status: 'pending', limit: 1000 });
    expect(queue.total).toBe(files.length);
    const one = queue.items.find((i) => i.source.endsWith('msg-011.eml'))!;
    const raw = await host.api['messages.raw']({ id: one.id });
    const onDisk = readFileSync(join(CORPUS, 'msg-011.eml'));
    expect(Buffer.from(raw.base64, 'base64').equals(onDisk)).toBe(true);
    expect(raw.sha256).toBe(createHash('sha256').update(onDisk).digest('hex'));

    const second = await importAndWait(host, [CORPUS]);
    expect(second).toMatchObject({ imported: 0, duplicates: files.length, failed: 0, messages: [] });
    expect((await host.api['triage.list']({ status: 'all' })).total).toBe(files.length);
  });

  it('a message forwarded again under the same Message-ID but with other bytes is a duplicate too', async () => {
    const host = await unlockedHost();
    const dir = tempDir();
    const a = writeEml(dir, 'a.eml', { subject: 'Access request', messageId: 'same-id@example.org', body: 'I request a copy of my personal data under Art. 15 GDPR.' });
    const b = writeEml(dir, 'b.eml', { subject: 'Access request', messageId: 'SAME-ID@example.org', body: 'I request a copy of my personal data under Art. 15 GDPR.\r\n-- sent again' });
    const result = await importAndWait(host, [a, b]);
    expect(result).toMatchObject({ imported: 1, duplicates: 1 });
  });

  it('an IMAP sync and a file import running at once store the message they share once, and neither fails', async () => {
    const host = await unlockedHost();
    const db = host.workspace.database();
    const raw = Buffer.from(eml({ subject: 'Access request', messageId: 'shared-1@example.org', body: 'I request a copy of my personal data under Art. 15 GDPR.' }));
    const opts = { now: () => new Date('2026-03-02T10:00:00Z'), defaultTimeZone: 'Europe/London' };
    const sync = new Importer(db, opts);
    const fileImport = new Importer(db, opts);
    // The sync has read and triaged the message; its batch is not written yet.
    await sync.add({ file: 'imap:INBOX/7', raw });
    // Meanwhile the file import reads the same message and writes it first.
    await fileImport.add({ file: 'saved/access.eml', raw });
    await fileImport.finish();
    await sync.finish();
    expect(fileImport.summary).toMatchObject({ imported: 1, duplicates: 0 });
    expect(sync.summary).toMatchObject({ imported: 0, duplicates: 1 });
    expect(db.prepare("SELECT count(*) AS n FROM messages WHERE message_key = 'shared-1@example.org'").get()).toEqual({ n: 1 });
  });
});

describe('threading into cases', () => {
  it('a reply imported before its original joins the case when the original is accepted', async () => {
    const host = await unlockedHost();
    const dir = tempDir();
    const reply = writeEml(dir, 'reply.eml', {
      subject: 'Re: Erasure request', date: 'Wed, 04 Mar 2026 10:00:00 +0100', messageId: 'reply-1@example.org', inReplyTo: 'orig-1@example.org',
      body: 'Here is the copy of my ID you asked for.\r\n\r\n> Please erase all my personal data under Art. 17 GDPR.',
    });
    const original = writeEml(dir, 'original.eml', { subject: 'Erasure request', messageId: 'orig-1@example.org', body: 'Please erase all my personal data under Art. 17 GDPR.' });

    const first = await importAndWait(host, [reply]);
    expect(first.messages[0]).toMatchObject({ threadedTo: null, caseRef: null });

    const second = await importAndWait(host, [original], true);
    const ref = second.messages[0].caseRef!;
    expect(ref).toMatch(/^DPO-2026-\d{4}$/);
    const inCase = await host.api['triage.list']({ status: 'accepted' });
    expect(inCase.items.map((i) => [i.subject, i.caseRef])).toEqual(expect.arrayContaining([['Erasure request', ref], ['Re: Erasure request', ref]]));
    expect((await host.api['cases.list']({})).total).toBe(1);
    const history = (await host.api['cases.get']({ ref })).history.map((h) => h.summary);
    expect(history.some((s) => s.includes('same thread') && s.includes('Re: Erasure request'))).toBe(true);
  });

  it('in one accepted import, the original opens the case and its reply joins it, whatever the file order', async () => {
    const host = await unlockedHost();
    const dir = tempDir();
    const a = writeEml(dir, 'a-reply.eml', { subject: 'Re: Auskunft', date: 'Fri, 06 Mar 2026 08:00:00 +0100', messageId: 'r2@example.de', inReplyTo: 'o2@example.de', from: 'Jonas Weber <jonas@example.de>', body: 'Gibt es schon eine Antwort?' });
    const b = writeEml(dir, 'b-original.eml', { subject: 'Auskunft nach Art. 15 DSGVO', date: 'Mon, 02 Mar 2026 08:00:00 +0100', messageId: 'o2@example.de', from: 'Jonas Weber <jonas@example.de>', body: 'Ich verlange Auskunft über meine personenbezogenen Daten gemäß Art. 15 DSGVO.' });
    const result = await importAndWait(host, [a, b], true);
    const byFile = Object.fromEntries(result.messages.map((m) => [m.file.split('/').pop(), m]));
    expect(byFile['b-original.eml'].caseRef).toBe(byFile['a-reply.eml'].caseRef);
    expect(byFile['a-reply.eml'].threadedTo).toBe(byFile['b-original.eml'].caseRef);
    const detail = await host.api['cases.get']({ ref: byFile['b-original.eml'].caseRef! });
    expect(detail.receivedAt).toBe('2026-03-02T07:00:00.000Z');
    expect((await host.api['cases.list']({})).total).toBe(1);
  });

  it('a subject naming [DPO-2026-0001] joins that case instead of opening another', async () => {
    const host = await unlockedHost();
    const { ref } = await host.api['cases.create']({ requestTypes: ['access'], regimes: ['gdpr'], receivedLocal: '2026-01-15', timeZone: 'Europe/Berlin', requester: { name: 'Ada Lovelace', email: 'ada@example.org' } });
    expect(ref).toBe('DPO-2026-0001');
    const dir = tempDir();
    const path = writeEml(dir, 'chase.eml', { subject: 'Re: Your request [DPO-2026-0001]', messageId: 'chase@example.org', body: 'It has been a month. When will I receive my data?' });
    const result = await importAndWait(host, [path], true);
    expect(result.messages[0]).toMatchObject({ threadedTo: 'DPO-2026-0001', caseRef: 'DPO-2026-0001' });
    expect((await host.api['cases.list']({})).total).toBe(1);
  });

  it('a BBB National Programs notice with case no. DPF-47408 finds the case escalated under that reference', async () => {
    const host = await unlockedHost();
    const { ref } = await host.api['cases.create']({ requestTypes: ['access', 'erasure'], regimes: ['dpf'], receivedLocal: '2025-05-02', timeZone: 'America/New_York', requester: { name: 'Jérôme Fabre', email: 'jerome.fabre@example.fr' } });
    await host.api['cases.escalate']({ ref, stage: 'recourse-body', enteredAt: '2025-07-20', externalRef: 'DPF-47408', contact: 'BBB National Programs' });
    const result = await importAndWait(host, [join(CORPUS, 'msg-116.eml')]);
    expect(result.messages[0]).toMatchObject({ requestType: 'regulator', threadedTo: ref, caseRef: null });
    const [item] = (await host.api['triage.list']({})).items;
    expect(item.threadedTo).toBe(ref);
    const accepted = await host.api['triage.accept']({ ids: [item.id] });
    expect(accepted.results[0]).toMatchObject({ caseRef: ref, created: false });
  });

  it('a new access request from someone with the same request open is flagged as a likely duplicate', async () => {
    const host = await unlockedHost();
    const { ref } = await host.api['cases.create']({ requestTypes: ['access'], regimes: ['gdpr'], receivedLocal: '2026-02-10', timeZone: 'Europe/Berlin', requester: { name: 'Ada Lovelace', email: 'ada@example.org' } });
    const dir = tempDir();
    const path = writeEml(dir, 'again.eml', { subject: 'Subject access request', messageId: 'again@example.org', body: 'Under Art. 15 GDPR I request access to all personal data you hold about me.' });
    await importAndWait(host, [path]);
    const [item] = (await host.api['triage.list']({})).items;
    expect(item).toMatchObject({ requestType: 'access', duplicateOf: ref, threadedTo: null });
  });
});

describe('accepting as suggested', () => {
  it('opens a UK access case received Sat 31 Jan 2026 at the Date header instant, due when the engine says (Mon 2 Mar 2026)', async () => {
    const host = await unlockedHost();
    const dir = tempDir();
    const path = writeEml(dir, 'uk.eml', {
      from: 'Oliver Hughes <oliver.hughes@example.co.uk>', date: 'Sat, 31 Jan 2026 11:20:00 +0000', messageId: 'uk-1@example.co.uk',
      subject: 'Subject access request under UK GDPR', body: 'Under Article 15 of the UK GDPR I request a copy of all personal data you hold about me. I live in Manchester.',
    });
    const result = await importAndWait(host, [path], true);
    const m = result.messages[0];
    expect(m).toMatchObject({ requestType: 'access', jurisdiction: 'uk' });
    const c = await host.api['cases.get']({ ref: m.caseRef! });
    expect(c).toMatchObject({ receivedAt: '2026-01-31T11:20:00.000Z', regimes: ['uk-gdpr'], channel: 'email', requester: { name: 'Oliver Hughes', email: 'oliver.hughes@example.co.uk' }, language: 'en' });
    const engine = dueDateOf(computeCaseDeadlines({ regimes: ['uk-gdpr'], requestTypes: c.requestTypes, receivedAt: c.receivedAt, timeZone: c.timeZone }));
    expect(c.dueAt).toBe(engine);
    expect(c.dueAt).toBe('2026-03-02');
  });

  it('a message with no Date header starts the clock at the moment it was imported', async () => {
    const now = new Date('2026-04-01T08:30:00Z');
    const { testHost } = await import('../../../../test/helpers/temp-workspace');
    const host = testHost(undefined, () => now);
    await host.api['workspace.create']({ passphrase: 'correct horse battery staple', remember: false });
    const path = writeEml(tempDir(), 'nodate.eml', { subject: 'Erasure', date: '', messageId: 'nodate@example.org', body: 'Please delete my personal data under Art. 17 GDPR.' });
    await importAndWait(host, [path]);
    const [item] = (await host.api['triage.list']({})).items;
    expect(item).toMatchObject({ receivedAt: '2026-04-01T08:30:00.000Z', receivedBasis: 'import' });
  });
});

describe('malformed mail', () => {
  it('is kept with what could be read and warnings, never dropped', async () => {
    const host = await unlockedHost();
    const dir = tempDir();
    const broken = join(dir, 'truncated.eml');
    const bytes = Buffer.from([
      'From: Bea <bea@example.net>', 'Subject: Löschung', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="XYZ"', '',
      '--XYZ', 'Content-Type: text/plain; charset=utf-8', '', 'Bitte löschen Sie meine Daten gemäß Art. 17 DSGVO.', '--XYZ', 'Content-Type: application/pdf; name="id.pdf"', 'Content-Transfer-Encoding: base64', '', 'JVBERi0xLjQKJ@@@',
    ].join('\r\n'));
    (await import('node:fs')).writeFileSync(broken, bytes);
    const garbage = join(dir, 'garbage.eml');
    (await import('node:fs')).writeFileSync(garbage, Buffer.from([0, 1, 2, 255, 254, 10, 13, 0, 65]));
    const result = await importAndWait(host, [broken, garbage]);
    expect(result).toMatchObject({ imported: 2, failed: 0 });
    const items = (await host.api['triage.list']({})).items;
    for (const item of items) {
      const detail = await host.api['triage.get']({ id: item.id });
      expect(detail.message.warnings.length).toBeGreaterThan(0);
    }
    const truncated = items.find((i) => i.source.endsWith('truncated.eml'))!;
    const detail = await host.api['triage.get']({ id: truncated.id });
    expect(detail.message.warnings.join(' ')).toMatch(/no closing boundary/);
    expect(detail.message.warnings.join(' ')).toMatch(/No Date header/);
    expect(detail.message.text).toContain('Bitte löschen Sie meine Daten');
    expect(Buffer.from((await host.api['messages.raw']({ id: truncated.id })).base64, 'base64').equals(bytes)).toBe(true);
  });
});
