// Restoring a .dpobackup into a new workspace folder. Nothing is written until the passphrase has
// opened the backup's key; a folder that already holds a workspace is refused, untouched. The copy is
// assembled in a staging folder beside the target, checked (integrity, audit chain, the snapshot's
// audit head), audited as 'workspace.restored', and only then moved into place.
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
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

/** A backup opened for reading: its manifest and keyfile, and its database still in the zip. */
export interface BackupContents {
  manifest: BackupManifest;
  keyfile: Keyfile;
  /** Writes the database to `dest` as a stream, checking it against the manifest's SHA-256. */
  extractDb(dest: string): Promise<void>;
  close(): void;
}

/** backup.json and keyfile.json are a few KB; anything much larger is not ours. */
const MAX_JSON_ENTRY = 1024 * 1024;

async function entryText(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads the backup's directory and small files; the database is read only when extracted. */
export async function readBackup(file: string): Promise<BackupContents> {
  const notABackup = () => new HostError('invalid-input', `${file} is not a DPO Desk backup (it is not a readable .dpobackup file).`);
  const zip = await yauzl.openPromise(file, { autoClose: false }).catch(() => {
    throw notABackup();
  });
  const entries = new Map<string, yauzl.Entry>();
  try {
    try {
      for await (const entry of zip.eachEntry()) entries.set(entry.fileName, entry);
    } catch {
      throw notABackup();
    }
    const manifestEntry = entries.get('backup.json');
    const keyfileEntry = entries.get('keyfile.json');
    const dbEntry = entries.get('workspace.db');
    if (!manifestEntry || !keyfileEntry || !dbEntry) throw new HostError('invalid-input', `${file} is not a complete DPO Desk backup (backup.json, keyfile.json and workspace.db are needed).`);
    if (manifestEntry.uncompressedSize > MAX_JSON_ENTRY || keyfileEntry.uncompressedSize > MAX_JSON_ENTRY) throw notABackup();
    let manifest: BackupManifest;
    let keyfile: Keyfile;
    try {
      manifest = JSON.parse(await entryText(zip, manifestEntry)) as BackupManifest;
      keyfile = JSON.parse(await entryText(zip, keyfileEntry)) as Keyfile;
    } catch {
      throw notABackup();
    }
    if (manifest?.format !== BACKUP_FORMAT || keyfile?.format !== 'dpo-desk-keyfile') throw new HostError('invalid-input', `${file} is not a DPO Desk backup.`);
    const damaged = () => new HostError('invalid-input', `The database inside ${file} does not match its recorded SHA-256: the backup is damaged. Nothing was restored.`);
    return {
      manifest,
      keyfile,
      async extractDb(dest) {
        const hash = createHash('sha256');
        const hashing = new Transform({ transform(chunk: Buffer, _enc, done) { hash.update(chunk); done(null, chunk); } });
        try {
          await pipeline(await zip.openReadStreamPromise(dbEntry), hashing, createWriteStream(dest, { mode: 0o600, flags: 'wx' }));
        } catch (err) {
          // The disk refusing the copy is said as it is; bytes that do not match the zip's own size or
          // CRC are damage, the same as a wrong SHA-256.
          if ((err as NodeJS.ErrnoException).syscall) throw err;
          throw damaged();
        }
        if (hash.digest('hex') !== manifest.db.sha256) throw damaged();
      },
      close: () => zip.close(),
    };
  } catch (err) {
    zip.close();
    throw err;
  }
}

const WORKSPACE_FILES = [KEY_FILE, DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`];

export function holdsWorkspace(dir: string): boolean {
  return WORKSPACE_FILES.some((f) => existsSync(join(dir, f)));
}

export async function restoreBackup(file: string, dataDir: string, passphrase: string, now: Date = new Date()): Promise<RestoreResult> {
  const target = resolve(dataDir);
  if (holdsWorkspace(target)) throw new HostError('workspace-exists', `${target} already holds a workspace. Restore into a new, empty folder; nothing was changed.`);
  const backup = await readBackup(file);
  try {
    return await restoreFrom(backup, file, target, passphrase, now);
  } finally {
    backup.close();
  }
}

async function restoreFrom(backup: BackupContents, file: string, target: string, passphrase: string, now: Date): Promise<RestoreResult> {
  const { manifest, keyfile } = backup;
  const dek = await unwrapKey(keyfile.passphrase, passphrase, 'passphrase');
  if (!dek) throw new HostError('wrong-passphrase', 'That passphrase does not open this backup (it is the passphrase the workspace had when the backup was made). Nothing was restored.');

  mkdirSync(dirname(target), { recursive: true });
  const staging = mkdtempSync(join(dirname(target), `.${basename(target)}.restoring-`));
  let db: Db | null = null;
  try {
    await backup.extractDb(join(staging, DB_FILE));
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
