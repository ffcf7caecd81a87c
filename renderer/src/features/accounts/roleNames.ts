import type { AccountRole } from '../../../../shared/contract/accounts';

/** The roles' short names, where the contract's labels (which explain each role) do not fit. */
export const ROLE_NAMES = { administrator: 'Administrator', officer: 'Officer', reviewer: 'Reviewer' } as const satisfies Record<AccountRole, string>;

/** What each role may do, said once under the role picker. */
export const ROLE_DESCRIPTIONS = {
  administrator: 'Everything, and accounts, the lock settings and backups.',
  officer: 'Records and investigates incidents, and generates reports.',
  reviewer: 'Reads the register and generates reports; cannot change records.',
} as const satisfies Record<AccountRole, string>;
