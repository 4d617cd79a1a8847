// A child process that works on a workspace until it is killed. After each commit it writes one
// acknowledgement line to stdout, so the parent knows what must survive a SIGKILL.
//   import DIR MBOX   the real importer on a generated mbox; "ACK <sha256,...>" per committed batch
//   letter DIR REF    render a PDF letter, record letter + correspondence + audit; "ACK <sha256>"
//   migrate DIR       create encrypted databases and migrate each; "ACK <file>" when one is complete
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { nodePorts } from '../../electron/host/node-ports';
import { openEncrypted } from '../../electron/host/store/database';
import { Workspace } from '../../electron/host/workspace';
import type { RenderedLetter } from '../../shared/letters';

// Each mode loads only what it needs: a child that starts fast gets killed while it works.
const [mode, dir, extra] = process.argv.slice(2);
const ack = (line: string) => process.stdout.write(`ACK ${line}\n`);
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function main(): Promise<void> {
  if (mode === 'migrate') {
    const { migrate } = await import('../../electron/host/store/migrations');
    process.stdout.write('READY\n');
    for (let i = 0; ; i++) {
      const file = join(dir, `copy-${process.pid}-${i}.db`);
      const db = openEncrypted(file, Buffer.from(process.env.DPO_TEST_DEK!, 'hex'));
      migrate(db);
      db.close();
      ack(file);
    }
  }
  const workspace = new Workspace(dir, nodePorts(dir));
  await workspace.unlock(process.env.DPO_PASSPHRASE!);
  const db = workspace.database();
  if (mode === 'import') {
    const { importItems } = await import('../../electron/host/mail/import/import-job');
    const { estimateSourceBytes, readSources } = await import('../../electron/host/mail/read-sources');
    process.stdout.write('READY\n');
    const run = { now: () => new Date(), defaultTimeZone: 'Europe/Berlin', batchSize: 10 };
    await importItems(db, readSources([extra]), await estimateSourceBytes([extra]), run, {
      onCommit: (batch) => ack(batch.map((m) => sha(m.raw)).join(',')),
    });
    process.stdout.write('DONE\n');
    return;
  }
  if (mode === 'letter') {
    const [{ renderPdf }, { appendAudit }] = await Promise.all([import('../../electron/host/letters/pdf'), import('../../electron/host/store/audit')]);
    const ref = extra;
    process.stdout.write('READY\n');
    const caseId = (db.prepare('SELECT id FROM cases WHERE ref = ?').get(ref) as { id: number }).id;
    for (let i = 0; ; i++) {
      const pdf = await renderPdf(letter(ref, i));
      const digest = sha(pdf);
      const now = new Date().toISOString();
      db.transaction(() => {
        const letterId = db.prepare(`INSERT INTO letters (case_id, template_id, language, version, status, subject, body, created_at, finalised_at) VALUES (?, 'access-response', 'en', ?, 'sent', ?, ?, ?, ?)`)
          .run(caseId, i + 1, `Your access request ${ref}`, `Letter ${i}`, now, now).lastInsertRowid;
        db.prepare(`INSERT INTO correspondence (case_id, letter_id, direction, channel, format, sha256, bytes, recipient, at) VALUES (?, ?, 'out', 'email', 'pdf', ?, ?, ?, ?)`)
          .run(caseId, letterId, digest, pdf, 'anna@example.pl', now);
        appendAudit(db, { action: 'letter.sent', entity: 'case', entityId: ref, at: now, data: { summary: 'Letter sent', sha256: digest, letterId: Number(letterId) } });
      })();
      ack(digest);
    }
  }
  throw new Error(`unknown mode ${mode}`);
}

function letter(ref: string, i: number): RenderedLetter {
  const filler = randomBytes(600).toString('base64'); // varied content, so each PDF differs and is a few pages
  return {
    templateId: 'access-response', lang: 'en', title: 'Access response', subject: `Your access request ${ref} (${i})`,
    letterhead: ['Example Ltd', '1 High Street, London'], recipient: ['Anna Łukasiewicz', 'anna@example.pl'],
    dateLine: '2 March 2026', refLine: `Our reference: ${ref}`, salutation: 'Dear Ms Łukasiewicz,',
    blocks: [{ kind: 'paragraph', text: `Here is a copy of your personal data. ${filler}` }, { kind: 'list', items: Array.from({ length: 40 }, (_, n) => `Record ${n}: ${filler.slice(n, n + 60)}`) }],
    closing: 'Yours sincerely,', signature: ['Data Protection Officer'], text: 'Letter', caseRef: ref, organisationName: 'Example Ltd',
    senderEmail: 'dpo@example.com', date: '2026-03-02',
  } as RenderedLetter;
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
