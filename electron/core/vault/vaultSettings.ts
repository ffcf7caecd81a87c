import { z } from 'zod';
import { AccountRoleSchema } from '../../../shared/contract/accounts';
import { SecuritySettingsSchema, type SecuritySettings } from '../../../shared/contract/security';
import type { Db } from '../db/openDatabase';
import { readSetting, writeSetting } from '../settings/settingsRepository';

/** The vault's own settings, inside the encrypted register (so they are as protected, and audited, as the rest). */
const VaultIdentitySchema = z.object({ databaseId: z.string() });
const BackupRecordSchema = z.object({ lastVerifiedAt: z.number().int() });

export const DEFAULT_SECURITY: SecuritySettings = SecuritySettingsSchema.parse({});

export function readSecurity(db: Db): SecuritySettings {
  return readSetting(db, 'security', SecuritySettingsSchema, DEFAULT_SECURITY);
}

export function writeSecurity(db: Db, settings: SecuritySettings): void {
  writeSetting(db, 'security', settings);
}

/** Which key file belongs to this register (a key file from another register is refused at login). */
export function readDatabaseId(db: Db): string | null {
  return readSetting(db, 'vault', VaultIdentitySchema.nullable(), null)?.databaseId ?? null;
}

export function writeDatabaseId(db: Db, databaseId: string): void {
  writeSetting(db, 'vault', { databaseId });
}

export function readLastVerifiedBackup(db: Db): number | null {
  return readSetting(db, 'backup', BackupRecordSchema.nullable(), null)?.lastVerifiedAt ?? null;
}

export function writeLastVerifiedBackup(db: Db, at: number): void {
  writeSetting(db, 'backup', { lastVerifiedAt: at });
}

/**
 * The roster this register has seen: its sequence (a key file with an older roster is refused, so an old
 * copy cannot bring back a removed account while a re-key waits) and the root of trust's key id.
 */
const RosterRecordSchema = z.object({ seq: z.number().int(), rootKeyId: z.string() });
export type RosterRecord = z.output<typeof RosterRecordSchema>;

export function readRosterRecord(db: Db): RosterRecord | null {
  return readSetting(db, 'roster', RosterRecordSchema.nullable(), null);
}

export function writeRosterRecord(db: Db, record: RosterRecord): void {
  writeSetting(db, 'roster', record);
}

/**
 * Keys that signed this register's history and have since left the roster or changed role: an account
 * removed, or its role changed. Kept in the register (an audited table, so an edit is caught by verify), so
 * the entries they signed still verify — judged by the widest role the key has held.
 */
const FormerKeySchema = z.object({ keyId: z.string(), name: z.string(), role: AccountRoleSchema, ed25519: z.string() });
export type FormerKey = z.output<typeof FormerKeySchema>;

export function readFormerKeys(db: Db): FormerKey[] {
  return readSetting(db, 'formerKeys', z.array(FormerKeySchema), []);
}

export function recordFormerKeys(db: Db, keys: FormerKey[]): void {
  if (keys.length === 0) return;
  const known = readFormerKeys(db);
  const fresh = keys.filter((k) => !known.some((f) => f.keyId === k.keyId && f.role === k.role));
  if (fresh.length > 0) writeSetting(db, 'formerKeys', [...known, ...fresh]);
}
