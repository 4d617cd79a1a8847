// Backups as a DPO relies on them: made while working, unreadable without the passphrase, restored
// whole into a new folder, never over an existing workspace.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { HostError } from '../../../shared/contract/define';
import { tempDir, testHost, unlockedHost } from '../../../test/helpers/temp-workspace';
import { isPlainSqlite } from './backup';
import { runCli } from '../../cli/main';
import { restoreBackup } from './restore';
import { dumpTables, seedCase } from './test-fixtures';

const PASS = 'correct horse battery staple';
const ANNA = { name: 'Anna Łukasiewicz', email: 'anna.lukasiewicz@example.pl' };

describe('backing up and restoring a workspace', () => {
  it('a round trip keeps every case, message byte, letter and audit event, and the backup holds no plaintext', async () => {
    const host = await unlockedHost(PASS);
    const first = await seedCase(host, { ...ANNA, subject: 'Löschung meiner Daten', received: '2026-01-31' });
    await seedCase(host, { name: 'Bob Dvořák', email: 'bob@example.cz', subject: 'Access request', received: '2026-02-02', closedOn: '2026-02-20' });
    const before = dumpTables(host.workspace.database());
    const file = join(tempDir(), 'monday.dpobackup');

    const made = await host.api['backup.create']({ path: file });
    expect(made.path).toBe(file);
    const bytes = readFileSync(file);
    expect(made.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(bytes.includes(Buffer.from('Łukasiewicz'))).toBe(false);
    expect(bytes.includes(first.raw.subarray(0, 40))).toBe(false);
    const zip = await JSZip.loadAsync(bytes);
    const db = await zip.file('workspace.db')!.async('nodebuffer');
    expect(isPlainSqlite(db)).toBe(false);
    expect(JSON.parse(await zip.file('keyfile.json')!.async('string'))).not.toHaveProperty('remembered');

    const target = join(tempDir(), 'restored');
    const restored = await restoreBackup(file, target, PASS);
    expect(restored).toMatchObject({ dataDir: target, cases: 2, messages: 2, letters: 2 });

    const copy = testHost(target);
    await copy.api['workspace.unlock']({ passphrase: PASS });
    const after = dumpTables(copy.workspace.database());
    const { audit_events: auditAfter, ...restAfter } = after;
    const { audit_events: auditBefore, ...restBefore } = before;
    expect(restAfter).toEqual(restBefore);
    expect(auditAfter.slice(0, auditBefore.length)).toEqual(auditBefore);
    expect(auditAfter.slice(auditBefore.length).map((e) => (e as { action: string }).action)).toEqual(['workspace.restored']);
    const raw = copy.workspace.database().prepare('SELECT raw FROM messages ORDER BY id LIMIT 1').get() as { raw: Buffer };
    expect(Buffer.compare(raw.raw, first.raw)).toBe(0);
    expect(await copy.api['audit.verify']({})).toMatchObject({ ok: true });
  });

  it('restoring into a folder that already holds a workspace is refused and leaves it untouched', async () => {
    const host = await unlockedHost(PASS);
    const file = join(tempDir(), 'b.dpobackup');
    await host.api['backup.create']({ path: file });
    const other = await unlockedHost(PASS);
    other.dispose();
    const dir = other.workspace.dir;
    const snapshot = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))]));

    await expect(restoreBackup(file, dir, PASS)).rejects.toMatchObject({ code: 'workspace-exists' });
    expect(Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))]))).toEqual(snapshot);
  });

  it('a wrong passphrase restores nothing, not even the folder', async () => {
    const host = await unlockedHost(PASS);
    const file = join(tempDir(), 'b.dpobackup');
    await host.api['backup.create']({ path: file });
    const target = join(tempDir(), 'new');
    const error = await restoreBackup(file, target, 'Tr0ub4dor&3').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe('wrong-passphrase');
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(join(target, '..')).filter((f) => f.includes('restoring'))).toEqual([]);
  });

  it('a backup whose database was altered is refused as damaged', async () => {
    const host = await unlockedHost(PASS);
    const file = join(tempDir(), 'b.dpobackup');
    await host.api['backup.create']({ path: file });
    const zip = await JSZip.loadAsync(readFileSync(file));
    const db = await zip.file('workspace.db')!.async('nodebuffer');
    db[db.length - 100] ^= 0xff;
    zip.file('workspace.db', db);
    const tampered = join(tempDir(), 'tampered.dpobackup');
    writeFileSync(tampered, await zip.generateAsync({ type: 'nodebuffer' }));
    await expect(restoreBackup(tampered, join(tempDir(), 'x'), PASS)).rejects.toThrow(/damaged/);
  });

  it('a backup written by an earlier version (the whole zip made in memory) still restores', async () => {
    const host = await unlockedHost(PASS);
    await seedCase(host, { ...ANNA, subject: 'Auskunft', received: '2026-01-31' });
    const file = join(tempDir(), 'b.dpobackup');
    await host.api['backup.create']({ path: file });
    const zip = await JSZip.loadAsync(readFileSync(file));
    const repacked = new JSZip();
    for (const name of ['backup.json', 'keyfile.json', 'workspace.db']) repacked.file(name, await zip.file(name)!.async('nodebuffer'), { binary: true });
    const older = join(tempDir(), 'older.dpobackup');
    writeFileSync(older, await repacked.generateAsync({ type: 'nodebuffer', compression: 'STORE' }));
    await expect(restoreBackup(older, join(tempDir(), 'from-older'), PASS)).resolves.toMatchObject({ cases: 1, messages: 1 });
  });

  it('a file that is not a backup, or a backup without its database, is refused and nothing is restored', async () => {
    const notZip = join(tempDir(), 'notes.dpobackup');
    writeFileSync(notZip, 'Meeting notes, not a backup.');
    const target = join(tempDir(), 'never');
    await expect(restoreBackup(notZip, target, PASS)).rejects.toThrow(/is not a DPO Desk backup/);
    const partial = new JSZip();
    partial.file('backup.json', '{}');
    const noDb = join(tempDir(), 'partial.dpobackup');
    writeFileSync(noDb, await partial.generateAsync({ type: 'nodebuffer' }));
    await expect(restoreBackup(noDb, target, PASS)).rejects.toThrow(/not a complete DPO Desk backup/);
    expect(existsSync(target)).toBe(false);
  });

  it('never writes over an existing file, and only .dpobackup files at absolute paths', async () => {
    const host = await unlockedHost(PASS);
    const existing = join(tempDir(), 'exists.dpobackup');
    writeFileSync(existing, 'keep me');
    expect(await host.invoke('backup.create', { path: existing })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(readFileSync(existing, 'utf8')).toBe('keep me');
    expect(await host.invoke('backup.create', { path: 'relative.dpobackup' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await host.invoke('backup.create', { path: join(tempDir(), 'notes.txt') })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('the daily automatic backup', () => {
  it('runs once a day into the backups folder and keeps the last N', async () => {
    let now = new Date('2026-03-01T08:00:00Z');
    const host = testHost(undefined, () => now);
    await host.api['workspace.create']({ passphrase: PASS, remember: false });
    host.context.ports.settings.set('backupKeep', 3);

    for (let day = 0; day < 5; day++) {
      const run = await host.api['backup.runScheduled']({});
      expect(run.ran).toBe(true);
      const again = await host.api['backup.runScheduled']({});
      expect(again).toMatchObject({ ran: false, backup: null });
      now = new Date(now.getTime() + 24 * 3600_000);
    }
    const list = await host.api['backup.list']({});
    expect(list.keep).toBe(3);
    expect(list.items.map((b) => b.createdAt)).toEqual(['2026-03-05T08:00:00Z', '2026-03-04T08:00:00Z', '2026-03-03T08:00:00Z']);
    expect(readdirSync(list.dir)).toHaveLength(3);
  });
});

describe('dpo backup and dpo restore', () => {
  function cli(env: NodeJS.ProcessEnv) {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s), env, prompt: async () => null } };
  }

  it('backs up to FILE and restores into a new folder; a wrong passphrase exits 3, an existing workspace exits 1', async () => {
    const host = await unlockedHost(PASS);
    await seedCase(host, { ...ANNA, subject: 'Erasure', received: '2026-01-31' });
    host.dispose();
    const file = join(tempDir(), 'nightly.dpobackup');
    const made = cli({ DPO_PASSPHRASE: PASS, DPO_DATA_DIR: host.workspace.dir });
    expect(await runCli(['backup', file, '--json'], made.io)).toBe(0);
    expect(JSON.parse(made.out[0])).toMatchObject({ path: file, removed: [] });

    const target = join(tempDir(), 'new-laptop');
    const wrong = cli({ DPO_PASSPHRASE: 'not it' });
    expect(await runCli(['restore', file, '--data-dir', target], wrong.io)).toBe(3);
    expect(wrong.err.join('\n')).toMatch(/passphrase/);
    expect(existsSync(target)).toBe(false);

    const ok = cli({ DPO_PASSPHRASE: PASS });
    expect(await runCli(['restore', file, '--data-dir', target, '--json'], ok.io)).toBe(0);
    expect(JSON.parse(ok.out[0])).toMatchObject({ dataDir: target, cases: 1, messages: 1, letters: 1 });
    const verify = cli({ DPO_PASSPHRASE: PASS });
    expect(await runCli(['audit', 'verify', '--data-dir', target], verify.io)).toBe(0);

    const again = cli({ DPO_PASSPHRASE: PASS });
    expect(await runCli(['restore', file, '--data-dir', target], again.io)).toBe(1);
    expect(again.err.join('\n')).toMatch(/already holds a workspace/);
  });
});
