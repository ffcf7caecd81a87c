import type { AccountRole } from './accounts';
import { contract, type Operation } from './index';
import type { AccessLevel, AccessRule, AccessSettings } from './operation';

const ALLOWED: Record<AccessLevel, readonly AccountRole[]> = {
  public: ['administrator', 'officer', 'reviewer'],
  self: ['administrator', 'officer', 'reviewer'],
  read: ['administrator', 'officer', 'reviewer'],
  report: ['administrator', 'officer', 'reviewer'],
  write: ['administrator', 'officer'],
  admin: ['administrator'],
};

/** Who may call each operation, as declared beside it in the contract. */
export const OPERATION_ACCESS = Object.fromEntries(Object.entries(contract).map(([operation, spec]) => [operation, spec.access])) as Record<Operation, AccessRule>;

/** Whether a rule lets `role` in; the settings are read only when the rule depends on them. */
export function allows(rule: AccessRule, role: AccountRole, settings: () => AccessSettings): boolean {
  return typeof rule === 'function' ? rule(role, settings()) : ALLOWED[rule].includes(role);
}

export function mayCall(role: AccountRole, operation: Operation, settings: AccessSettings): boolean {
  return allows(OPERATION_ACCESS[operation], role, () => settings);
}
