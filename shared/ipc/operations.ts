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
] as const;
export type Operation = (typeof OPERATIONS)[number];

/** Operations whose work finishes later (rendering PDF, Word, Excel; parsing an .eml): the dispatcher awaits them. */
export const ASYNC_OPERATIONS = ['reports:generate', 'emails:preview', 'emails:import'] as const satisfies readonly Operation[];
export type AsyncOperation = (typeof ASYNC_OPERATIONS)[number];
export type SyncOperation = Exclude<Operation, AsyncOperation>;

export function isOperation(name: unknown): name is Operation {
  return typeof name === 'string' && (OPERATIONS as readonly string[]).includes(name);
}
