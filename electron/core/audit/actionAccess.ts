import { allows, OPERATION_ACCESS } from '../../../shared/contract/access';
import type { AccountRole } from '../../../shared/contract/accounts';
import type { Operation } from '../../../shared/contract';
import type { SecuritySettings } from '../../../shared/contract/security';

/**
 * Which operation writes each audit action, so verify can hold a signed entry to the access rule its
 * signer's role had to pass: a reviewer's key on "incident.updated" is a forgery, whatever name the entry
 * carries. Every action the core writes must be here (a test reads the source for them); an action
 * several operations write names the one with the narrowest rule.
 */
export const ACTION_OPERATIONS = {
  'account.created': 'accounts:create',
  'account.keys_recorded': 'auth:login',
  'account.logged_in': 'auth:login',
  'account.password_changed': 'accounts:changePassword',
  'account.removed': 'accounts:remove',
  'account.role_changed': 'accounts:changeRole',
  'action.added': 'actions:add',
  'action.updated': 'actions:update',
  'assessment.added': 'assessments:add',
  // Marks where signatures begin; written in the transaction of the first signed write, by whoever makes it.
  'audit.format_changed': 'auth:login',
  'backup.created': 'backups:create',
  'backup.restored': 'backups:restore',
  'demo.loaded': 'demo:load',
  'demo.removed': 'demo:remove',
  'email.imported': 'emails:import',
  'evidence.added': 'evidence:add',
  'evidence.exported': 'evidence:export',
  'evidence.removed': 'evidence:remove',
  'external_notification.recorded': 'notifications:recordExternal',
  'gateway_log.imported': 'gatewayLogs:import',
  'incident.created': 'incidents:create',
  'incident.decisions_confirmed': 'incidents:confirmDecisions',
  'incident.status_changed': 'incidents:transition',
  'incident.updated': 'incidents:update',
  'involvement.linked': 'involvements:link',
  'involvement.unlinked': 'involvements:unlink',
  'involvement.updated': 'involvements:update',
  'involvements.marked_notified': 'involvements:markNotified',
  'note.added': 'notes:add',
  'parties.imported': 'parties:import',
  'party.created': 'parties:create',
  'party.updated': 'parties:update',
  'register.copies_encrypted': 'auth:login',
  'regulator_report.recorded': 'notifications:recordRegulator',
  'report.generated': 'reports:generate',
  'retention.copies_deleted': 'backups:deleteCopies',
  'retention.erasure_proposed': 'erasures:propose',
  'retention.erasure_withdrawn': 'erasures:withdraw',
  'retention.hold_placed': 'retention:hold',
  'retention.hold_released': 'retention:release',
  'retention.incident_erased': 'erasures:confirm',
  'retention.person_erased': 'erasures:confirm',
  // An administrator's login signs waiting first-login keys into the roster: an administrator's act.
  'roster.signed': 'accounts:create',
  'security.key_rotated': 'security:rotateKey',
  // Written by a removal, a role change or an explicit revoke that must wait for the register: all administrators'.
  'security.rekey_requested': 'security:rotateKey',
  'settings.clocks_changed': 'settings:update',
  'settings.domains_changed': 'domains:update',
  'settings.officer_set': 'settings:update',
  'settings.organisation_changed': 'organisation:update',
  'settings.retention_changed': 'retention:setSchedule',
  'settings.security_updated': 'security:update',
} as const satisfies Record<string, Operation>;

/**
 * Whether `role` may have written `action`. An action missing from the list is refused: verify names it
 * rather than trusting an entry nobody can account for. Settings-dependent rules are judged with the
 * settings verify is given (the register's current ones).
 */
export function mayRecord(role: AccountRole, action: string, settings: () => SecuritySettings): boolean {
  const operation = (ACTION_OPERATIONS as Record<string, Operation>)[action];
  return operation !== undefined && allows(OPERATION_ACCESS[operation], role, settings);
}
