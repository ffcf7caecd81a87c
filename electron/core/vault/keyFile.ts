import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { AccountRoleSchema } from '../../../shared/contract/accounts';
import { AppError } from '../../../shared/contract/result';

/**
 * The key file beside the register (`<db>.keys`): the key slots and a record of failed logins. It holds
 * nothing of value in the clear — each slot's key is wrapped (keySlots.ts); names, roles and times are
 * labels, and the AAD makes a relabelled slot unopenable.
 */
const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);

const SlotSchema = z.object({
  name: z.string().min(1),
  role: AccountRoleSchema,
  businessUnit: z.string(),
  createdAt: z.number().int(),
  lastLoginAt: z.number().int().nullable(),
  salt: base64,
  iv: base64,
  wrappedKey: base64,
  tag: base64,
});
export type Slot = z.output<typeof SlotSchema>;

const KeyFileSchema = z.object({
  version: z.literal(1),
  databaseId: z.string().regex(/^[0-9a-f]{32}$/),
  kdf: z.object({
    name: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(2 ** 14)
      .max(2 ** 22),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
  }),
  slots: z.array(SlotSchema).min(1),
  /** Unauthenticated by nature (written while nobody is logged in); shown, never trusted. */
  failedLogins: z.array(z.object({ at: z.number().int(), account: z.string() })),
  /** Wrong passwords since the last successful login, for the back-off. */
  failuresInARow: z.number().int().min(0),
});
export type KeyFile = z.output<typeof KeyFileSchema>;

/** Failed logins kept: enough to show a burst of guessing, bounded so the file cannot grow without end. */
export const MAX_FAILED_LOGINS = 100;

export function keyFileBeside(databaseFile: string): string {
  return `${databaseFile}.keys`;
}

export function newDatabaseId(): string {
  return randomBytes(16).toString('hex');
}

/** The key file, or null when there is none (a register set up before accounts existed, or no register). */
export function readKeyFile(path: string): KeyFile | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw damaged();
  }
  const result = KeyFileSchema.safeParse(parsed);
  if (!result.success) throw damaged();
  return result.data;
}

function damaged(): AppError {
  return new AppError(
    'CONFLICT',
    "The register's key file (beside it, ending in .keys) is damaged, so nobody can log in. Nothing was changed. Restore the key file from a backup.",
  );
}

/**
 * Replaces the key file atomically: a temporary file, flushed to disk, renamed over the old one, and the
 * folder flushed so the rename itself survives a power cut. A crash leaves the old file or the new, never half.
 */
export function writeKeyFile(path: string, keyFile: KeyFile): void {
  const checked = KeyFileSchema.parse(keyFile);
  const temp = `${path}.tmp-${randomBytes(6).toString('hex')}`;
  try {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeSync(fd, `${JSON.stringify(checked, null, 2)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(dirname(path));
}

function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a folder for fsync; its rename is already durable enough (MoveFileEx).
  }
}
