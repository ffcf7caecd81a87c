import { z } from '../zodConfig';
import { InstantSchema } from './common';
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

export const VerifyInputSchema = z.strictObject({
  /**
   * everyday: what is new since the last checkpoint an administrator signed (the button, the login);
   * full: the whole chain, every signature and every audited table (on demand, the command line).
   */
  scope: z.enum(['everyday', 'full']).default('full'),
  fingerprint: z
    .string()
    .trim()
    .regex(/^[0-9a-fA-F]{16,64}$/, 'Enter the head hash as printed on the report: 16 to 64 characters, 0–9 and a–f')
    .optional(),
});

export const auditContract = {
  /**
   * Re-computes the audit chain, its signatures and the tables against it, and holds it to the checkpoint
   * beside the register and, when given, to a head hash printed on a report: OK, or the first problem.
   */
  'audit:verify': { access: 'read', input: VerifyInputSchema, output: AuditVerificationSchema },
} as const satisfies Record<string, OperationSpec>;
