import type { AccountRole } from '../../../shared/contract/accounts';
import { mayCall } from '../../../shared/contract/access';
import type { Operation } from '../../../shared/contract';
import { SecuritySettingsSchema } from '../../../shared/contract/security';
import { useAuthStore } from '../stores/useAuthStore';

/**
 * Whether the logged-in account's role may call an operation, to hide or disable what it may not do.
 * The core refuses it anyway (FORBIDDEN); this only spares the officer a button that cannot work.
 * A register opened without the vault is run by its core as an administrator.
 */
export function useMayCall(operation: Operation): boolean {
  const role: AccountRole = useAuthStore((s) => s.auth?.account?.role ?? 'administrator');
  const settings = useAuthStore((s) => s.security) ?? UNLOADED_SETTINGS;
  return mayCall(role, operation, settings);
}

/** Until the security settings are loaded, a rule that depends on them sees the defaults. */
const UNLOADED_SETTINGS = SecuritySettingsSchema.parse({});
