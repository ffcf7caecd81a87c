import { z } from '../zodConfig';
import { empty, InstantSchema } from './common';
import type { OperationSpec } from './operation';

/*
 * Local accounts with roles. Passwords cross the contract only as inputs to the operations that need them;
 * no output ever holds one.
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
  /** The account's signing key id on the signed roster (first 16 hex of SHA-256 of its public key); null until its first login. */
  keyId: z.string().nullable(),
  /** Created by an administrator and not yet logged in: it will choose its own password and make its own keys. */
  awaitingFirstLogin: z.boolean(),
});
export type Account = z.output<typeof AccountSchema>;

export const NewAccountSchema = z.strictObject({
  name: AccountNameSchema,
  role: AccountRoleSchema,
  businessUnit: z.string().trim().max(200).default(''),
  password: PasswordSchema,
});
export const PasswordChangeSchema = z.strictObject({ currentPassword: PasswordSchema, newPassword: PasswordSchema });

export const accountContract = {
  'accounts:list': { access: 'admin', vault: true, input: empty, output: z.object({ items: z.array(AccountSchema) }) },
  /**
   * Adds an account to the signed roster with a first password: the register's key is sealed to an enrolment
   * key pair; at its first login the account chooses its own password and makes its own keys.
   */
  'accounts:create': { access: 'admin', vault: true, input: NewAccountSchema, output: AccountSchema },
  /**
   * Removes an account from the signed roster (never the last administrator, never oneself) and re-keys the
   * register, so its old key opens nothing current; `rekeyPending` when another process holds the register open.
   */
  'accounts:remove': {
    access: 'admin',
    vault: true,
    input: z.strictObject({ name: AccountNameSchema }),
    output: z.object({ removed: z.literal(true), rekeyPending: z.boolean(), openWork: z.object({ incidents: z.number().int(), actions: z.number().int() }) }),
  },
  /**
   * Nothing orphaned: hands the open incidents and open actions owned by `from` (typically a removed account)
   * to the account `to`, each change audited as an owner change.
   */
  'accounts:reassign': {
    access: 'admin',
    vault: true,
    input: z.strictObject({ from: AccountNameSchema, to: AccountNameSchema }),
    output: z.object({ incidents: z.number().int(), actions: z.number().int() }),
  },
  /** Changes an account's role on the signed roster and re-keys the register (as a removal does). */
  'accounts:changeRole': {
    access: 'admin',
    vault: true,
    input: z.strictObject({ name: AccountNameSchema, role: AccountRoleSchema }),
    output: z.object({ account: AccountSchema, rekeyPending: z.boolean() }),
  },
  /** Rewraps only this account's private keys. */
  'accounts:changePassword': { access: 'self', vault: true, input: PasswordChangeSchema, output: AccountSchema },
} as const satisfies Record<string, OperationSpec>;
