import type { AccountRole } from '../domain/accountSchemas';
import type { Operation } from './operations';

/**
 * Who may call each operation, enforced by the dispatcher (never only by the UI):
 * - public: answered while locked (status, setting up, logging in, locking, judging a password);
 * - self: any logged-in account, about itself (changing its own password);
 * - read: every role, changes nothing;
 * - report: every role; writes only the audit entry that records who generated what;
 * - write: administrators and officers: changes the register;
 * - admin: administrators only: accounts, keys, backups and the organisation's settings.
 * The compiler requires an entry for every operation, so a new operation cannot ship unclassified.
 */
export const ACCESS_LEVELS = ['public', 'self', 'read', 'report', 'write', 'admin'] as const;
export type Access = (typeof ACCESS_LEVELS)[number];

export const OPERATION_ACCESS = {
  'session:get': 'read',
  'session:setOfficer': 'write',
  'incidents:list': 'read',
  'incidents:get': 'read',
  'incidents:create': 'write',
  'incidents:update': 'write',
  'incidents:transition': 'write',
  'incidents:history': 'read',
  'notes:list': 'read',
  'notes:add': 'write',
  'parties:search': 'read',
  'parties:get': 'read',
  'parties:create': 'write',
  'parties:update': 'write',
  'parties:incidents': 'read',
  'involvements:list': 'read',
  'involvements:link': 'write',
  'involvements:update': 'write',
  'involvements:unlink': 'write',
  'audit:verify': 'read',
  'demo:load': 'write',
  'demo:remove': 'write',
  'settings:get': 'read',
  'settings:update': 'admin',
  'organisation:get': 'read',
  'organisation:update': 'admin',
  'assessments:list': 'read',
  'assessments:add': 'write',
  'notifications:list': 'read',
  'notifications:recordRegulator': 'write',
  'notifications:recordExternal': 'write',
  'involvements:markNotified': 'write',
  'actions:list': 'read',
  'actions:add': 'write',
  'actions:update': 'write',
  'dashboard:get': 'read',
  'reports:preview': 'read',
  'reports:generate': 'report',
  'domains:get': 'read',
  'domains:update': 'admin',
  'domains:classify': 'read',
  'emails:preview': 'read',
  'emails:import': 'write',
  'evidence:list': 'read',
  'messages:list': 'read',
  'gatewayLogs:inspect': 'read',
  'gatewayLogs:import': 'write',
  'jobs:get': 'read',
  'jobs:cancel': 'write',
  'lookalikes:generate': 'read',
  'lookalikes:export': 'read',
  'incidents:related': 'read',
  'auth:status': 'public',
  'auth:setup': 'public',
  'auth:login': 'public',
  'auth:lock': 'public',
  'auth:checkPassword': 'public',
  'accounts:list': 'admin',
  'accounts:create': 'admin',
  'accounts:remove': 'admin',
  'accounts:changePassword': 'self',
  'security:get': 'read',
  'security:update': 'admin',
  'security:rotateKey': 'admin',
  'backups:create': 'admin',
  'backups:verify': 'admin',
  'backups:restore': 'admin',
} as const satisfies Record<Operation, Access>;

const ALLOWED: Record<Access, readonly AccountRole[]> = {
  public: ['administrator', 'officer', 'reviewer'],
  self: ['administrator', 'officer', 'reviewer'],
  read: ['administrator', 'officer', 'reviewer'],
  report: ['administrator', 'officer', 'reviewer'],
  write: ['administrator', 'officer'],
  admin: ['administrator'],
};

export function mayCall(role: AccountRole, operation: Operation): boolean {
  return ALLOWED[OPERATION_ACCESS[operation]].includes(role);
}
