// Restoring a .dpobackup into a new workspace folder. Nothing is written until the passphrase has
// opened the backup's key; a folder that already holds a workspace is refused, untouched. The copy is
// assembled in a staging folder beside the target, checked (integrity, audit chain, the snapshot's
// audit head), audited as 'workspace.restored', and only then moved into place.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import JSZip from 'jszip';
import { HostError } from '../../../shared/contract/define';
import { appendAudit, verifyAudit } from '../store/audit';
import { openEncrypted, type Db } from '../store/database';
import { unwrapKey, writeKeyfile, type Keyfile } from '../store/keyfile';
import { migrate } from '../store/migrations';
import { DB_FILE, KEY_FILE } from '../workspace';
import { BACKUP_FORMAT, type BackupManifest } from './backup';

export interface RestoreResult {
  dataDir: string;
  backupCreatedAt: string;
  cases: number;
  messages: number;
  letters: number;
  auditEvents: number;
  restoredSeq: number;
}

export interface BackupContents { manifest: BackupManifest; keyfile: Keyfile; db: Buffer }

export async function readBackup(file: string): Promise<BackupContents> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(readFileSync(file));
  } catch {
    throw new HostError('invalid-input', `${file} is not a DPO Desk backup (it is not a readable .dpobackup file).`);
  }
  const text = async (name: string) => (await zip.file(name)?.async('string')) ?? null;
  const manifestText = await text('backup.json');
  const keyfileText = await text('keyfile.json');
  const db = await zip.file('workspace.db')?.async('nodebuffer');
  if (!manifestText || !keyfileText || !db) throw new HostError('invalid-input', `${file} is not a complete DPO Desk backup (backup.json, keyfile.json and workspace.db are needed).`);
  const manifest = JSON.parse(manifestText) as BackupManifest;
  const keyfile = JSON.parse(keyfileText) as Keyfile;
  if (manifest.format !== BACKUP_FORMAT || keyfile.format !== 'dpo-desk-keyfile') throw new HostError('invalid-input', `${file} is not a DPO Desk backup.`);
  if (createHash('sha256').update(db).digest('hex') !== manifest.db.sha256) {
    throw new HostError('invalid-input', `The database inside ${file} does not match its recorded SHA-256: the backup is damaged. Nothing was restored.`);
  }
  return { manifest, keyfile, db };
}

const WORKSPACE_FILES = [KEY_FILE, DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`];

export function holdsWorkspace(dir: string): boolean {
  return WORKSPACE_FILES.some((f) => existsSync(join(dir, f)));
}

export async function restoreBackup(file: string, dataDir: string, passphrase: string, now: Date = new Date()): Promise<RestoreResult> {
  const target = resolve(dataDir);
  if (holdsWorkspace(target)) throw new HostError('workspace-exists', `${target} already holds a workspace. Restore into a new, empty folder; nothing was changed.`);
  const { manifest, keyfile, db: dbBytes } = await readBackup(file);
  const dek = await unwrapKey(keyfile.passphrase, passphrase, 'passphrase');
  if (!dek) throw new HostError('wrong-passphrase', 'That passphrase does not open this backup (it is the passphrase the workspace had when the backup was made). Nothing was restored.');

  mkdirSync(dirname(target), { recursive: true });
  const staging = mkdtempSync(join(dirname(target), `.${basename(target)}.restoring-`));
  let db: Db | null = null;
  try {
    writeFileSync(join(staging, DB_FILE), dbBytes, { mode: 0o600 });
    db = openEncrypted(join(staging, DB_FILE), dek);
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new HostError('invalid-input', `The backed-up database fails SQLite's integrity check (${String(integrity)}). Nothing was restored.`);
    const chain = verifyAudit(db);
    if (!chain.ok) throw new HostError('invalid-input', `The backup's audit log does not verify: ${chain.message} Nothing was restored.`);
    if (manifest.auditHead) {
      const row = db.prepare('SELECT hash FROM audit_events WHERE seq = ?').get(manifest.auditHead.seq) as { hash: string } | undefined;
      if (row?.hash !== manifest.auditHead.hash) throw new HostError('invalid-input', `The backup's audit log does not hold event ${manifest.auditHead.seq} as recorded. Nothing was restored.`);
    }
    migrate(db);
    const count = (table: string) => (db!.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const restored = db.transaction(() =>
      appendAudit(db!, { action: 'workspace.restored', entity: 'workspace', entityId: 'self', at: now.toISOString(), data: { backup: basename(file), backupCreatedAt: manifest.createdAt, dbSha256: manifest.db.sha256, auditHead: manifest.auditHead?.seq ?? 0 } }),
    )();
    const result: RestoreResult = {
      dataDir: target,
      backupCreatedAt: manifest.createdAt,
      cases: count('cases'),
      messages: count('messages'),
      letters: count('letters'),
      auditEvents: count('audit_events'),
      restoredSeq: restored.seq,
    };
    db.close();
    db = null;
    writeKeyfile(join(staging, KEY_FILE), keyfile);
    moveInto(staging, target);
    return result;
  } finally {
    dek.fill(0);
    db?.close();
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Move the staged files into the target: a rename of the folder when the target does not exist yet. */
function moveInto(staging: string, target: string): void {
  if (!existsSync(target)) {
    renameSync(staging, target);
    return;
  }
  if (holdsWorkspace(target)) throw new HostError('workspace-exists', `${target} received a workspace while restoring; nothing was changed.`);
  for (const name of readdirSync(staging)) renameSync(join(staging, name), join(target, name));
}
