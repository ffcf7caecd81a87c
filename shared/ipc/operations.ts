/**
 * Operations answered by the vault (electron/core/vault), which holds the key and the accounts and opens
 * and closes the register; every other operation is answered by the core over the open register.
 */
export const VAULT_OPERATIONS = [
  'auth:status',
  'auth:setup',
  'auth:login',
  'auth:lock',
  'auth:checkPassword',
  'accounts:list',
  'accounts:create',
  'accounts:remove',
  'accounts:changePassword',
  'security:get',
  'security:update',
  'security:rotateKey',
  'backups:create',
  'backups:verify',
  'backups:restore',
] as const;

/**
 * The names of every contract operation, free of zod so the sandboxed preload can import it without
 * bundling the schemas. A test keeps this list equal to the contract's keys.
 */
export const OPERATIONS = [
  'session:get',
  'session:setOfficer',
  'incidents:list',
  'incidents:get',
  'incidents:create',
  'incidents:update',
  'incidents:transition',
  'incidents:history',
  'notes:list',
  'notes:add',
  'parties:search',
  'parties:get',
  'parties:create',
  'parties:update',
  'parties:incidents',
  'involvements:list',
  'involvements:link',
  'involvements:update',
  'involvements:unlink',
  'audit:verify',
  'demo:load',
  'demo:remove',
  'settings:get',
  'settings:update',
  'organisation:get',
  'organisation:update',
  'assessments:list',
  'assessments:add',
  'notifications:list',
  'notifications:recordRegulator',
  'notifications:recordExternal',
  'involvements:markNotified',
  'actions:list',
  'actions:add',
  'actions:update',
  'dashboard:get',
  'reports:preview',
  'reports:generate',
  'domains:get',
  'domains:update',
  'domains:classify',
  'emails:preview',
  'emails:import',
  'evidence:list',
  'messages:list',
  'gatewayLogs:inspect',
  'gatewayLogs:import',
  'jobs:get',
  'jobs:cancel',
  'lookalikes:generate',
  'lookalikes:export',
  'incidents:related',
  ...VAULT_OPERATIONS,
] as const;
export type Operation = (typeof OPERATIONS)[number];

/** Operations whose work finishes later (rendering PDF, Word, Excel; parsing an .eml): the dispatcher awaits them. */
export const ASYNC_OPERATIONS = ['reports:generate', 'emails:preview', 'emails:import'] as const satisfies readonly Operation[];
export type AsyncOperation = (typeof ASYNC_OPERATIONS)[number];
export type SyncOperation = Exclude<Operation, AsyncOperation>;

export type VaultOperation = (typeof VAULT_OPERATIONS)[number];
export type CoreOperation = Exclude<Operation, VaultOperation>;
export const CORE_OPERATIONS = OPERATIONS.filter((o): o is CoreOperation => !(VAULT_OPERATIONS as readonly string[]).includes(o));

export function isOperation(name: unknown): name is Operation {
  return typeof name === 'string' && (OPERATIONS as readonly string[]).includes(name);
}
