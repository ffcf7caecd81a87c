import { z } from '../zodConfig';
import { InstantSchema } from './schemas';

/**
 * The trust issue's contract: local accounts with roles, the lock, security settings and backups.
 * Passwords cross the contract only as inputs to the operations that need them; no output ever holds one.
 */

/** Administrator: everything, and accounts, keys and backups. Officer: records. Reviewer: reads and reports. */
export const ACCOUNT_ROLES = ['administrator', 'officer', 'reviewer'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];
export const ACCOUNT_ROLE_LABELS = {
  administrator: 'Administrator',
  officer: 'Officer',
  reviewer: 'Reviewer (reads and generates reports)',
} as const satisfies Record<AccountRole, string>;

export const AccountRoleSchema = z.enum(ACCOUNT_ROLES);
export const AccountNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter the account name')
  .max(100)
  .regex(/^[^\p{Cc}]+$/u, 'An account name cannot hold control characters');
/** Length only: strength is judged by the core (zxcvbn-ts), which explains what is weak. */
export const PasswordSchema = z.string().min(1, 'Enter the password').max(1024);

export const AccountSchema = z.object({
  name: z.string(),
  role: AccountRoleSchema,
  businessUnit: z.string(),
  createdAt: InstantSchema,
  lastLoginAt: InstantSchema.nullable(),
});
export type Account = z.output<typeof AccountSchema>;

export const FailedLoginSchema = z.object({ at: InstantSchema, account: z.string() });

export const LOCK_STATES = ['setup', 'locked', 'unlocked'] as const;
/** What the renderer needs to show the right screen; never a secret. */
export const AuthStatusSchema = z.object({
  /** setup: no database yet (create the first administrator); locked: log in; unlocked: working. */
  state: z.enum(LOCK_STATES),
  account: AccountSchema.nullable(),
  /** Failed logins since this account's last login, shown once after logging in. */
  failedLogins: z.array(FailedLoginSchema),
  /** While wrong passwords are slowing logins down: how long until the next attempt is taken. */
  retryAfterMs: z.number().int().min(0),
  idleLockMinutes: z.number().int().min(1),
  /** When unlocked as an administrator and the last verified backup is older than the reminder allows. */
  backupOverdue: z.object({ lastVerifiedAt: InstantSchema.nullable(), reminderDays: z.number().int() }).nullable(),
});
export type AuthStatus = z.output<typeof AuthStatusSchema>;

export const PasswordAdviceSchema = z.object({
  /** zxcvbn's 0–4. */
  score: z.number().int().min(0).max(4),
  acceptable: z.boolean(),
  warning: z.string(),
  suggestions: z.array(z.string()),
});

export const SetupSchema = z.strictObject({ name: AccountNameSchema, businessUnit: z.string().trim().max(200).default(''), password: PasswordSchema });
export const LoginSchema = z.strictObject({ name: AccountNameSchema, password: PasswordSchema });
export const NewAccountSchema = z.strictObject({
  name: AccountNameSchema,
  role: AccountRoleSchema,
  businessUnit: z.string().trim().max(200).default(''),
  password: PasswordSchema,
});
export const PasswordChangeSchema = z.strictObject({ currentPassword: PasswordSchema, newPassword: PasswordSchema });

export const SecuritySettingsSchema = z.strictObject({
  idleLockMinutes: z.number().int().min(1).max(240).default(10),
  backupReminderDays: z.number().int().min(1).max(365).default(7),
});
export type SecuritySettings = z.output<typeof SecuritySettingsSchema>;

/** A folder handed to the core by the shell's folder dialog or the CLI (removable media, a backup to restore). */
export const FolderIdSchema = z.string().regex(/^folder-[A-Za-z0-9_-]{16,64}$/, 'Not a folder handle; choose the folder again');

export const BackupSchema = z.object({
  /** The backup's own folder, named with the date and time (casebook-backup-2026-11-27-1405). */
  name: z.string(),
  createdAt: InstantSchema,
  bytes: z.number().int().min(0),
  /** Re-opened with the key, integrity_check passed, and the audit chain verified, at this count and head. */
  verified: z.boolean(),
  auditEntryCount: z.number().int().min(0),
  auditHeadHash: z.string(),
  accounts: z.array(z.string()),
});
