import Database from 'better-sqlite3-multiple-ciphers';

export type Db = Database.Database;

export type OpenOptions = {
  /**
   * SQLCipher key. Absent: the file is opened unencrypted (the trust work makes a key mandatory).
   * Present: SQLCipher v4 settings, so the file is readable by standard SQLCipher tools.
   */
  key?: string;
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
    if (options.key !== undefined) {
      db.pragma(`cipher = 'sqlcipher'`);
      db.pragma('legacy = 4');
      // PRAGMA cannot take bound parameters; the key is quoted as an SQL string literal.
      db.pragma(`key = '${options.key.replaceAll("'", "''")}'`);
    }
    // Reading the schema proves the key (a wrong key fails here with SQLITE_NOTADB).
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL'); // incident records are evidence: durability over write speed
    db.pragma('foreign_keys = ON'); // off by default in SQLite
    db.pragma('busy_timeout = 5000');
    db.pragma('trusted_schema = OFF');
    // 64 MB of page cache (SQLite's default is 2 MB): a 100,000-incident register searches several
    // times faster when its indexes stay in memory, and encrypted pages are decrypted once, not per read.
    db.pragma('cache_size = -65536');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function closeDatabase(db: Db): void {
  if (!db.open) return;
  if (!db.readonly) db.pragma('optimize'); // recommended by SQLite right before closing
  db.close();
}
