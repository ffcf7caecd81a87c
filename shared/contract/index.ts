import type { z } from 'zod';
import { accountContract } from './accounts';
import { actionContract } from './actions';
import { assessmentContract } from './assessments';
import { auditContract } from './audit';
import { authContract } from './auth';
import { backupContract } from './backups';
import { dashboardContract } from './dashboard';
import { demoContract } from './demo';
import { domainContract } from './domains';
import { draftContract } from './drafts';
import { emailContract } from './emails';
import { evidenceContract } from './evidence';
import { gatewayLogContract } from './gatewayLogs';
import { incidentContract } from './incidents';
import { jobContract } from './jobs';
import { lookalikeContract } from './lookalikes';
import { noteContract } from './notes';
import { notificationContract } from './notifications';
import type { OperationSpec } from './operation';
import { involvementContract, partyContract } from './parties';
import { peopleImportContract } from './peopleImport';
import { reportContract } from './reports';
import { retentionContract } from './retention';
import { securityContract } from './security';
import { sessionContract } from './session';
import { settingsContract } from './settings';

/**
 * Every operation the UI can ask for (docs/architecture.md#one-contract), gathered from the domains that declare them:
 * its input and output schemas, who may call it, whether it finishes later and whether the vault answers
 * it. The dispatcher parses every input with these; tests parse every output. Everything else about
 * operations (names, access, the async and vault lists) is derived from this object.
 */
export const contract = {
  ...sessionContract,
  ...incidentContract,
  ...noteContract,
  ...draftContract,
  ...partyContract,
  ...involvementContract,
  ...peopleImportContract,
  ...auditContract,
  ...demoContract,
  ...settingsContract,
  ...assessmentContract,
  ...notificationContract,
  ...actionContract,
  ...dashboardContract,
  ...reportContract,
  ...domainContract,
  ...emailContract,
  ...evidenceContract,
  ...gatewayLogContract,
  ...jobContract,
  ...lookalikeContract,
  ...authContract,
  ...accountContract,
  ...securityContract,
  ...backupContract,
  ...retentionContract,
} as const satisfies Record<string, OperationSpec>;

export type Contract = typeof contract;
export type Operation = keyof Contract;
export type Input<O extends Operation> = z.input<Contract[O]['input']>;
export type ParsedInput<O extends Operation> = z.output<Contract[O]['input']>;
export type Output<O extends Operation> = z.output<Contract[O]['output']>;

type Flagged<Flag extends 'async' | 'vault'> = { [O in Operation]: Contract[O] extends { [F in Flag]: true } ? O : never }[Operation];
/** Operations whose work finishes later (rendering PDF, Word, Excel; parsing an .eml): the dispatcher awaits them. */
export type AsyncOperation = Flagged<'async'>;
export type SyncOperation = Exclude<Operation, AsyncOperation>;
/** Operations the vault answers (accounts, keys, the lock); the core answers the rest over the open register. */
export type VaultOperation = Flagged<'vault'>;
export type CoreOperation = Exclude<Operation, VaultOperation>;

const spec = (operation: Operation): OperationSpec => contract[operation];

export function isAsyncOperation(operation: Operation): operation is AsyncOperation {
  return spec(operation).async === true;
}

export function isVaultOperation(operation: Operation): operation is VaultOperation {
  return spec(operation).vault === true;
}

const operations = Object.keys(contract) as Operation[];
export const VAULT_OPERATIONS: readonly VaultOperation[] = operations.filter(isVaultOperation);
export const CORE_OPERATIONS: readonly CoreOperation[] = operations.filter((o): o is CoreOperation => !isVaultOperation(o));
