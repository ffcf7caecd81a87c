import type { Db } from '../../../electron/core/db/openDatabase';

type Row = { type: string; name: string; tbl_name: string; sql: string | null };

/**
 * The schema as text: every `sqlite_schema` row (type, name, table, SQL as stored), in a fixed order, so
 * two databases with the same schema give the same text byte for byte and a diff names what differs.
 * SQLite's statistics tables are left out: `PRAGMA optimize` on close creates them once a file has data.
 */
export function schemaSnapshot(db: Db): string {
  const rows = db.prepare<[], Row>(`SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name`).all();
  return rows.map((r) => `-- ${r.type} ${r.name} on ${r.tbl_name}\n${r.sql === null ? '-- (created by SQLite)' : `${r.sql};`}\n`).join('\n');
}
