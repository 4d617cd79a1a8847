// The retention purge as a DPO runs it: what falls due per organisation, a dry run, the deletion with
// its certificate, and proof that the requester's name is gone from the disk while the audit chain holds.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, unlockedHost } from '../../../test/helpers/temp-workspace';
import type { CliIo } from '../../cli/io';
import { runCli } from '../../cli/main';
import type { Host } from '../host';
import { openEncrypted } from '../store/database';
import { readKeyfile, unwrapKey } from '../store/keyfile';
import { deleteAfter } from './retention';
import { seedCase } from './test-fixtures';

const PASS = 'correct horse battery staple';
const ZOFIA = { name: 'Zofia Przybylska', email: 'zofia.przybylska@example.pl' };

async function workspaceWithClosedCases() {
  const host = await unlockedHost(PASS);
  // Cases without an organisation are opened first: once the workspace has exactly one, new cases join it.
  const defaultKept = await seedCase(host, { name: 'Bob Dvořák', email: 'bob@example.cz', subject: 'Access', received: '2022-06-01', closedOn: '2022-06-30' });
  const recent = await seedCase(host, { name: 'Carla Rossi', email: 'carla@example.it', subject: 'Access', received: '2025-01-02', closedOn: '2025-01-05' });
  const open = await seedCase(host, { name: 'Dieter Groß', email: 'dieter@example.de', subject: 'Erasure', received: '2022-01-10' });
  await host.api['organisations.addPreset']({ presetId: 'imt' });
  const profile = await host.api['organisations.get']({ id: 'imt' });
  await host.api['organisations.save']({ profile: { ...profile, retention: { closedCaseMonths: 12 } } });
  const shortKept = await seedCase(host, { ...ZOFIA, subject: 'Usunięcie danych', received: '2024-01-10', closedOn: '2024-01-31', organisationId: 'imt' });
  return { host, shortKept, defaultKept, recent, open };
}

function cliIo(env: NodeJS.ProcessEnv) {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), env, prompt: async () => null } satisfies CliIo };
}

/** A plaintext copy of the database (rekeyed on a copy), to search even its free pages. */
async function decryptedCopy(host: Host): Promise<Buffer> {
  const dek = (await unwrapKey(readKeyfile(host.workspace.keyfilePath)!.passphrase, PASS, 'passphrase'))!;
  if (host.workspace.isUnlocked()) host.workspace.database().pragma('wal_checkpoint(TRUNCATE)');
  const copy = join(tempDir(), 'plain.db');
  copyFileSync(host.workspace.dbPath, copy);
  const db = openEncrypted(copy, dek);
  db.pragma('journal_mode = DELETE');
  db.pragma(`rekey = ''`);
  db.close();
  return readFileSync(copy);
}

function folderBytes(dir: string): Buffer {
  return Buffer.concat(readdirSync(dir, { recursive: true }).map((f) => join(dir, String(f))).filter((p) => statSync(p).isFile()).map((p) => readFileSync(p)));
}

describe('what falls due for deletion', () => {
  it('a case closed on 31 January 2024 under a 12-month policy may be deleted from 31 January 2025', () => {
    expect(deleteAfter('2024-01-31', 12)).toBe('2025-01-31');
    expect(deleteAfter('2023-02-28', 36)).toBe('2026-02-28');
    expect(deleteAfter('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('uses each organisation\'s period and 36 months for cases without one', async () => {
    const { host, shortKept, defaultKept } = await workspaceWithClosedCases();
    const preview = await host.api['retention.preview']({ asOf: '2025-07-01' });
    expect(preview.defaultMonths).toBe(36);
    expect(preview.cases).toEqual([
      { ref: defaultKept.ref, closedAt: '2022-06-30', deleteAfter: '2025-06-30', organisationId: null, retentionMonths: 36, defaultRetention: true },
      { ref: shortKept.ref, closedAt: '2024-01-31', deleteAfter: '2025-01-31', organisationId: 'imt', retentionMonths: 12, defaultRetention: false },
    ]);
    expect((await host.api['retention.preview']({ asOf: '2025-01-30' })).cases).toEqual([]);
  });

  it('refuses to purge a case that is not due, and deletes nothing', async () => {
    const { host, shortKept, recent } = await workspaceWithClosedCases();
    const result = await host.invoke('retention.purge', { asOf: '2025-07-01', refs: [shortKept.ref, recent.ref] });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await host.api['retention.preview']({ asOf: '2025-07-01' })).cases).toHaveLength(2);
    expect((await host.api['cases.get']({ ref: shortKept.ref })).requester.name).toBe(ZOFIA.name);
  });
});

describe('dpo purge', () => {
  it('lists with --dry-run, then destroys the content, keeps a stub and the audit chain, and certifies it', async () => {
    const { host, shortKept, defaultKept, recent, open } = await workspaceWithClosedCases();
    expect((await decryptedCopy(host)).includes(Buffer.from(ZOFIA.name))).toBe(true); // the check below can see names
    host.dispose();
    const env = { DPO_PASSPHRASE: PASS, DPO_DATA_DIR: host.workspace.dir };

    const dry = cliIo(env);
    expect(await runCli(['purge', '--as-of', '2025-07-01', '--dry-run', '--json'], dry.io)).toBe(0);
    expect(JSON.parse(dry.out[0])).toEqual({
      asOf: '2025-07-01', dryRun: true, purged: 0, certificate: null,
      cases: [
        { ref: defaultKept.ref, closedAt: '2022-06-30', deleteAfter: '2025-06-30', organisationId: null },
        { ref: shortKept.ref, closedAt: '2024-01-31', deleteAfter: '2025-01-31', organisationId: 'imt' },
      ],
    });

    const certificate = join(tempDir(), 'certificate.pdf');
    const run = cliIo(env);
    expect(await runCli(['purge', '--as-of', '2025-07-01', '--certificate', certificate, '--json'], run.io)).toBe(0);
    expect(JSON.parse(run.out[0])).toMatchObject({ asOf: '2025-07-01', dryRun: false, purged: 2, certificate });

    await host.api['workspace.unlock']({ passphrase: PASS });
    const stub = await host.api['cases.get']({ ref: shortKept.ref });
    expect(stub).toMatchObject({ requester: { name: '[erased]', email: '[erased]' }, subject: '', requestTypes: ['erasure'], outcome: 'complied', closedAt: '2024-01-31', notes: [] });
    expect(stub.history.at(-1)).toMatchObject({ action: 'case.purged' });
    const db = host.workspace.database();
    const count = (table: string, ref: string) => (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE case_id = (SELECT id FROM cases WHERE ref = ?)`).get(ref) as { n: number }).n;
    for (const table of ['messages', 'attachments', 'letters', 'correspondence', 'notes']) {
      expect(count(table, shortKept.ref), table).toBe(0);
      expect(count(table, defaultKept.ref), table).toBe(0);
      expect(count(table, recent.ref), table).toBe(1);
      expect(count(table, open.ref), table).toBe(1);
    }
    expect(await host.api['audit.verify']({})).toMatchObject({ ok: true });
    const purgedEvent = db.prepare(`SELECT data_json FROM audit_events WHERE action = 'case.purged' AND entity_id = ?`).get(shortKept.ref) as { data_json: string };
    expect(purgedEvent.data_json).not.toMatch(/Zofia|Przybylska|example\.pl/);

    const text = execFileSync('pdftotext', ['-layout', certificate, '-'], { encoding: 'utf8' });
    expect(text).toContain('Certificate of deletion');
    expect(text).toContain(shortKept.ref);
    expect(text).toContain(defaultKept.ref);
    expect(text).toMatch(/36 months\*/);
    expect(text).not.toContain(recent.ref);
    expect(text).not.toContain('Zofia');

    // On disk: neither the encrypted folder nor a decrypted copy of the database holds her name.
    host.workspace.lock();
    for (const spelling of [ZOFIA.name, 'Przybylska', ZOFIA.email]) {
      expect(folderBytes(host.workspace.dir).includes(Buffer.from(spelling))).toBe(false);
    }
    await host.api['workspace.unlock']({ passphrase: PASS });
    const plain = await decryptedCopy(host);
    expect(plain.includes(Buffer.from('Przybylska'))).toBe(false);
    expect(plain.includes(Buffer.from('zofia.przybylska@example.pl'))).toBe(false);
    expect(plain.includes(Buffer.from('Carla Rossi'))).toBe(true);
  });

  it('a second run finds nothing more to delete', async () => {
    const { host } = await workspaceWithClosedCases();
    const first = await host.api['retention.purge']({ asOf: '2025-07-01', certificatePath: join(tempDir(), 'c.pdf') });
    expect(first.purged).toBe(2);
    expect(first.auditSeqs).toHaveLength(2);
    const second = await host.api['retention.purge']({ asOf: '2025-07-01' });
    expect(second).toMatchObject({ purged: 0, certificate: null, cases: [] });
  });
});
