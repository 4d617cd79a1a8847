// Writing the files trust features produce (backups, bundles, certificates): only to an absolute
// path the caller chose, with the expected extension, never over an existing file, and atomically
// (temporary name, flush, rename) so a crash leaves no half-written file under the real name.
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { HostError } from '../../../shared/contract/define';

/** Checks a path a new file may be written to; returns it normalised. */
export function checkNewFilePath(path: string, extension: string, what: string): string {
  if (path.includes('\0')) throw new HostError('invalid-input', `The ${what} path contains a NUL character.`);
  if (!isAbsolute(path)) throw new HostError('invalid-input', `The ${what} path must be absolute (got "${path.slice(0, 200)}").`);
  const full = resolve(path);
  if (!full.toLowerCase().endsWith(extension)) throw new HostError('invalid-input', `The ${what} must be a ${extension} file (got "${full.slice(0, 200)}").`);
  const parent = dirname(full);
  if (!existsSync(parent) || !statSync(parent).isDirectory()) throw new HostError('invalid-input', `The folder ${parent.slice(0, 200)} does not exist.`);
  if (existsSync(full)) throw new HostError('conflict', `${full.slice(0, 200)} already exists; choose another name. Nothing was overwritten.`);
  return full;
}

export const MAX_READ_BYTES = 2 ** 31 - 1;

/** Checks a path an existing file is read from. */
export function checkExistingFile(path: string, what: string): string {
  if (path.includes('\0') || !isAbsolute(path)) throw new HostError('invalid-input', `The ${what} path must be an absolute path.`);
  const full = resolve(path);
  if (!existsSync(full) || !statSync(full).isFile()) throw new HostError('not-found', `There is no ${what} at ${full.slice(0, 200)}.`);
  // Read whole into memory: refuse what cannot be a bundle or backup (and pseudo-files like /proc/kcore).
  if (statSync(full).size > MAX_READ_BYTES) throw new HostError('invalid-input', `${full.slice(0, 200)} is too large to be a ${what}.`);
  return full;
}

export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const tmp = `${path}.partial-${process.pid}`;
  try {
    writeFileSync(tmp, bytes, { mode: 0o600, flag: 'wx' });
    const fd = openSync(tmp, 'r');
    fsyncSync(fd);
    closeSync(fd);
    if (existsSync(path)) throw new HostError('conflict', `${path} appeared while it was being written; nothing was overwritten.`);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}
