import { AppError } from '../../../shared/contract/result';
import { formatUkDateTime } from '../../../shared/time/ukTime';
import type { Db } from './openDatabase';

/** The tables whose rows an officer edits from an open copy, each with the column a row is found by. */
const KEY_COLUMN = { incidents: 'id', parties: 'id', involvements: 'seq', actions: 'id' } as const;

export type VersionedTable = keyof typeof KEY_COLUMN;
type RowKey = string | number;
type Stamp = { actor: string; at: number };

/** The version of a row the officer last saw, and how the row is named when it turns out stale. */
export type Seen = { version: number; what: string };

type Changed = { version: number; updated_by: string; updated_at: number };

function staleCopy(what: string, changed: Changed): AppError {
  return new AppError(
    'CONFLICT',
    `${what} was changed by ${changed.updated_by} at ${formatUkDateTime(changed.updated_at)} after you opened it. Reload to see the current version, then make your change again.`,
  );
}

function lastChange(db: Db, table: VersionedTable, key: RowKey): Changed | undefined {
  return db.prepare<[RowKey], Changed>(`SELECT version, updated_by, updated_at FROM ${table} WHERE ${KEY_COLUMN[table]} = ?`).get(key);
}

/**
 * Optimistic concurrency: the officer's copy must be the current one, or CONFLICT naming who changed it.
 * Services check it before their other rules, so a stale copy is reported as stale whatever else is wrong.
 */
export function requireCurrentVersion(db: Db, table: VersionedTable, key: RowKey, seen: Seen): void {
  const changed = lastChange(db, table, key);
  if (changed && changed.version !== seen.version) throw staleCopy(seen.what, changed);
}

export type VersionedWrite<C extends string> = (key: RowKey, values: Record<C, unknown>, stamp: Stamp, seen?: Seen) => void;

/**
 * The one way a versioned row changes: the columns are written, the version moves on and the row is
 * stamped with who and when. Given the version the officer saw, only that version is overwritten: a
 * stale one is refused with CONFLICT and nothing is written. Without it (an import adding to a record),
 * the row changes whatever its version, so a copy open elsewhere becomes stale. The statement is
 * prepared once, for writers that run it for many rows.
 */
export function prepareVersionedWrite<C extends string>(db: Db, table: VersionedTable, columns: readonly C[]): VersionedWrite<C> {
  const key = KEY_COLUMN[table];
  const set = [...columns.map((c) => `${c} = @${c}`), 'version = version + 1', 'updated_at = @at', 'updated_by = @actor'].join(', ');
  const statements = new Map<boolean, ReturnType<Db['prepare']>>();
  const statement = (checked: boolean) => {
    let s = statements.get(checked);
    if (!s) {
      s = db.prepare(`UPDATE ${table} SET ${set} WHERE ${key} = @key${checked ? ' AND version = @version' : ''}`);
      statements.set(checked, s);
    }
    return s;
  };
  return (rowKey, values, stamp, seen) => {
    const params = { ...values, key: rowKey, at: stamp.at, actor: stamp.actor, ...(seen ? { version: seen.version } : {}) };
    if (statement(seen !== undefined).run(params).changes === 1) return;
    const changed = lastChange(db, table, rowKey);
    if (changed && seen) throw staleCopy(seen.what, changed);
    throw new AppError('NOT_FOUND', 'That record does not exist (it may have been removed). Reload it.');
  };
}

/** One versioned write of the given values (see prepareVersionedWrite). */
export function writeVersioned(db: Db, table: VersionedTable, key: RowKey, values: Record<string, unknown>, stamp: Stamp, seen?: Seen): void {
  prepareVersionedWrite(db, table, Object.keys(values))(key, values, stamp, seen);
}
