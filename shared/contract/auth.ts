import { z } from '../zodConfig';
import { AccountNameSchema, AccountSchema, PasswordSchema } from './accounts';
import { empty, InstantSchema } from './common';
import type { OperationSpec } from './operation';

export const FailedLoginSchema = z.object({ at: InstantSchema, account: z.string() });

export const LOCK_STATES = ['setup', 'locked', 'unlocked'] as const;
/** What the renderer needs to show the right screen; never a secret. */
export const AuthStatusSchema = z.object({
  /** setup: no database yet (create the first administrator); locked: log in; unlocked: working. */
  state: z.enum(LOCK_STATES),
  account: AccountSchema.nullable(),
  /** Failed logins since this account's last login, shown once after logging in. */
  failedLogins: z.array(FailedLoginSchema),
  /** Plain copies Casebook had made of the register (before it was encrypted) that this login or setup encrypted. */
  copiesEncrypted: z.array(z.string()),
  /** While wrong passwords are slowing logins down: how long until the next attempt is taken. */
  retryAfterMs: z.number().int().min(0),
  idleLockMinutes: z.number().int().min(1),
  /** When unlocked as an administrator and the last verified backup is older than the reminder allows. */
  backupOverdue: z.object({ lastVerifiedAt: InstantSchema.nullable(), reminderDays: z.number().int() }).nullable(),
  /** When unlocked as an administrator and a revocation's re-key waits for another process to close the register. */
  pendingRekey: z.object({ since: InstantSchema, by: z.string(), reason: z.string() }).nullable(),
  /** When unlocked: the first administrator's signing key, the root of trust of the signed roster, to write down. */
  rootOfTrust: z.object({ keyId: z.string(), fingerprint: z.string() }).nullable(),
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
export const FirstLoginSchema = z.strictObject({ name: AccountNameSchema, password: PasswordSchema, newPassword: PasswordSchema });

/** The lock: answered while nobody is logged in. */
export const authContract = {
  /** Which screen to show: set up the first administrator, log in, or work; and what the last login missed. */
  'auth:status': { access: 'public', vault: true, input: empty, output: AuthStatusSchema },
  /** First run: creates the encrypted register and its first administrator (refused once one exists). */
  'auth:setup': { access: 'public', vault: true, input: SetupSchema, output: AuthStatusSchema },
  /** Unwraps the register's key with the account's password and opens it; wrong passwords slow down. */
  'auth:login': { access: 'public', vault: true, input: LoginSchema, output: AuthStatusSchema },
  /**
   * An account's first login: the password it was given, and the one it chooses; it makes its own key pairs
   * (recorded in the audit trail) and the given password stops working. auth:login answers CONFLICT on newPassword until then.
   */
  'auth:firstLogin': { access: 'public', vault: true, input: FirstLoginSchema, output: AuthStatusSchema },
  /** Closes the register and drops the key (idle, the OS locking or suspending, or the officer's choice). */
  'auth:lock': { access: 'public', vault: true, input: empty, output: AuthStatusSchema },
  /** How strong a password is, with advice (zxcvbn-ts); the same judgement the core applies when one is set. */
  'auth:checkPassword': {
    access: 'public',
    vault: true,
    input: z.strictObject({ password: PasswordSchema, name: z.string().max(100).default('') }),
    output: PasswordAdviceSchema,
  },
} as const satisfies Record<string, OperationSpec>;
