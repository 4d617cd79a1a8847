// Test material for the trust features: a case with what the importer and the letters module store
// (a raw message, an attachment, a letter and the bytes it was sent as), written as they write it.
import { createHash } from 'node:crypto';
import type { Host } from '../host';
import type { Db } from '../store/database';
import { appendAudit } from '../store/audit';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

export function rawRequestEmail(name: string, email: string, subject: string): Buffer {
  // A Latin-1 byte (0xE9) in the body: the message must survive byte for byte, not as re-encoded text.
  return Buffer.concat([
    Buffer.from(`From: ${name} <${email}>\r\nTo: privacy@example.com\r\nSubject: ${subject}\r\nMessage-ID: <${sha(Buffer.from(email + subject)).slice(0, 12)}@example.org>\r\n`
      + 'Date: Sat, 31 Jan 2026 10:00:00 +0100\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\n'
      + `Dear DPO,\r\nplease erase all data you hold about me, ${name}. Caf`, 'latin1'),
    Buffer.from([0xe9]),
    Buffer.from('.\r\n', 'latin1'),
  ]);
}

export interface SeededCase { ref: string; raw: Buffer; sentBytes: Buffer }

/** A case received by e-mail, answered by letter, with a note; closed on `closedOn` when given. */
export async function seedCase(host: Host, opts: { name: string; email: string; subject: string; received: string; closedOn?: string; organisationId?: string }): Promise<SeededCase> {
  const { ref } = await host.api['cases.create']({
    requestTypes: ['erasure'], regimes: ['gdpr'], receivedLocal: opts.received, timeZone: 'Europe/Berlin',
    requester: { name: opts.name, email: opts.email }, subject: opts.subject, ...(opts.organisationId ? { organisationId: opts.organisationId } : {}),
  });
  const db = host.workspace.database();
  const raw = rawRequestEmail(opts.name, opts.email, opts.subject);
  const sentBytes = Buffer.from(`%PDF-1.7\nLetter to ${opts.name}: your data has been erased.\n%%EOF\n`, 'utf8');
  storeContent(db, ref, raw, sentBytes, opts.name, opts.email);
  await host.api['cases.addNote']({ ref, body: `Phoned ${opts.name} to confirm identity.`, kind: 'call' });
  if (opts.closedOn) await host.api['cases.close']({ ref, outcome: 'complied', on: opts.closedOn });
  return { ref, raw, sentBytes };
}

function storeContent(db: Db, ref: string, raw: Buffer, sentBytes: Buffer, name: string, email: string): void {
  const now = new Date().toISOString();
  db.transaction(() => {
    const caseId = (db.prepare('SELECT id FROM cases WHERE ref = ?').get(ref) as { id: number }).id;
    const msg = db.prepare(`INSERT INTO messages (case_id, direction, message_id, sha256, raw, subject, from_name, from_email, received_at, text_body, source, created_at)
      VALUES (?, 'in', ?, ?, ?, ?, ?, ?, ?, ?, 'test', ?)`).run(caseId, `<${ref}@example.org>`, sha(raw), raw, 'Erasure', name, email, '2026-01-31T09:00:00Z', `please erase ${name}`, now);
    const scan = Buffer.from(`ID card of ${name}`, 'utf8');
    db.prepare('INSERT INTO attachments (message_id, case_id, filename, content_type, size, sha256, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(msg.lastInsertRowid, caseId, `id-${name}.txt`, 'text/plain', scan.length, sha(scan), scan, now);
    const letter = db.prepare(`INSERT INTO letters (case_id, template_id, language, version, status, subject, body, created_at, finalised_at) VALUES (?, 'erasure-done', 'en', 1, 'sent', ?, ?, ?, ?)`)
      .run(caseId, `Your erasure request ${ref}`, `Dear ${name}, your data has been erased.`, now, now);
    db.prepare(`INSERT INTO correspondence (case_id, letter_id, direction, channel, format, sha256, bytes, recipient, at) VALUES (?, ?, 'out', 'email', 'pdf', ?, ?, ?, ?)`)
      .run(caseId, letter.lastInsertRowid, sha(sentBytes), sentBytes, email, now);
    appendAudit(db, { action: 'letter.sent', entity: 'case', entityId: ref, at: now, data: { summary: 'Letter sent', sha256: sha(sentBytes) } });
  })();
}

/** Every row of every table, for before/after comparisons. */
export function dumpTables(db: Db): Record<string, unknown[]> {
  const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as Array<{ name: string }>).map((t) => t.name);
  // ORDER BY every column: some tables have no rowid.
  return Object.fromEntries(tables.map((t) => {
    const n = (db.prepare(`SELECT count(*) AS n FROM pragma_table_info(?)`).get(t) as { n: number }).n;
    return [t, db.prepare(`SELECT * FROM "${t}" ORDER BY ${Array.from({ length: n }, (_, i) => i + 1).join(', ')}`).all()];
  }));
}
