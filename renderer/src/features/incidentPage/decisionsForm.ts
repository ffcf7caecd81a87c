import { DecisionFieldsSchema, SubjectExemptionSchema, type DecisionFields } from '../../../../shared/contract/incidents';
import { z } from '../../../../shared/zodConfig';
import { forwardContractIssues } from '../../lib/formErrors';
import { instantToText, textToInstant } from '../../lib/ukDateText';
import type { IncidentRecord } from '../../lib/contractTypes';

/** A decision as a select holds it: undecided, yes or no. */
const TriState = z.enum(['', 'yes', 'no']);
type TriStateValue = z.output<typeof TriState>;
export const toBool = (v: TriStateValue) => (v === 'yes' ? true : v === 'no' ? false : null);
const fromBool = (v: boolean | null): TriStateValue => (v === true ? 'yes' : v === false ? 'no' : '');

/**
 * What the Decisions tab edits. When the ICO was notified is not among them: it is set by recording the
 * report to the ICO (Notifications tab), so the reports and the incident never disagree.
 */
export type DecisionEdits = Omit<DecisionFields, 'regulatorNotifiedAt'>;

export const DecisionsFormSchema = z
  .object({
    regulatorNotify: TriState,
    regulatorRationale: z.string(),
    regulatorDecidedAt: z.string(),
    icoReference: z.string(),
    regulatorDelayReason: z.string(),
    subjectsNotify: TriState,
    subjectsRationale: z.string(),
    subjectsExemption: SubjectExemptionSchema.nullable(),
    subjectsDecidedAt: z.string(),
    publicAccount: z.string(),
    rootCause: z.string(),
    lessons: z.string(),
  })
  .transform((form, ctx): DecisionEdits => {
    const regulatorNotify = toBool(form.regulatorNotify);
    const subjectsNotify = toBool(form.subjectsNotify);
    const decisions: DecisionEdits = {
      regulatorNotify,
      regulatorRationale: form.regulatorRationale,
      regulatorDecidedAt: textToInstant(form.regulatorDecidedAt, ['regulatorDecidedAt'], ctx),
      // The case reference and the Art. 34 ground follow from the decision; a changed decision clears them.
      icoReference: regulatorNotify ? form.icoReference : '',
      regulatorDelayReason: form.regulatorDelayReason,
      subjectsNotify,
      subjectsRationale: form.subjectsRationale,
      subjectsExemption: subjectsNotify === false ? form.subjectsExemption : null,
      subjectsDecidedAt: textToInstant(form.subjectsDecidedAt, ['subjectsDecidedAt'], ctx),
      publicAccount: form.publicAccount,
      rootCause: form.rootCause,
      lessons: form.lessons,
    };
    const check = DecisionFieldsSchema.omit({ regulatorNotifiedAt: true }).safeParse(decisions);
    forwardContractIssues(check.error?.issues ?? [], ctx, toDecisionsFormPath);
    return decisions;
  });

export type DecisionsFormValues = z.input<typeof DecisionsFormSchema>;
export type DecisionField = keyof DecisionsFormValues;

export function decisionsToForm(i: IncidentRecord): DecisionsFormValues {
  return {
    regulatorNotify: fromBool(i.regulatorNotify),
    regulatorRationale: i.regulatorRationale,
    regulatorDecidedAt: instantToText(i.regulatorDecidedAt),
    icoReference: i.icoReference,
    regulatorDelayReason: i.regulatorDelayReason ?? '',
    subjectsNotify: fromBool(i.subjectsNotify),
    subjectsRationale: i.subjectsRationale,
    subjectsExemption: i.subjectsExemption,
    subjectsDecidedAt: instantToText(i.subjectsDecidedAt),
    publicAccount: i.publicAccount,
    rootCause: i.rootCause,
    lessons: i.lessons,
  };
}

/** Only the decisions that changed; an untouched decision date is left for the core to stamp. */
export function decisionsPatch(i: IncidentRecord, edited: DecisionEdits): Partial<DecisionEdits> {
  const patch: Partial<DecisionEdits> = {};
  for (const key of Object.keys(edited) as (keyof DecisionEdits)[]) {
    if (edited[key] !== i[key]) Object.assign(patch, { [key]: edited[key] });
  }
  return patch;
}

/** Contract path (`patch.icoReference`) → form field. */
export function toDecisionsFormPath(path: string): DecisionField | null {
  const field = path.replace(/^patch\./, '').split('.')[0] ?? '';
  return field in DecisionsFormSchema.in.shape ? (field as DecisionField) : null;
}
