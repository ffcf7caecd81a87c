import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { AccountRoleSchema } from '../../../shared/contract/accounts';
import { AppError } from '../../../shared/contract/result';

/**
 * The key file beside the register (`<db>.keys`). Version 2: each account's key pairs (private halves
 * wrapped under its password), the register key sealed to each account's X25519 public key, and the
 * roster — who the accounts are, their public keys and roles — signed by an administrator. Only the
 * roster is trusted (roster.ts); everything else is checked against it. Version 1 (key slots: the register
 * key wrapped per password) is still read, and converted at logins (convertKeyFile.ts).
 */
const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);
const kdfSchema = z.object({
  name: z.literal('scrypt'),
  N: z
    .number()
    .int()
    .min(2 ** 14)
    .max(2 ** 22),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
});
const failures = {
  /** Unauthenticated by nature (written while nobody is logged in); shown, never trusted. */
  failedLogins: z.array(z.object({ at: z.number().int(), account: z.string() })),
  /** Wrong passwords since the last successful login, for the back-off. */
  failuresInARow: z.number().int().min(0),
};

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

const KeyFileV1Schema = z.object({
  version: z.literal(1),
  databaseId: z.string().regex(/^[0-9a-f]{32}$/),
  kdf: kdfSchema,
  slots: z.array(SlotSchema).min(1),
  ...failures,
});
export type KeyFileV1 = z.output<typeof KeyFileV1Schema>;

const SealedSchema = z.object({ generation: z.number().int().min(1), ephemeral: base64, iv: base64, data: base64, tag: base64 });
const WrappedSchema = z.object({ iv: base64, data: base64, tag: base64 });
const PublicKeysSchema = z.object({ x25519: base64, ed25519: base64 });

const AccountEntrySchema = z.object({
  name: z.string().min(1),
  businessUnit: z.string(),
  createdAt: z.number().int(),
  lastLoginAt: z.number().int().nullable(),
  /** scrypt salt of the key that wraps `keys`. */
  salt: base64,
  /** The private keys: the account's own, or (while `enrolling`) the enrolment pair made when it was created. */
  keys: WrappedSchema,
  /** 'register key': an account converted from version 1, whose enrolment keys are wrapped under the register key until it logs in. */
  keysUnder: z.enum(['password', 'register key']),
  /** The version-1 slot of a converted account, opened by its password once, at its next login. */
  legacySlot: z.object({ role: AccountRoleSchema, salt: base64, iv: base64, wrappedKey: base64, tag: base64 }).nullable(),
  enrolling: z.boolean(),
  sealed: SealedSchema,
  /** The account's own public keys, signed by its enrolment key at first login, until an administrator signs them into the roster. */
  certificate: PublicKeysSchema.extend({ signature: base64 }).nullable(),
});
export type AccountEntry = z.output<typeof AccountEntrySchema>;

export const RosterEntrySchema = PublicKeysSchema.extend({
  name: z.string().min(1),
  role: AccountRoleSchema,
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  /** The public keys are the enrolment pair: the account has not logged in for the first time (or not yet been signed in). */
  enrolling: z.boolean(),
});
export type RosterEntry = z.output<typeof RosterEntrySchema>;

export const RosterBodySchema = z.object({
  databaseId: z.string(),
  /** Raised by every signed change; the register remembers the highest it has seen, so an older roster is refused. */
  seq: z.number().int().min(1),
  /** The first administrator's signing key: the root of trust, whose fingerprint is shown beside the head hash. */
  root: PublicKeysSchema.pick({ ed25519: true }).extend({ keyId: z.string() }),
  signedAt: z.number().int(),
  entries: z.array(RosterEntrySchema).min(1),
});
export type RosterBody = z.output<typeof RosterBodySchema>;
const SignedRosterSchema = z.object({ body: RosterBodySchema, signedBy: z.string(), signature: base64 });
export type SignedRoster = z.output<typeof SignedRosterSchema>;

const KeyFileV2Schema = z.object({
  version: z.literal(2),
  databaseId: z.string().regex(/^[0-9a-f]{32}$/),
  kdf: kdfSchema,
  /** The register key's generation: raised by every re-key; a key sealed under an older one is refused. */
  generation: z.number().int().min(1),
  accounts: z.array(AccountEntrySchema).min(1),
  roster: SignedRosterSchema,
  /** A re-key asked for while another process held the register open: done at the next open by anyone. */
  pendingRekey: z.object({ since: z.number().int(), by: z.string(), reason: z.string() }).nullable(),
  ...failures,
});
export type KeyFile = z.output<typeof KeyFileV2Schema>;
export type AnyKeyFile = KeyFile | KeyFileV1;
const AnyKeyFileSchema = z.discriminatedUnion('version', [KeyFileV1Schema, KeyFileV2Schema]);

/** Failed logins kept: enough to show a burst of guessing, bounded so the file cannot grow without end. */
export const MAX_FAILED_LOGINS = 100;

export function keyFileBeside(databaseFile: string): string {
  return `${databaseFile}.keys`;
}

export function newDatabaseId(): string {
  return randomBytes(16).toString('hex');
}

/** The key file, or null when there is none (a register set up before accounts existed, or no register). */
export function readKeyFile(path: string): AnyKeyFile | null {
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
  const result = AnyKeyFileSchema.safeParse(parsed);
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
export function writeKeyFile(path: string, keyFile: AnyKeyFile): void {
  const checked = AnyKeyFileSchema.parse(keyFile);
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
