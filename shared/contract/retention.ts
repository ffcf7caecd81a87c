import { z } from '../zodConfig';
import { RETENTION_UNITS } from '../domain/retentionSchedule';
import { OUTCOMES } from '../domain/vocabulary';
import { ERASURE_STATUSES } from '../domain/retentionSchedule';
import { empty, IdSchema, InstantSchema, line, requiredLine } from './common';
import type { OperationSpec } from './operation';

/** How long personal data is kept after closure, for one outcome (docs/retention.md#the-schedule). */
export const RetentionPeriodSchema = z.strictObject({
  amount: z.number().int().min(1, 'Keep it for at least 1').max(100, 'Keep it for at most 100'),
  unit: z.enum(RETENTION_UNITS),
});

const PeriodsSchema = z.strictObject(
  Object.fromEntries(OUTCOMES.map((o) => [o, RetentionPeriodSchema])) as Record<(typeof OUTCOMES)[number], typeof RetentionPeriodSchema>,
);

export const RetentionScheduleSchema = z.object({
  periods: PeriodsSchema,
  /** When an administrator last confirmed or changed it; null while the default has not been confirmed. */
  confirmedAt: InstantSchema.nullable(),
  confirmedBy: z.string(),
});
export type RetentionSchedule = z.output<typeof RetentionScheduleSchema>;

export const DueIncidentSchema = z.object({
  id: IdSchema,
  reference: z.string(),
  title: z.string(),
  outcome: z.enum(OUTCOMES),
  closedAt: InstantSchema,
  /** The London date it became due, "YYYY-MM-DD". */
  dueOn: z.string(),
  isDemo: z.boolean(),
});
export type DueIncident = z.output<typeof DueIncidentSchema>;

export const HoldSubjectSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('incident'), id: IdSchema }),
  z.strictObject({ type: z.literal('party'), id: IdSchema }),
]);
export type HoldSubject = z.output<typeof HoldSubjectSchema>;

export const LegalHoldSchema = z.object({
  id: IdSchema,
  subject: HoldSubjectSchema,
  /** The incident's reference, or the person's name, to show beside the hold. */
  label: z.string(),
  reason: z.string(),
  placedAt: InstantSchema,
  placedBy: z.string(),
});
export type LegalHold = z.output<typeof LegalHoldSchema>;

export const ErasureScopeSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('incident'), incidentId: IdSchema }),
  z.strictObject({ type: z.literal('party'), partyId: IdSchema }),
]);
export type ErasureScope = z.output<typeof ErasureScopeSchema>;

/** What the department decided about an evidence file that holds the person among others: erase the item, or keep it and say why. */
export const EvidenceDecisionSchema = z.strictObject({
  evidenceId: IdSchema,
  decision: z.enum(['erase', 'keep']),
  reason: line(500).default(''),
});
export type EvidenceDecision = z.output<typeof EvidenceDecisionSchema>;

/** An evidence file that holds the person together with other people: listed, never altered. */
export const SharedEvidenceSchema = z.object({
  evidenceId: IdSchema,
  fileName: z.string(),
  incidentReference: z.string(),
  addedAt: InstantSchema,
});

/** Exactly what an erasure removes and what it keeps, in plain words, for the confirmation. */
export const ErasurePlanSchema = z.object({
  /** "INC-2026-0042", or "a person in 3 incidents": never the person's name. */
  label: z.string(),
  goes: z.array(z.string()),
  stays: z.array(z.string()),
  evidenceWithOthers: z.array(SharedEvidenceSchema),
  counts: z.record(z.string(), z.number().int()),
});
export type ErasurePlan = z.output<typeof ErasurePlanSchema>;

export const ErasureProposalSchema = z.object({
  id: IdSchema,
  scope: ErasureScopeSchema,
  evidence: z.array(EvidenceDecisionSchema),
  status: z.enum(ERASURE_STATUSES),
  proposedBy: z.string(),
  proposedAt: InstantSchema,
  decidedBy: z.string(),
  decidedAt: InstantSchema.nullable(),
  plan: ErasurePlanSchema,
});
export type ErasureProposal = z.output<typeof ErasureProposalSchema>;

export const ErasureResultSchema = z.object({
  erasedAt: InstantSchema,
  counts: z.record(z.string(), z.number().int()),
  /** Whether the write-ahead log was emptied; false when another program held the register open for reading. */
  walTruncated: z.boolean(),
});

export const SubjectAccessSchema = z.object({
  fileName: z.string(),
  /** The export as JSON text (UTF-8), with other people's identifiers replaced. */
  content: z.string(),
});

export const retentionContract = {
  /** The schedule: how long personal data is kept after closure, per outcome. */
  'retention:getSchedule': { access: 'read', input: empty, output: RetentionScheduleSchema },
  /** Confirms or changes the schedule (audited). */
  'retention:setSchedule': { access: 'admin', input: z.strictObject({ periods: PeriodsSchema }), output: RetentionScheduleSchema },
  /** Closed incidents whose personal data has passed its date (London dates), held ones left out. Nothing is erased automatically. */
  'retention:due': { access: 'read', input: empty, output: z.object({ count: z.number().int(), incidents: z.array(DueIncidentSchema), scheduleConfirmed: z.boolean() }) },
  'retention:holds': { access: 'read', input: empty, output: z.array(LegalHoldSchema) },
  /** A legal hold (a claim, an ICO investigation, an inquiry): never due, not erasable until lifted. */
  'retention:hold': {
    access: 'write',
    input: z.strictObject({ subject: HoldSubjectSchema, reason: requiredLine(500, 'why the data must be kept') }),
    output: LegalHoldSchema,
  },
  'retention:release': { access: 'write', input: z.strictObject({ holdId: IdSchema }), output: z.object({ released: z.literal(true) }) },
  /** What an erasure would remove and keep, before anyone proposes it. */
  'erasures:preview': { access: 'read', input: z.strictObject({ scope: ErasureScopeSchema }), output: ErasurePlanSchema },
  /** Proposes an erasure; a second account confirms it. */
  'erasures:propose': {
    access: 'write',
    input: z.strictObject({ scope: ErasureScopeSchema, evidence: z.array(EvidenceDecisionSchema).max(1000).default([]) }),
    output: ErasureProposalSchema,
  },
  'erasures:list': { access: 'read', input: empty, output: z.array(ErasureProposalSchema) },
  'erasures:withdraw': { access: 'write', input: z.strictObject({ id: IdSchema }), output: ErasureProposalSchema },
  /** Confirms another account's proposal: an administrator, or an officer when the security settings allow it. */
  'erasures:confirm': {
    access: (role, settings) => role === 'administrator' || (role === 'officer' && settings.officersMayConfirmErasure),
    input: z.strictObject({ id: IdSchema }),
    output: ErasureResultSchema,
  },
  /** Art. 15: everything the register holds about one person, other people's identifiers withheld (audited as a report). */
  'subjectAccess:export': { access: 'report', input: z.strictObject({ partyId: IdSchema }), output: SubjectAccessSchema },
} as const satisfies Record<string, OperationSpec>;
