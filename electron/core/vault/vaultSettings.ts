import { z } from 'zod';
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
