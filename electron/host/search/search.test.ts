import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALICE, tempDir, unlockedHost } from '../../../test/helpers/temp-workspace';
import { openCase } from '../review/test-cases';
import { openEncrypted } from '../store/database';
import { migrate } from '../store/migrations';
import { FOLDS, foldSql, foldText } from './fold';
import { ftsQuery } from './query';

const LUKASIEWICZ = { name: 'Jan Łukasiewicz', email: 'jan.lukasiewicz@example.pl' };

function addMessage(host: Awaited<ReturnType<typeof unlockedHost>>, ref: string | null, m: { subject: string; body: string; fromName?: string; fromEmail?: string }) {
  const db = host.workspace.database();
  const caseId = ref ? (db.prepare('SELECT id FROM cases WHERE ref = ?').get(ref) as { id: number }).id : null;
  return Number(db.prepare(`INSERT INTO messages (case_id, sha256, raw, subject, from_name, from_email, received_at, text_body, created_at)
    VALUES (?, ?, x'00', ?, ?, ?, '2026-03-03T10:00:00Z', ?, '2026-03-03T10:00:00Z')`).run(caseId, randomBytes(8).toString('hex'), m.subject, m.fromName ?? '', m.fromEmail ?? '', m.body).lastInsertRowid);
}

describe('full-text search over cases', () => {
  it('finds Łukasiewicz typed without the Polish letter, with it, and by e-mail address', async () => {
    const host = await unlockedHost();
    const jan = await openCase(host, '2026-03-02', LUKASIEWICZ);
    await openCase(host, '2026-03-02', ALICE);
    const search = async (query: string) => (await host.api['cases.search']({ query })).items.map((c) => c.ref);
    expect(await search('lukasiewicz')).toEqual([jan.ref]);
    expect(await search('Łukasiewicz')).toEqual([jan.ref]);
    expect(await search('LUKASIEWICZ jan')).toEqual([jan.ref]);
    expect(await search('jan.lukasiewicz@example.pl')).toEqual([jan.ref]);
    expect(await search('kowalczyk')).not.toContain(jan.ref);
  });

  it('folds diacritics both ways: "loschung" finds "Löschung", "weiss" finds "Weiß", "odegaard" finds "Ødegaard"', async () => {
    const host = await unlockedHost();
    const a = await openCase(host, '2026-03-02', { name: 'Dan Weiß', email: 'dan@example.de' }, { subject: 'Antrag auf Löschung' });
    const b = await openCase(host, '2026-03-02', { name: 'Siv Ødegaard', email: 'siv@example.no' });
    const search = async (query: string) => (await host.api['cases.list']({ search: query })).items.map((c) => c.ref);
    expect(await search('loschung')).toEqual([a.ref]);
    expect(await search('weiss')).toEqual([a.ref]);
    expect(await search('Weiß')).toEqual([a.ref]);
    expect(await search('odegaard')).toEqual([b.ref]);
  });

  it('finds a case by words in the body of one of its messages, and by its reference as written', async () => {
    const host = await unlockedHost();
    const c = await openCase(host, '2026-03-02', ALICE);
    await openCase(host, '2026-03-02', LUKASIEWICZ);
    addMessage(host, c.ref, { subject: 'Re: my request', body: 'I also want to know which marketing partners received my loyalty card history.' });
    addMessage(host, null, { subject: 'Unrelated', body: 'loyalty card points question' }); // in triage, on no case
    expect((await host.api['cases.search']({ query: 'loyalty card' })).items.map((x) => x.ref)).toEqual([c.ref]);
    expect((await host.api['cases.search']({ query: c.ref })).items.map((x) => x.ref)).toEqual([c.ref]);
    expect((await host.api['cases.search']({ query: c.ref.toLowerCase() })).items.map((x) => x.ref)).toEqual([c.ref]);
  });

  it('the last word is matched as a prefix while typing; earlier words must be whole', async () => {
    const host = await unlockedHost();
    const c = await openCase(host, '2026-03-02', ALICE);
    expect((await host.api['cases.search']({ query: 'alice kowal' })).items.map((x) => x.ref)).toEqual([c.ref]);
    expect((await host.api['cases.search']({ query: 'ali kowalczyk' })).total).toBe(0);
  });

  it('keeps up when a message is edited, moved to another case, or deleted, and when the requester is renamed', async () => {
    const host = await unlockedHost();
    const db = host.workspace.database();
    const a = await openCase(host, '2026-03-02', ALICE);
    const b = await openCase(host, '2026-03-02', LUKASIEWICZ);
    const id = addMessage(host, a.ref, { subject: 'Invoice', body: 'please correct the invoice address' });
    const find = async (q: string) => (await host.api['cases.search']({ query: q })).items.map((x) => x.ref);
    expect(await find('invoice')).toEqual([a.ref]);
    db.prepare('UPDATE messages SET case_id = (SELECT id FROM cases WHERE ref = ?) WHERE id = ?').run(b.ref, id);
    expect(await find('invoice')).toEqual([b.ref]);
    db.prepare(`UPDATE messages SET text_body = 'please correct the postal code' WHERE id = ?`).run(id);
    expect(await find('address')).toEqual([]);
    expect(await find('postal')).toEqual([b.ref]);
    db.prepare('DELETE FROM messages WHERE id = ?').run(id);
    expect(await find('postal')).toEqual([]);
    db.prepare(`UPDATE parties SET name = 'Alicja Nowak' WHERE id = (SELECT requester_id FROM cases WHERE ref = ?)`).run(a.ref);
    expect(await find('nowak')).toEqual([a.ref]);
    expect(await find('kowalczyk alice')).toEqual([a.ref]); // still in her e-mail address
  });

  it('text with nothing searchable in it finds nothing rather than failing', async () => {
    const host = await unlockedHost();
    await openCase(host, '2026-03-02', ALICE);
    expect(ftsQuery('"*()-')).toBeNull();
    expect((await host.api['cases.search']({ query: '"*()' })).total).toBe(0);
    expect((await host.api['cases.search']({ query: 'NEAR(alice' })).total).toBe(0);
  });

  it('cases already in a workspace when the search index arrives are indexed by the migration', async () => {
    const db = openEncrypted(join(tempDir(), 'old.db'), randomBytes(32));
    migrate(db, 2);
    db.prepare(`INSERT INTO parties (id, name, email, created_at) VALUES (1, 'Paweł Mróz', 'pawel@example.pl', '2025-01-01')`).run();
    db.prepare(`INSERT INTO cases (id, ref, kind, request_types_json, regimes_json, regime, jurisdiction, status, received_at, time_zone, channel, requester_id, subject, created_at, updated_at)
      VALUES (1, 'DPO-2025-0001', 'request', '["access"]', '["gdpr"]', 'gdpr', 'eu', 'open', '2025-01-02T09:00:00Z', 'Europe/Warsaw', 'email', 1, 'Wniosek', '2025-01-02', '2025-01-02')`).run();
    migrate(db);
    expect(db.prepare(`SELECT -rowid AS id FROM search_index WHERE search_index MATCH ?`).all(ftsQuery('pawel mroz'))).toEqual([{ id: 1 }]);
    db.close();
  });
});

describe('the letters the tokenizer does not fold', () => {
  it('are folded the same way in the index (SQL) and in the query (JS)', async () => {
    const host = await unlockedHost();
    const db = host.workspace.database();
    for (const [from, to] of FOLDS) {
      const text = `x${from}y`;
      expect((db.prepare(`SELECT ${foldSql('@t')} AS f`).get({ t: text }) as { f: string }).f).toBe(`x${to}y`);
      expect(foldText(text)).toBe(`x${to}y`);
    }
  });
});
