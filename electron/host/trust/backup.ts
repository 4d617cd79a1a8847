// Backups: one .dpobackup file (a zip) holding a consistent encrypted snapshot of the database and the
// keyfile's wrapped keys, so restoring needs only the passphrase.
//
// The snapshot is taken with VACUUM INTO on the open connection: it reads inside one transaction, so
// the copy is consistent while the app keeps working, and SQLite3 Multiple Ciphers writes it encrypted
// with the same key. (The online-backup API, better-sqlite3's db.backup(), refuses here: it opens the
// destination without a key and fails with "backup is not supported with incompatible source and
// target databases".) VACUUM INTO also leaves out free pages, so purged data is not carried along.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { HostError } from '../../../shared/contract/define';
import { appendAudit } from '../store/audit';
import type { Db } from '../store/database';
import { readKeyfile, type Keyfile } from '../store/keyfile';
import { schemaVersion } from '../store/migrations';
import { checkNewFilePath, writeFileAtomic } from './files';

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

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** True when the bytes are an unencrypted SQLite file: a backup must never be one. */
export function isPlainSqlite(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 16)).toString('latin1') === 'SQLite format 3\0';
}

/** Snapshot the open database and write it with the keyfile (wrapped keys only) to `dest`. */
export async function writeBackup(db: Db, keyfilePath: string, dest: string, now: Date): Promise<BackupWritten> {
  const path = checkNewFilePath(dest, BACKUP_EXT, 'backup');
  const keyfile = readKeyfile(keyfilePath);
  if (!keyfile) throw new HostError('no-workspace', 'The workspace has no keyfile; there is nothing to back up.');
  // The key remembered by this computer's keyring is useless elsewhere and is left out.
  const { remembered: _remembered, ...portable } = keyfile;
  const snapshot = `${path}.snapshot-${process.pid}`;
  try {
    const head = db.prepare('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
    db.prepare('VACUUM INTO ?').run(snapshot);
    const bytes = readFileSync(snapshot);
    if (isPlainSqlite(bytes)) throw new Error('the snapshot came out unencrypted; the backup was not written');
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      version: 1,
      createdAt: now.toISOString(),
      schemaVersion: schemaVersion(db),
      db: { file: 'workspace.db', bytes: bytes.length, sha256: sha256(bytes) },
      auditHead: head ?? null,
    };
    const zip = new JSZip();
    zip.file('backup.json', JSON.stringify(manifest, null, 2), { date: now });
    zip.file('keyfile.json', JSON.stringify(portable as Keyfile, null, 2), { date: now });
    zip.file('workspace.db', bytes, { date: now, binary: true });
    // Encrypted pages do not compress; storing them keeps backups fast.
    const out = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    writeFileAtomic(path, out);
    db.transaction(() => appendAudit(db, { action: 'backup.created', entity: 'workspace', entityId: 'self', at: manifest.createdAt, data: { file: basename(path), sha256: sha256(out), auditHead: head?.seq ?? 0 } }))();
    return { path, bytes: out.length, sha256: sha256(out), createdAt: manifest.createdAt };
  } finally {
    rmSync(snapshot, { force: true });
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
