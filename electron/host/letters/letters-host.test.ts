// Letters written from stored cases through the host, and read back the way the requester would read
// them: pdftotext for the PDF, the DOCX package opened as a ZIP, the .eml parsed by mailparser.
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { tempDir, unlockedHost } from '../../../test/helpers/temp-workspace';
import type { Host } from '../host';
import { importAndWait, writeEml } from '../mail/import/test-helpers';
import { sha256Hex } from './hash';
import { docxText, pdfText } from './test-readers';

const ZOFIA = { name: 'Zofia Łukasiewicz-Dvořák', email: 'zofia.lukasiewicz@example.org' };

/** An IMAPS member's access request received Saturday 31 January 2026 in Berlin: due Monday 2 March. */
async function imapsCase(host: Host, language = 'de', requestTypes: Array<'access' | 'erasure'> = ['access']) {
  await host.api['organisations.addPreset']({ presetId: 'imaps' });
  const { ref } = await host.api['cases.create']({
    requestTypes, regimes: ['gdpr'], receivedLocal: '2026-01-31T10:15', timeZone: 'Europe/Berlin',
    requester: ZOFIA, organisationId: 'imaps', language, subject: 'Auskunft über meine Daten',
  });
  return ref;
}

const fromBase64 = (s: string) => Buffer.from(s, 'base64');

describe('an acknowledgement written from the case', () => {
  it('quotes the case ref, the requester and the due date of 2 March 2026 written each language’s way', async () => {
    const host = await unlockedHost();
    const ref = await imapsCase(host);
    const expected = { en: '2 March 2026', de: '2. März 2026', fr: '2 mars 2026' } as const;
    for (const lang of ['en', 'de', 'fr'] as const) {
      const { letterId } = await host.api['letters.saveDraft']({ ref, templateId: 'acknowledgement', lang });
      const pdf = fromBase64((await host.api['letters.export']({ letterId, format: 'pdf' })).base64);
      const text = await pdfText(pdf);
      expect(text).toContain(ref);
      expect(text).toContain(ZOFIA.name);
      expect(text).toContain(expected[lang]);
      expect(text).toContain('International Microelectronics Assembly and Packaging Society');
      expect(text).not.toMatch(/\{\{|\}\}/);

      const docx = await host.api['letters.export']({ letterId, format: 'docx' });
      const docText = await docxText(fromBase64(docx.base64));
      expect(docText).toContain(ref);
      expect(docText).toContain(ZOFIA.name);
      expect(docText).toContain(expected[lang]);
    }
  });

  it('takes the case language when none is asked for, and an organisation without one writes English', async () => {
    const host = await unlockedHost();
    const ref = await imapsCase(host, 'fr');
    const preview = await host.api['letters.preview']({ ref, templateId: 'acknowledgement' });
    expect(preview.lang).toBe('fr');
    expect(preview.letter?.text).toContain('au plus tard le 2 mars 2026');
    expect(preview.missing).toEqual([]);
  });
});

describe('the correspondence log', () => {
  it('files every export with the SHA-256 of the exact bytes handed out, and the audit event names the same hash', async () => {
    const host = await unlockedHost();
    const ref = await imapsCase(host);
    const { letterId } = await host.api['letters.saveDraft']({ ref, templateId: 'acknowledgement', lang: 'de' });
    const out = await host.api['letters.export']({ letterId, format: 'pdf' });
    expect(sha256Hex(fromBase64(out.base64))).toBe(out.sha256);
    const db = host.workspace.database();
    const row = db.prepare('SELECT direction, channel, format, sha256, bytes, file_name FROM correspondence WHERE id = ?').get(out.correspondenceId) as { direction: string; channel: string; format: string; sha256: string; bytes: Buffer; file_name: string };
    expect(row).toMatchObject({ direction: 'out', channel: 'export', format: 'pdf', sha256: out.sha256, file_name: `${ref}-acknowledgement-de.pdf` });
    expect(sha256Hex(row.bytes)).toBe(out.sha256);
    const audit = db.prepare(`SELECT data_json FROM audit_events WHERE action = 'letter.exported'`).all() as { data_json: string }[];
    expect(audit.map((a) => JSON.parse(a.data_json).sha256)).toEqual([out.sha256]);
    const detail = await host.api['cases.get']({ ref });
    expect(detail.history.map((h) => h.summary).join('\n')).toMatch(/Letter exported as PDF/);
    expect(await host.api['letters.correspondence']({ ref })).toEqual([expect.objectContaining({ letterId, sha256: out.sha256, format: 'pdf', channel: 'export' })]);
  });
});

describe('a reply to an imported e-mail request', () => {
  it('threads under the request: In-Reply-To and References carry its Message-ID, the subject the case ref', async () => {
    const host = await unlockedHost();
    await host.api['organisations.addPreset']({ presetId: 'imaps' });
    const dir = tempDir();
    const file = writeEml(dir, 'request.eml', {
      from: 'Zofia Łukasiewicz-Dvořák <zofia.lukasiewicz@example.org>', to: 'bschieman@imaps.org',
      subject: 'Antrag auf Auskunft nach Art. 15 DSGVO', messageId: 'request-0131@mail.example.org', date: 'Sat, 31 Jan 2026 10:15:00 +0100',
      body: 'Sehr geehrte Damen und Herren,\n\nich beantrage Auskunft über alle zu meiner Person gespeicherten Daten nach Art. 15 DSGVO.\n\nMit freundlichen Grüßen\nZofia Łukasiewicz-Dvořák',
    });
    const summary = await importAndWait(host, [file], true);
    const ref = summary.messages[0].caseRef!;
    expect(ref).toMatch(/^DPO-2026-/);

    const { letterId } = await host.api['letters.saveDraft']({ ref, templateId: 'acknowledgement' });
    const zip = Buffer.from('PK\u0003\u0004 an access export');
    const eml = await host.api['letters.export']({ letterId, format: 'eml', attachments: [{ fileName: `${ref}-export.zip`, base64: zip.toString('base64'), contentType: 'application/zip' }] });
    const parsed = await simpleParser(fromBase64(eml.base64));
    expect(parsed.inReplyTo).toBe('<request-0131@mail.example.org>');
    expect([parsed.references].flat()).toContain('<request-0131@mail.example.org>');
    expect(parsed.subject).toContain(`[${ref}]`);
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.value[0].address : '').toBe('zofia.lukasiewicz@example.org');
    expect(parsed.attachments.map((a) => a.filename)).toEqual([`${ref}-acknowledgement.pdf`, `${ref}-export.zip`]);
    expect(parsed.attachments[1].content.equals(zip)).toBe(true);
    expect(parsed.text).toContain(ref);
  });
});

describe('drafts and locking', () => {
  it('keeps every saved version, and a finalised letter is locked until a new version is made', async () => {
    const host = await unlockedHost();
    const ref = await imapsCase(host, 'en');
    const v1 = await host.api['letters.saveDraft']({ ref, templateId: 'extension-notice', lang: 'en', extras: { extensionReasons: 'your request covers twelve years of records held in three systems.' } });
    expect(v1.version).toBe(1);
    const preview = await host.api['letters.get']({ letterId: v1.letterId });
    const edited = `${preview.preview.editableBody}\n\nWe apologise for the wait.`;
    const v2 = await host.api['letters.saveDraft']({ ref, templateId: 'extension-notice', lang: 'en', extras: { extensionReasons: 'your request covers twelve years of records held in three systems.' }, body: edited, letterId: v1.letterId });
    expect(v2).toMatchObject({ seriesId: v1.seriesId, version: 2 });

    const shown = await host.api['letters.get']({ letterId: v2.letterId });
    expect(shown.versions.map((v) => [v.version, v.status])).toEqual([[1, 'draft'], [2, 'draft']]);
    expect(shown.preview.letter?.text).toContain('We apologise for the wait.');

    await expect(host.api['letters.finalise']({ letterId: v1.letterId })).rejects.toMatchObject({ code: 'conflict' });
    await host.api['letters.finalise']({ letterId: v2.letterId });
    await expect(host.api['letters.saveDraft']({ ref, templateId: 'extension-notice', lang: 'en', body: 'Changed after all.', letterId: v2.letterId }))
      .rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/is finalised and locked; make a new version/) });
    const v3 = await host.api['letters.saveDraft']({ ref, templateId: 'extension-notice', lang: 'en', extras: { extensionReasons: 'twelve years of records.' }, letterId: v2.letterId, newVersion: true });
    expect(v3.version).toBe(3);
    const locked = await host.api['letters.get']({ letterId: v2.letterId });
    expect(locked).toMatchObject({ status: 'finalised', locked: true, latest: false });
    expect(locked.preview.letter?.text).toContain('We apologise for the wait.');
  });

  it('an extension notice written before the extension is recorded gives the outer limit an extension told today would set', async () => {
    const host = await unlockedHost();
    const ref = await imapsCase(host, 'en');
    const p = await host.api['letters.preview']({ ref, templateId: 'extension-notice', lang: 'en', extras: { extensionReasons: 'three systems must be searched.' } });
    // One month from 31 January ends 2 March (Monday); two further months from the clamped 28 February
    // end on 28 April, the earlier reading (LEGAL-REFERENCE §5 example 8).
    expect(p.letter?.text).toContain('would have ended on 2 March 2026');
    expect(p.letter?.text).toContain('at the latest by 28 April 2026');
  });
});

describe('missing facts', () => {
  it('are named before export and the letter is refused rather than written with a blank', async () => {
    const host = await unlockedHost();
    const ref = await imapsCase(host, 'en');
    const p = await host.api['letters.preview']({ ref, templateId: 'fee-notice', lang: 'en' });
    expect(p.letter).toBeNull();
    expect(p.missing.map((m) => m.field)).toEqual(expect.arrayContaining(['letter.fee', 'letter.feeReason']));
    const { letterId } = await host.api['letters.saveDraft']({ ref, templateId: 'fee-notice', lang: 'en' });
    await expect(host.api['letters.export']({ letterId, format: 'pdf' })).rejects.toMatchObject({ code: 'missing-fields', message: expect.stringContaining('the fee amount (letter.fee)') });
    expect(host.workspace.database().prepare('SELECT count(*) AS n FROM correspondence').get()).toEqual({ n: 0 });
  });

  it('a case with no organisation asks for the organisation instead of leaving its name and address blank', async () => {
    const host = await unlockedHost();
    const { ref } = await host.api['cases.create']({ requestTypes: ['access'], regimes: ['gdpr'], receivedLocal: '2026-01-31', timeZone: 'Europe/Berlin', requester: ZOFIA });
    const p = await host.api['letters.preview']({ ref, templateId: 'acknowledgement', lang: 'en' });
    expect(p.letter).toBeNull();
    expect(p.missing[0]).toMatchObject({ field: 'case.organisation' });
    expect(p.missing.map((m) => m.field)).not.toContain('org.name');
  });

  it('an edited text with a broken placeholder is refused with the words near it', async () => {
    const host = await unlockedHost();
    const ref = await imapsCase(host, 'en');
    const p = await host.api['letters.preview']({ ref, templateId: 'acknowledgement', lang: 'en', body: 'We will answer by {{due.response}.' });
    expect(p.letter).toBeNull();
    expect(p.problem).toMatch(/broken placeholder/);
    const ok = await host.api['letters.preview']({ ref, templateId: 'acknowledgement', lang: 'en', body: 'We will answer by {{due.response}}.' });
    expect(ok.letter?.text).toContain('We will answer by 2 March 2026.');
  });
});

describe('a complaint under the DPF', () => {
  it('tells the requester the routes still open in their language, from the organisation’s ladder', async () => {
    const host = await unlockedHost();
    await host.api['organisations.addPreset']({ presetId: 'imt' });
    const { ref } = await host.api['cases.create']({
      requestTypes: ['complaint'], regimes: ['dpf'], receivedLocal: '2026-02-02T09:00', timeZone: 'America/Los_Angeles',
      requester: { name: 'Jean Dupont', email: 'jean.dupont@example.fr' }, organisationId: 'imt', language: 'fr',
    });
    const p = await host.api['letters.preview']({ ref, templateId: 'complaint-response', extras: { complaintOutcome: 'nous avons supprimé vos données de notre liste de diffusion.' } });
    expect(p.missing).toEqual([]);
    expect(p.lang).toBe('fr');
    expect(p.letter?.text).toContain('BBB National Programs');
    expect(p.letter?.text).toContain('Jean Dupont');
  });
});

describe('letters recorded outside the editor', () => {
  it('a letter row with no version series (an older record) is listed as a series of its own', async () => {
    const host = await unlockedHost();
    const { ref } = await host.api['cases.create']({ requestTypes: ['erasure'], regimes: ['gdpr'], receivedLocal: '2026-01-31', timeZone: 'Europe/Berlin', requester: ZOFIA });
    const db = host.workspace.database();
    const caseId = (db.prepare('SELECT id FROM cases WHERE ref = ?').get(ref) as { id: number }).id;
    const id = Number(db.prepare(`INSERT INTO letters (case_id, template_id, language, version, status, subject, body, created_at) VALUES (?, 'erasure-done', 'en', 1, 'sent', 'Done', 'Body', '2026-02-10T10:00:00Z')`).run(caseId).lastInsertRowid);
    const listed = await host.api['letters.list']({ ref });
    expect(listed).toEqual([expect.objectContaining({ letterId: id, seriesId: id, version: 1 })]);
    // It can be opened and is already locked (it was sent), like any letter of the editor.
    expect(await host.api['letters.get']({ letterId: id })).toMatchObject({ letterId: id });
    await expect(host.api['letters.finalise']({ letterId: id })).rejects.toMatchObject({ code: expect.not.stringMatching(/^internal$/) });
  });
});
