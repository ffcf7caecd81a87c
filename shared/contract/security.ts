import { z } from '../zodConfig';
import { empty } from './common';
import type { OperationSpec } from './operation';

export const SecuritySettingsSchema = z.strictObject({
  idleLockMinutes: z.number().int().min(1).max(240).default(10),
  backupReminderDays: z.number().int().min(1).max(365).default(7),
  /**
   * Whether an officer may confirm another account's proposal to erase personal data. Off: only an
   * administrator confirms (docs/retention.md#two-people). The proposer never confirms either way.
   */
  officersMayConfirmErasure: z.boolean().default(false),
});
export type SecuritySettings = z.output<typeof SecuritySettingsSchema>;

export const securityContract = {
  'security:get': { access: 'read', vault: true, input: empty, output: SecuritySettingsSchema },
  'security:update': { access: 'admin', vault: true, input: SecuritySettingsSchema, output: SecuritySettingsSchema },
  /**
   * An explicit revoke: a new random register key, sealed to every account on the signed roster (no
   * passwords needed), the database re-keyed; `rekeyPending` while another process holds the register open.
   */
  'security:rotateKey': { access: 'admin', vault: true, input: empty, output: z.object({ rotatedAt: z.number().int(), rekeyPending: z.boolean() }) },
} as const satisfies Record<string, OperationSpec>;
