import { createHash } from 'node:crypto';
import type { Db } from '../db/openDatabase';

/**
 * The tables the audit log answers for: every write to them is an audited write, so verify can compare
 * them with the log. Left out: the log itself, the data keys (destroyed by an audited erasure), drafts
 * (outside the chain by design) and the search indexes (rebuilt from these tables).
 */
export const AUDITED_TABLES = [
  'settings',
  'reference_counters',
  'incidents',
  'status_history',
  'notes',
  'parties',
  'involvements',
  'involvement_roles',
  'involvement_data_categories',
  'incident_data_categories',
  'incident_subject_categories',
  'assessments',
  'regulator_reports',
  'external_notifications',
  'actions',
  'evidence_blobs',
  'evidence',
  'evidence_attachments',
  'gateway_imports',
  'email_messages',
] as const;

/**
 * LtHash (lattice hash, 1024 lanes of 16 bits): a table's digest is the lane-wise sum of each row's
 * SHAKE-256 expansion, so adding or removing a row changes it by that row alone — a write updates it in
 * time proportional to the rows it touched, and verify recomputes it in one pass over the table. Unlike a
 * plain sum or XOR of hashes, nobody can craft rows that cancel out.
 */
const LANES = 1024;
export type TableState = Uint16Array;

export const emptyState = (): TableState => new Uint16Array(LANES);

function rowLanes(json: string): Uint16Array {
  const bytes = createHash('shake256', { outputLength: LANES * 2 })
    .update(json)
    .digest();
  return new Uint16Array(bytes.buffer, bytes.byteOffset, LANES);
}

export function addRow(state: TableState, json: string, sign: 1 | -1): void {
  const lanes = rowLanes(json);
  for (let i = 0; i < LANES; i += 1) state[i] = state[i]! + sign * lanes[i]!;
}

/** What an entry records of a table: 128 bits of SHA-256 over its state. */
export function stateDigest(state: TableState): string {
  return createHash('sha256')
    .update(new Uint8Array(state.buffer, state.byteOffset, state.byteLength))
    .digest('hex')
    .slice(0, 32);
}

/** Each row as one JSON text, the same in the triggers and in verify: blobs as hex (JSON holds no bytes). */
function rowJson(db: Db, table: string, alias: string): string {
  const columns = db.prepare<[], { name: string; type: string }>(`SELECT name, type FROM pragma_table_info('${table}')`).all();
  return `json_array(${columns.map((c) => (c.type.toUpperCase() === 'BLOB' ? `hex(${alias}."${c.name}")` : `${alias}."${c.name}"`)).join(', ')})`;
}

/** Every row of a table folded into its state: the one pass verify makes, and the start of a register's first digest. */
export function tableState(db: Db, table: string): TableState {
  const state = emptyState();
  for (const { row } of db.prepare<[], { row: string }>(`SELECT ${rowJson(db, table, 't')} AS row FROM main."${table}" t`).iterate()) addRow(state, row, 1);
  return state;
}

/**
 * Notes every row this connection writes to an audited table, before and after, in a temporary table
 * that rolls back with its transaction; appendAudit folds them into the tables' states. Temporary
 * triggers exist only on this connection: an edit made with any other tool is not noted, and verify
 * finds its table no longer matching the log.
 */
const watched = new WeakSet<Db>();

export function watchAuditedTables(db: Db): void {
  if (watched.has(db)) return;
  const exists = db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name = ?");
  if (db.readonly || exists.get('audit_row_states')!.n === 0) return;
  watched.add(db);
  db.exec('CREATE TEMP TABLE IF NOT EXISTS audit_touched (tbl TEXT NOT NULL, old_row TEXT, new_row TEXT)');
  for (const table of AUDITED_TABLES) {
    const [oldRow, newRow] = [rowJson(db, table, 'OLD'), rowJson(db, table, 'NEW')];
    db.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS audit_touched_${table}_insert AFTER INSERT ON main."${table}"
      BEGIN INSERT INTO audit_touched VALUES ('${table}', NULL, ${newRow}); END;
      CREATE TEMP TRIGGER IF NOT EXISTS audit_touched_${table}_update AFTER UPDATE ON main."${table}"
      BEGIN INSERT INTO audit_touched VALUES ('${table}', ${oldRow}, ${newRow}); END;
      CREATE TEMP TRIGGER IF NOT EXISTS audit_touched_${table}_delete AFTER DELETE ON main."${table}"
      BEGIN INSERT INTO audit_touched VALUES ('${table}', ${oldRow}, NULL); END;`);
  }
}

/**
 * Folds the rows written since the last audit entry into their tables' states and returns the digest of
 * each table touched, for the entry about to be written. A table's first digest starts from all its rows.
 */
export function foldTouchedRows(db: Db): Record<string, string> | null {
  // A context made before the register was migrated watches from now on; a table's first digest is read whole anyway.
  watchAuditedTables(db);
  const touched = db.prepare<[], { tbl: string; old_row: string | null; new_row: string | null }>('SELECT tbl, old_row, new_row FROM temp.audit_touched').all();
  if (touched.length === 0) return null;
  db.exec('DELETE FROM temp.audit_touched');
  const readState = db.prepare<[string], { state: Buffer }>('SELECT state FROM audit_row_states WHERE table_name = ?');
  const states = new Map<string, { state: TableState; isNew: boolean }>();
  for (const t of touched) {
    let entry = states.get(t.tbl);
    if (!entry) {
      const stored = readState.get(t.tbl)?.state;
      // Read after the writes: the table's whole present content is the state, so this first write's rows are already in it.
      entry = stored ? { state: new Uint16Array(new Uint8Array(stored).buffer), isNew: false } : { state: tableState(db, t.tbl), isNew: true };
      states.set(t.tbl, entry);
    }
    if (entry.isNew) continue;
    if (t.old_row !== null) addRow(entry.state, t.old_row, -1);
    if (t.new_row !== null) addRow(entry.state, t.new_row, 1);
  }
  const write = db.prepare('INSERT INTO audit_row_states (table_name, state) VALUES (?, ?) ON CONFLICT (table_name) DO UPDATE SET state = excluded.state');
  const digests: Record<string, string> = {};
  for (const [table, { state }] of [...states].sort(([a], [b]) => (a < b ? -1 : 1))) {
    write.run(table, Buffer.from(state.buffer, state.byteOffset, state.byteLength));
    digests[table] = stateDigest(state);
  }
  return digests;
}
