import { z } from '../zodConfig';
import { AssessmentSuggestionSchema } from '../domain/assessmentSuggestion';
import { SEVERITY_BANDS, SeverityInputSchema } from '../domain/severity';
import { IdSchema, InstantSchema, line } from './common';
import type { OperationSpec } from './operation';

const count = z.number().int().min(0).max(1_000_000_000).nullable();

export const SeverityBandSchema = z.enum(SEVERITY_BANDS);

/** What the officer chooses when assessing (ENISA 2013) plus the facts ENISA weighs at the end. */
export const NewAssessmentSchema = z.strictObject({
  incidentId: IdSchema,
  severity: SeverityInputSchema,
  peopleAffected: count.default(null),
  recordsAffected: count.default(null),
  /** Data unintelligible to whoever has it, e.g. encrypted with the key safe (Art. 34(3)(a)). */
  unintelligible: z.boolean().default(false),
  notes: line(10_000).default(''),
});

export const AssessmentSchema = z.object({
  id: IdSchema,
  incidentId: IdSchema,
  /** 1 for the first assessment of an incident, then 2, 3…: earlier versions are kept. */
  number: z.number().int().min(1),
  severity: SeverityInputSchema,
  dpc: z.number(),
  ei: z.number(),
  cb: z.number(),
  score: z.number(),
  band: SeverityBandSchema,
  peopleAffected: count,
  recordsAffected: count,
  unintelligible: z.boolean(),
  notes: z.string(),
  recommendation: z.object({
    notifyRegulator: z.boolean(),
    notifySubjects: z.boolean(),
    regulatorReason: z.string(),
    subjectsReason: z.string(),
    suggestedExemption: z.enum(['unintelligible']).nullable(),
  }),
  assessedBy: z.string(),
  assessedAt: InstantSchema,
});
export type Assessment = z.output<typeof AssessmentSchema>;

export const assessmentContract = {
  /** Every severity assessment of an incident, newest first; earlier versions are kept. */
  'assessments:list': {
    access: 'read',
    input: z.strictObject({ incidentId: IdSchema }),
    output: z.object({ items: z.array(AssessmentSchema) }),
  },
  /** Assesses (or re-assesses) severity with the ENISA 2013 method; the core computes the score and band. */
  'assessments:add': { access: 'write', input: NewAssessmentSchema, output: AssessmentSchema },
  /** A first assessment proposed from what an import recorded, for the officer to confirm or change; null when there is none. Never saved by itself. */
  'assessments:suggest': {
    access: 'read',
    input: z.strictObject({ incidentId: IdSchema }),
    output: AssessmentSuggestionSchema.nullable(),
  },
} as const satisfies Record<string, OperationSpec>;
