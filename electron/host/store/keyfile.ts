// The workspace's data key (DEK) is 32 random bytes that never touch the disk in the clear. The
// keyfile holds it wrapped (AES-256-GCM) under keys derived from the passphrase and from the
// recovery code with scrypt; the KDF parameters are stored beside each wrap so they can be raised
// later. A wrong passphrase fails on the GCM tag, before SQLite is touched.
import { createCipheriv, createDecipheriv, randomBytes, scrypt, type ScryptOptions } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync, openSync, fsyncSync, closeSync } from 'node:fs';

export interface ScryptParams { N: number; r: number; p: number }
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 }; // OWASP's scrypt minimum

export interface KeyWrap {
  kdf: 'scrypt';
  params: ScryptParams;
  salt: string;
  iv: string;
  tag: string;
  wrapped: string;
}

export interface Keyfile {
  format: 'dpo-desk-keyfile';
  version: 1;
  createdAt: string;
  passphrase: KeyWrap;
  recovery: KeyWrap;
  /** The DEK sealed by the operating system's keyring ("remember on this computer"). */
  remembered?: { backend: string; sealed: string };
}

function deriveKey(secret: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * 1024 * 1024 + 128 * params.N * params.r };
  return new Promise((resolve, reject) => scrypt(secret.normalize('NFC'), salt, 32, options, (err, key) => (err ? reject(err) : resolve(key))));
}

const aad = (purpose: string, params: ScryptParams) => Buffer.from(`dpo-desk/dek/v1/${purpose}/${params.N}.${params.r}.${params.p}`);

export async function wrapKey(dek: Buffer, secret: string, purpose: 'passphrase' | 'recovery', params: ScryptParams = DEFAULT_SCRYPT): Promise<KeyWrap> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const kek = await deriveKey(secret, salt, params);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(aad(purpose, params));
  const wrapped = Buffer.concat([cipher.update(dek), cipher.final()]);
  kek.fill(0);
  return { kdf: 'scrypt', params, salt: salt.toString('base64'), iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), wrapped: wrapped.toString('base64') };
}

/** The DEK, or null when the secret is wrong (the GCM tag does not verify). */
export async function unwrapKey(wrap: KeyWrap, secret: string, purpose: 'passphrase' | 'recovery'): Promise<Buffer | null> {
  const kek = await deriveKey(secret, Buffer.from(wrap.salt, 'base64'), wrap.params);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrap.iv, 'base64'));
    decipher.setAAD(aad(purpose, wrap.params));
    decipher.setAuthTag(Buffer.from(wrap.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrap.wrapped, 'base64')), decipher.final()]);
  } catch {
    return null;
  } finally {
    kek.fill(0);
  }
}

export function readKeyfile(path: string): Keyfile | null {
  if (!existsSync(path)) return null;
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Keyfile;
  if (parsed.format !== 'dpo-desk-keyfile') throw new Error(`${path} is not a DPO Desk keyfile`);
  return parsed;
}

/** Write to a temporary name, flush, then rename: a crash leaves the old keyfile or the new one, never half of one. */
export function writeKeyfile(path: string, keyfile: Keyfile): void {
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, JSON.stringify(keyfile, null, 2), { mode: 0o600 });
  const fd = openSync(tmp, 'r');
  fsyncSync(fd);
  closeSync(fd);
  renameSync(tmp, path);
}

/** A recovery code a person can copy: 140 random bits as 7 groups of 4 base32 letters. */
export function newRecoveryCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(28);
  const chars = Array.from(bytes, (b) => alphabet[b % 32]).join('');
  return chars.match(/.{1,4}/g)!.slice(0, 7).join('-');
}

export function normaliseRecoveryCode(code: string): string {
  const clean = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return clean.match(/.{1,4}/g)?.join('-') ?? '';
}
