import { NewAssessmentSchema, type Assessment } from '../../../../shared/contract/assessments';
import {
  assessSeverity,
  AVAILABILITY_LOSS,
  CONFIDENTIALITY_LOSS,
  DPC_CATEGORIES,
  DPC_FACTORS,
  EI_LEVELS,
  formatSeverityScore,
  INTEGRITY_LOSS,
  recommend,
  SeverityInputSchema,
  type Recommendation,
  type SeverityAssessment,
  type SeverityInput,
} from '../../../../shared/domain/severity';
import { z } from '../../../../shared/zodConfig';
import { forwardContractIssues } from '../../lib/formErrors';
import type { NewAssessmentRequest } from '../../lib/contractTypes';
import { textToCount } from '../incidentForm/detailsForm';

/**
 * The ENISA form as the officer fills it: nothing chosen until chosen (a score from defaults would
 * look like a judgement nobody made), counts as typed text, the adjustment as a whole number.
 */
export const AssessmentFormSchema = z
  .object({
    dpcCategory: z.enum(DPC_CATEGORIES).nullable(),
    dpcAdjustment: z.number().int(),
    dpcFactors: z.array(z.enum(DPC_FACTORS)),
    ease: z.enum(EI_LEVELS).nullable(),
    confidentiality: z.enum(CONFIDENTIALITY_LOSS).nullable(),
    integrity: z.enum(INTEGRITY_LOSS).nullable(),
    availability: z.enum(AVAILABILITY_LOSS).nullable(),
    maliciousIntent: z.boolean(),
    peopleAffected: z.string(),
    recordsAffected: z.string(),
    unintelligible: z.boolean(),
    notes: z.string(),
  })
  .transform((form, ctx): NewAssessmentRequest => {
    const missing: [keyof typeof form, string][] = [
      ['dpcCategory', 'Choose the data processing context'],
      ['ease', 'Choose how easily the people can be identified'],
      ['confidentiality', 'Choose the loss of confidentiality'],
      ['integrity', 'Choose the loss of integrity'],
      ['availability', 'Choose the loss of availability'],
    ];
    for (const [field, message] of missing) {
      if (form[field] === null) ctx.addIssue({ code: 'custom', path: [field], message, input: null });
    }
    const request: NewAssessmentRequest = {
      severity: toSeverityInput(form) ?? placeholderInput,
      peopleAffected: textToCount(form.peopleAffected, ['peopleAffected'], ctx),
      recordsAffected: textToCount(form.recordsAffected, ['recordsAffected'], ctx),
      unintelligible: form.unintelligible,
      notes: form.notes.trim(),
    };
    const check = NewAssessmentSchema.omit({ incidentId: true }).safeParse(request);
    forwardContractIssues(check.error?.issues ?? [], ctx, toAssessmentFormPath);
    return request;
  });

export type AssessmentFormValues = z.input<typeof AssessmentFormSchema>;
export type AssessmentFormField = keyof AssessmentFormValues;

// Only reached when the form already has issues, so it is never sent.
const placeholderInput: SeverityInput = {
  dpcCategory: 'simple',
  dpcAdjustment: 0,
  dpcFactors: [],
  ease: 'negligible',
  confidentiality: 'none',
  integrity: 'none',
  availability: 'none',
  maliciousIntent: false,
};

/** The method's input once every scored choice is made; null while any is still open. */
export function toSeverityInput(v: AssessmentFormValues): SeverityInput | null {
  if (v.dpcCategory === null || v.ease === null || v.confidentiality === null || v.integrity === null || v.availability === null) {
    return null;
  }
  return {
    dpcCategory: v.dpcCategory,
    dpcAdjustment: v.dpcAdjustment,
    dpcFactors: v.dpcFactors,
    ease: v.ease,
    confidentiality: v.confidentiality,
    integrity: v.integrity,
    availability: v.availability,
    maliciousIntent: v.maliciousIntent,
  };
}

export type LiveResult = {
  input: SeverityInput;
  result: SeverityAssessment;
  recommendation: Recommendation;
  /** The method's own objection to the choices (e.g. an adjustment with no factor), if any. */
  problem: string | null;
};

/** What the form shows as the officer chooses: the same functions the core runs on save. */
export function liveResult(v: AssessmentFormValues): LiveResult | null {
  const input = toSeverityInput(v);
  if (input === null) return null;
  const result = assessSeverity(input);
  const people = Number(v.peopleAffected.replace(/,/g, '').trim());
  const peopleAffected = v.peopleAffected.trim() !== '' && Number.isInteger(people) && people >= 0 ? people : null;
  const recommendation = recommend({ band: result.band, score: result.score, unintelligible: v.unintelligible, peopleAffected });
  const problem = SeverityInputSchema.safeParse(input).error?.issues[0]?.message ?? null;
  return { input, result, recommendation, problem };
}

const num = (n: number) => String(n);

/** "SE = DPC × EI + CB = 3 × 1 + 0.25 = 3.25", as ENISA writes it. */
export function formulaText(r: Pick<SeverityAssessment, 'ei' | 'cb' | 'score'> & { dpc: number }): string {
  return `SE = DPC × EI + CB = ${num(r.dpc)} × ${num(r.ei)} + ${num(r.cb)} = ${formatSeverityScore(r.score)}`;
}

/** "DPC = 1 + 2 = 3": the base score, the adjustment, and the result kept within 1–4. */
export function dpcText(base: number, adjustment: number, dpc: number): string {
  if (adjustment === 0) return `DPC = ${base}`;
  const sign = adjustment > 0 ? '+' : '−';
  const raw = base + adjustment;
  const kept = raw !== dpc ? ` → ${dpc} (kept within 1–4)` : '';
  return `DPC = ${base} ${sign} ${Math.abs(adjustment)} = ${raw}${kept}`;
}

export function emptyAssessmentForm(): AssessmentFormValues {
  return {
    dpcCategory: null,
    dpcAdjustment: 0,
    dpcFactors: [],
    ease: null,
    confidentiality: null,
    integrity: null,
    availability: null,
    maliciousIntent: false,
    peopleAffected: '',
    recordsAffected: '',
    unintelligible: false,
    notes: '',
  };
}

/** Re-assessing starts from the latest assessment's choices, so only what changed needs changing. */
export function assessmentToForm(a: Assessment | null): AssessmentFormValues {
  if (a === null) return emptyAssessmentForm();
  return {
    ...a.severity,
    peopleAffected: a.peopleAffected === null ? '' : String(a.peopleAffected),
    recordsAffected: a.recordsAffected === null ? '' : String(a.recordsAffected),
    unintelligible: a.unintelligible,
    notes: '',
  };
}

/** Contract path (`severity.dpcFactors`, `peopleAffected`) → form field. */
export function toAssessmentFormPath(path: string): AssessmentFormField | null {
  const field = path.replace(/^severity\./, '').split('.')[0] ?? '';
  return field in AssessmentFormSchema.in.shape ? (field as AssessmentFormField) : null;
}
