// Opens the workspace database with SQLCipher-compatible page encryption: the file, its WAL and
// its indexes hold no plaintext. The data key is passed raw (no second KDF at open).
import Database from 'better-sqlite3-multiple-ciphers';

export type Db = Database.Database;

export class WrongKeyError extends Error {}

export function assertNodeApi(): void {
  // Older Node crashes inside the addon instead of failing: say why before loading it.
  if (Number(process.versions.napi) < 10) throw new Error(`DPO Desk needs Node.js 22 or newer to open its database (this is ${process.version}).`);
}

export function openEncrypted(file: string, dek: Buffer): Db {
  assertNodeApi();
  const db = new Database(file);
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${dek.toString('hex')}'"`);
    // The first read fails with SQLITE_NOTADB when the key is wrong.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (err) {
    db.close();
    if (err instanceof Error && /not a database|file is encrypted/i.test(err.message)) throw new WrongKeyError('the data key does not open this database');
    throw err;
  }
  applyConnectionSettings(db);
  return db;
}

/** The same settings, unencrypted: only for the benchmark's plain baseline. */
export function openPlain(file: string): Db {
  assertNodeApi();
  const db = new Database(file);
  applyConnectionSettings(db);
  return db;
}

function applyConnectionSettings(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL'); // a power cut must not lose a committed case
  db.pragma('foreign_keys = ON');
  db.pragma('temp_store = MEMORY'); // no plaintext temp files
  db.pragma('secure_delete = ON'); // deleted personal data is overwritten, not left in free pages
  db.pragma('busy_timeout = 5000');
  // Decrypted pages stay in memory: without a large cache every scan decrypts the same pages again.
  db.pragma('cache_size = -65536');
}
