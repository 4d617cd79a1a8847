// Backups: one .dpobackup file (a zip) holding a consistent encrypted snapshot of the database and the
// keyfile's wrapped keys, so restoring needs only the passphrase.
//
// The snapshot is taken with VACUUM INTO on the open connection: it reads inside one transaction, so
// the copy is consistent while the app keeps working, and SQLite3 Multiple Ciphers writes it encrypted
// with the same key. (The online-backup API, better-sqlite3's db.backup(), refuses here: it opens the
// destination without a key and fails with "backup is not supported with incompatible source and
// target databases".) VACUUM INTO also leaves out free pages, so purged data is not carried along.
//
// The zip is written as a stream (yazl), the snapshot read from its file as it goes: a workspace of
// several GB is never held in memory, and past 4 GB the zip switches to ZIP64 by itself.
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { HostError } from '../../../shared/contract/define';
import { appendAudit } from '../store/audit';
import type { Db } from '../store/database';
import { readKeyfile, type Keyfile } from '../store/keyfile';
import { schemaVersion } from '../store/migrations';
import { checkNewFilePath } from './files';

export const BACKUP_EXT = '.dpobackup';
export const BACKUP_FORMAT = 'dpo-desk-backup';
export const DEFAULT_BACKUP_KEEP = 10;
const AUTO_NAME = /^dpo-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z(-\d+)?\.dpobackup$/;

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: 1;
  createdAt: string;
  schemaVersion: number;
  db: { file: 'workspace.db'; bytes: number; sha256: string };
  /** The newest audit event when the snapshot was taken; a restore must find it, unchanged. */
  auditHead: { seq: number; hash: string } | null;
}

export interface BackupWritten { path: string; bytes: number; sha256: string; createdAt: string }

/** True when the bytes are an unencrypted SQLite file: a backup must never be one. */
export function isPlainSqlite(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 16)).toString('latin1') === 'SQLite format 3\0';
}

/** The SHA-256 of a file, read as a stream. */
export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function fileStart(path: string, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(length);
    return head.subarray(0, readSync(fd, head, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

/** Snapshot the open database and write it with the keyfile (wrapped keys only) to `dest`. */
export async function writeBackup(db: Db, keyfilePath: string, dest: string, now: Date): Promise<BackupWritten> {
  const path = checkNewFilePath(dest, BACKUP_EXT, 'backup');
  const keyfile = readKeyfile(keyfilePath);
  if (!keyfile) throw new HostError('no-workspace', 'The workspace has no keyfile; there is nothing to back up.');
  // The key remembered by this computer's keyring is useless elsewhere and is left out.
  const { remembered: _remembered, ...portable } = keyfile;
  const snapshot = `${path}.snapshot-${process.pid}`;
  const partial = `${path}.partial-${process.pid}`;
  try {
    const head = db.prepare('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
    db.prepare('VACUUM INTO ?').run(snapshot);
    if (isPlainSqlite(fileStart(snapshot, 16))) throw new Error('the snapshot came out unencrypted; the backup was not written');
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      version: 1,
      createdAt: now.toISOString(),
      schemaVersion: schemaVersion(db),
      db: { file: 'workspace.db', bytes: statSync(snapshot).size, sha256: await fileSha256(snapshot) },
      auditHead: head ?? null,
    };
    // Encrypted pages do not compress; storing them keeps backups fast.
    const zip = new yazl.ZipFile();
    zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), 'backup.json', { mtime: now, compress: false });
    zip.addBuffer(Buffer.from(JSON.stringify(portable as Keyfile, null, 2)), 'keyfile.json', { mtime: now, compress: false });
    zip.addFile(snapshot, 'workspace.db', { mtime: now, compress: false });
    zip.end();
    await pipeline(zip.outputStream, createWriteStream(partial, { mode: 0o600, flags: 'wx' }));
    const fd = openSync(partial, 'r');
    fsyncSync(fd);
    closeSync(fd);
    if (existsSync(path)) throw new HostError('conflict', `${path} appeared while it was being written; nothing was overwritten.`);
    renameSync(partial, path);
    const written = { path, bytes: statSync(path).size, sha256: await fileSha256(path), createdAt: manifest.createdAt };
    db.transaction(() => appendAudit(db, { action: 'backup.created', entity: 'workspace', entityId: 'self', at: manifest.createdAt, data: { file: basename(path), sha256: written.sha256, auditHead: head?.seq ?? 0 } }))();
    return written;
  } finally {
    rmSync(snapshot, { force: true });
    rmSync(partial, { force: true });
  }
}

export function backupsDir(workspaceDir: string): string {
  return join(workspaceDir, 'backups');
}

/** The automatic backups in the folder, newest first. */
export function listBackups(dir: string): Array<{ path: string; bytes: number; createdAt: string }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => AUTO_NAME.test(name))
    .sort()
    .reverse()
    .map((name) => {
      const path = join(dir, name);
      const stamp = name.slice('dpo-backup-'.length, 'dpo-backup-'.length + 20);
      return { path, bytes: statSync(path).size, createdAt: `${stamp.slice(0, 13)}:${stamp.slice(14, 16)}:${stamp.slice(17, 19)}Z` };
    });
}

/** A new file name in the backups folder for this moment. */
export function nextBackupPath(dir: string, now: Date): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
  let path = join(dir, `dpo-backup-${stamp}Z${BACKUP_EXT}`);
  for (let i = 2; existsSync(path); i++) path = join(dir, `dpo-backup-${stamp}Z-${i}${BACKUP_EXT}`);
  return path;
}

/** Remove the oldest automatic backups beyond `keep`; returns the removed paths. */
export function pruneBackups(dir: string, keep: number): string[] {
  const old = listBackups(dir).slice(Math.max(1, keep));
  for (const b of old) rmSync(b.path, { force: true });
  return old.map((b) => b.path);
}
