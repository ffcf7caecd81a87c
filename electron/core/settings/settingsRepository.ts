import type { z } from 'zod';
import type { Db } from '../db/openDatabase';

/**
 * The `settings` table: one JSON value per key (the officer, the clocks, the organisation). A missing value,
 * or one a newer schema no longer accepts, reads as the fallback rather than breaking what depends on it.
 * (The table's CHECK (json_valid(value)) means a stored value always parses as JSON.)
 */
export function readSetting<S extends z.ZodType>(db: Db, key: string, schema: S, fallback: z.output<S>): z.output<S> {
  const row = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(key);
  if (!row) return fallback;
  const parsed = schema.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : fallback;
}

/** Stores a setting; the caller holds the write transaction and appends the audit entry. */
export function writeSetting(db: Db, key: string, value: unknown): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}
