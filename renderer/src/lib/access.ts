import type { AccountRole } from '../../../shared/domain/accountSchemas';
import { mayCall } from '../../../shared/ipc/access';
import type { Operation } from '../../../shared/ipc/operations';
import { useAuthStore } from '../stores/useAuthStore';

/**
 * Whether the logged-in account's role may call an operation, to hide or disable what it may not do.
 * The core refuses it anyway (FORBIDDEN); this only spares the officer a button that cannot work.
 * A register opened without the vault is run by its core as an administrator.
 */
export function useMayCall(operation: Operation): boolean {
  const role: AccountRole = useAuthStore((s) => s.auth?.account?.role ?? 'administrator');
  return mayCall(role, operation);
}
