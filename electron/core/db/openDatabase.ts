import Database from 'better-sqlite3-multiple-ciphers';

export type Db = Database.Database;

export type OpenOptions = {
  /**
   * SQLCipher key. Absent: the file is opened unencrypted (the trust work makes a key mandatory).
   * Present: SQLCipher v4 settings, so the file is readable by standard SQLCipher tools.
   */
  key?: string;
  /**
   * A raw 256-bit SQLCipher key (the vault's random register key). Used as is, with no key derivation,
   * so opening takes a millisecond rather than SQLCipher's 256,000 PBKDF2 rounds (~120 ms measured):
   * the key is already random, and the password's slow derivation (scrypt) happened in the vault.
   */
  rawKey?: Buffer;
  /** Path to the driver's compiled `.node` file, for a runtime other than the one npm built it for (Electron). */
  nativeBinding?: string;
  readonly?: boolean;
};

/**
 * The only place Casebook opens a database: the driver, its pragmas and the key live here.
 * `:memory:` works for tests that need neither WAL nor durability.
 *
 * Writes run as `db.transaction(fn).immediate()`: BEGIN IMMEDIATE takes the write lock up front, so a
 * transaction that reads before it writes cannot fail half-way with SQLITE_BUSY_SNAPSHOT when another
 * process (the CLI beside the app) has written meanwhile; it waits for busy_timeout instead.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.readonly ? { readonly: true, fileMustExist: true } : {}),
  });
  try {
    const keyLiteral = sqlcipherKeyLiteral(options);
    if (keyLiteral !== null) {
      db.pragma(`cipher = 'sqlcipher'`);
      db.pragma('legacy = 4');
      db.pragma(`key = ${keyLiteral}`);
    }
    // Reading the schema proves the key (a wrong key fails here with SQLITE_NOTADB).
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL'); // incident records are evidence: durability over write speed
    db.pragma('foreign_keys = ON'); // off by default in SQLite
    db.pragma('busy_timeout = 5000');
    db.pragma('trusted_schema = OFF');
    // Deleted and overwritten content is zeroed, not left in free space, so an erasure leaves no bytes
    // behind (docs/retention.md#the-file-forgets); encrypted registers get it too, and it costs little.
    db.pragma('secure_delete = ON');
    // 64 MB of page cache (SQLite's default is 2 MB): a 100,000-incident register searches several
    // times faster when its indexes stay in memory, and encrypted pages are decrypted once, not per read.
    db.pragma('cache_size = -65536');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The key as PRAGMA key/rekey take it (PRAGMA cannot take bound parameters), or null for a plain file. */
function sqlcipherKeyLiteral(options: Pick<OpenOptions, 'key' | 'rawKey'>): string | null {
  const key = options.rawKey !== undefined ? rawKeyText(options.rawKey) : options.key;
  return key === undefined ? null : `'${key.replaceAll("'", "''")}'`;
}

/**
 * A raw key as SQLCipher's key text: `x'<64 hex digits>'` is taken as the key itself, not a passphrase.
 * Code that takes the key as text (the backup module) opens the same file with it.
 */
export function rawKeyText(rawKey: Buffer): string {
  if (rawKey.length !== 32) throw new Error('A raw register key is 32 bytes');
  return `x'${rawKey.toString('hex')}'`;
}

/**
 * Re-encrypts an open register under a new raw key (or encrypts a plain one). SQLite3MultipleCiphers
 * refuses to rekey in WAL mode, so the journal is switched to DELETE for the rewrite and back after.
 */
export function rekeyDatabase(db: Db, rawKey: Buffer): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.pragma(`rekey = ${sqlcipherKeyLiteral({ rawKey })}`);
  db.pragma('journal_mode = WAL');
}

export function closeDatabase(db: Db): void {
  if (!db.open) return;
  if (!db.readonly) db.pragma('optimize'); // recommended by SQLite right before closing
  db.close();
}
