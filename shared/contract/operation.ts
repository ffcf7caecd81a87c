import type { z } from 'zod';
import type { AccountRole } from './accounts';
import type { SecuritySettings } from './security';

/**
 * Who may call an operation, enforced by the dispatcher (never only by the UI):
 * - public: answered while locked (status, setting up, logging in, locking, judging a password);
 * - self: any logged-in account, about itself (changing its own password);
 * - read: every role, changes nothing;
 * - report: every role; writes only the audit entry that records who generated what;
 * - write: administrators and officers: changes the register;
 * - admin: administrators only: accounts, keys, backups and the organisation's settings.
 */
export const ACCESS_LEVELS = ['public', 'self', 'read', 'report', 'write', 'admin'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/**
 * The administrator's settings an access rule may read: the security settings, where a choice that widens
 * or narrows what a role may do belongs (it is set by an administrator only, and audited).
 */
export type AccessSettings = SecuritySettings;

/** A level, or, when the administrator decides, a function of the caller's role and the access settings. */
export type AccessRule = AccessLevel | ((role: AccountRole, settings: AccessSettings) => boolean);

/**
 * One operation the UI can ask for: the zod schemas of its input and output and who may call it, declared
 * once beside its domain. `async`: its work finishes later (rendering a report, parsing an .eml), so hosts
 * call it with callAsync. `vault`: answered by the vault (accounts, keys, the lock), not by the core.
 */
export type OperationSpec = {
  input: z.ZodType;
  output: z.ZodType;
  access: AccessRule;
  async?: true;
  vault?: true;
};
