// One workspace = one folder: the encrypted database (with its -wal and -shm), the keyfile with the
// wrapped data key, and non-secret preferences. This class owns the open database and the key.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { HostError } from '../../shared/contract/define';
import { appendAudit } from './store/audit';
import { openEncrypted, type Db } from './store/database';
import { DEFAULT_SCRYPT, newRecoveryCode, normaliseRecoveryCode, readKeyfile, unwrapKey, wrapKey, writeKeyfile, type Keyfile, type ScryptParams } from './store/keyfile';
import { DatabaseTooNewError, migrate } from './store/migrations';
import type { HostPorts } from './ports';

export const DB_FILE = 'workspace.db';
export const KEY_FILE = 'keyfile.json';

export interface WorkspaceOptions {
  /** KDF cost; lowered only by tests that create many workspaces. */
  scrypt?: ScryptParams;
}

export class Workspace {
  private db: Db | null = null;
  private onLockListeners: Array<() => void> = [];

  constructor(
    readonly dir: string,
    private readonly ports: HostPorts,
    private readonly options: WorkspaceOptions = {},
  ) {}

  get dbPath(): string {
    return join(this.dir, DB_FILE);
  }
  get keyfilePath(): string {
    return join(this.dir, KEY_FILE);
  }
  exists(): boolean {
    return existsSync(this.keyfilePath);
  }
  isUnlocked(): boolean {
    return this.db !== null;
  }
  onLock(listener: () => void): void {
    this.onLockListeners.push(listener);
  }

  /** The open database; a locked workspace is an error the UI answers with the lock screen. */
  database(): Db {
    if (this.db) return this.db;
    if (!this.exists()) throw new HostError('no-workspace', `There is no workspace in ${this.dir} yet. Create one first (dpo init).`);
    throw new HostError('locked', 'The workspace is locked. Unlock it with your passphrase.');
  }

  async create(passphrase: string, opts: { remember?: boolean } = {}): Promise<{ recoveryCode: string }> {
    if (this.exists()) throw new HostError('workspace-exists', `A workspace already exists in ${this.dir}; nothing was changed.`);
    if (existsSync(this.dbPath)) throw new HostError('workspace-exists', `${this.dbPath} exists without its keyfile; refusing to overwrite it.`);
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const dek = randomBytes(32);
    const recoveryCode = newRecoveryCode();
    const params = this.options.scrypt ?? DEFAULT_SCRYPT;
    // Both derivations at once: scrypt runs on the thread pool, so this halves the wait.
    const [passphraseWrap, recoveryWrap] = await Promise.all([wrapKey(dek, passphrase, 'passphrase', params), wrapKey(dek, recoveryCode, 'recovery', params)]);
    const keyfile: Keyfile = {
      format: 'dpo-desk-keyfile',
      version: 1,
      createdAt: this.ports.now().toISOString(),
      passphrase: passphraseWrap,
      recovery: recoveryWrap,
    };
    // The keyfile first: a crash after it leaves a workspace that unlocks (empty), never a database
    // that no keyfile opens.
    writeKeyfile(this.keyfilePath, keyfile);
    const db = openEncrypted(this.dbPath, dek);
    migrate(db);
    db.transaction(() => appendAudit(db, { action: 'workspace.created', entity: 'workspace', entityId: 'self', at: keyfile.createdAt }))();
    this.db = db;
    if (opts.remember) await this.remember(dek);
    dek.fill(0);
    return { recoveryCode };
  }

  async unlock(passphrase: string, opts: { remember?: boolean } = {}): Promise<void> {
    const keyfile = this.requireKeyfile();
    const dek = await unwrapKey(keyfile.passphrase, passphrase, 'passphrase');
    if (!dek) throw new HostError('wrong-passphrase', 'That passphrase does not open this workspace. Nothing was changed; try again.');
    this.openWith(dek);
    if (opts.remember) await this.remember(dek);
    dek.fill(0);
  }

  async unlockRemembered(): Promise<void> {
    const keyfile = this.requireKeyfile();
    const backend = await this.ports.keyring.backend();
    if (!keyfile.remembered || !backend) throw new HostError('unavailable', 'This computer does not remember the workspace key. Unlock with your passphrase.');
    if (keyfile.remembered.backend !== backend) {
      throw new HostError('unavailable', `The key was remembered with the ${keyfile.remembered.backend} keyring, but this session uses ${backend}. Unlock with your passphrase.`);
    }
    const dek = Buffer.from(await this.ports.keyring.unseal(keyfile.remembered.sealed), 'hex');
    this.openWith(dek);
    dek.fill(0);
  }

  hasRememberedKey(): boolean {
    return Boolean(readKeyfile(this.keyfilePath)?.remembered);
  }

  lock(): void {
    if (!this.db) return;
    this.db.close();
    this.db = null;
    for (const listener of this.onLockListeners) listener();
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    const keyfile = this.requireKeyfile();
    const dek = await unwrapKey(keyfile.passphrase, current, 'passphrase');
    if (!dek) throw new HostError('wrong-passphrase', 'The current passphrase is not right. The passphrase was not changed.');
    await this.rewrap(keyfile, dek, next, 'passphrase.changed');
  }

  async recover(recoveryCode: string, next: string): Promise<void> {
    const keyfile = this.requireKeyfile();
    const dek = await unwrapKey(keyfile.recovery, normaliseRecoveryCode(recoveryCode), 'recovery');
    if (!dek) throw new HostError('wrong-passphrase', 'That recovery code does not open this workspace. Check it letter by letter; nothing was changed.');
    await this.rewrap(keyfile, dek, next, 'passphrase.recovered');
  }

  /** Only the wrap changes; the database pages are not rewritten. */
  private async rewrap(keyfile: Keyfile, dek: Buffer, next: string, action: string): Promise<void> {
    const updated: Keyfile = { ...keyfile, passphrase: await wrapKey(dek, next, 'passphrase', keyfile.passphrase.params) };
    if (!this.db) this.openWith(dek);
    writeKeyfile(this.keyfilePath, updated);
    const db = this.database();
    db.transaction(() => appendAudit(db, { action, entity: 'workspace', entityId: 'self' }))();
    dek.fill(0);
  }

  private async remember(dek: Buffer): Promise<void> {
    const backend = await this.ports.keyring.backend();
    if (!backend) throw new HostError('unavailable', 'This computer has no secure keyring, so the key cannot be remembered. You will be asked for the passphrase each time.');
    const keyfile = this.requireKeyfile();
    writeKeyfile(this.keyfilePath, { ...keyfile, remembered: { backend, sealed: await this.ports.keyring.seal(dek.toString('hex')) } });
  }

  private requireKeyfile(): Keyfile {
    const keyfile = readKeyfile(this.keyfilePath);
    if (!keyfile) throw new HostError('no-workspace', `There is no workspace in ${this.dir} yet. Create one first (dpo init).`);
    return keyfile;
  }

  private openWith(dek: Buffer): void {
    if (this.db) return;
    const db = openEncrypted(this.dbPath, dek);
    try {
      const applied = migrate(db);
      if (applied.length) db.transaction(() => appendAudit(db, { action: 'schema.migrated', entity: 'workspace', entityId: 'self', data: { versions: applied } }))();
    } catch (err) {
      db.close();
      if (err instanceof DatabaseTooNewError) throw new HostError('workspace-too-new', err.message);
      throw err;
    }
    this.db = db;
  }
}
