import { z } from '../zodConfig';
import { empty, InstantSchema } from './common';
import type { OperationSpec } from './operation';

export const FieldChangeSchema = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
export type FieldChange = z.output<typeof FieldChangeSchema>;

/** One entry of the append-only, hash-chained audit log. */
export const AuditEntrySchema = z.object({
  seq: z.number().int().min(1),
  at: InstantSchema,
  actor: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  incidentId: z.string().nullable(),
  summary: z.string(),
  changes: z.array(FieldChangeSchema),
  hash: z.string(),
});
export type AuditEntry = z.output<typeof AuditEntrySchema>;

export const AuditVerificationSchema = z.object({
  ok: z.boolean(),
  entryCount: z.number().int().min(0),
  headHash: z.string(),
  firstBadSeq: z.number().int().nullable(),
  problem: z.string().nullable(),
});
export type AuditVerification = z.output<typeof AuditVerificationSchema>;

export const auditContract = {
  /** Re-computes the audit chain: OK, or the first entry that fails. */
  'audit:verify': { access: 'read', input: empty, output: AuditVerificationSchema },
} as const satisfies Record<string, OperationSpec>;
