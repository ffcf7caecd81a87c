import { IcoFieldsSchema, type IcoFields } from '../../../../shared/contract/incidents';
import type { z } from '../../../../shared/zodConfig';
import type { IncidentRecord } from '../../lib/contractTypes';

/** The ICO form's fields hold exactly what the contract takes: lists and choices, no typed dates. */
export const IcoFormSchema = IcoFieldsSchema;
export type IcoFormValues = z.input<typeof IcoFormSchema>;
export type IcoField = keyof IcoFormValues;

export function icoToForm(i: IncidentRecord): IcoFormValues {
  return {
    dataCategories: i.dataCategories,
    subjectCategories: i.subjectCategories,
    howDiscovered: i.howDiscovered,
    causedByCyber: i.causedByCyber,
    likelyConsequences: i.likelyConsequences,
    consequenceLikelihood: i.consequenceLikelihood,
    staffInvolved: i.staffInvolved,
    staffTrained: i.staffTrained,
    staffDetails: i.staffDetails,
    priorMeasures: i.priorMeasures,
  };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, n) => v === b[n]);

/** Only the fields that changed. */
export function icoPatch(i: IncidentRecord, edited: IcoFields): Partial<IcoFields> {
  const patch: Partial<IcoFields> = {};
  for (const key of Object.keys(edited) as IcoField[]) {
    const before = i[key];
    const after = edited[key];
    const isSame = Array.isArray(before) && Array.isArray(after) ? sameList(before, after) : before === after;
    if (!isSame) Object.assign(patch, { [key]: after });
  }
  return patch;
}

/** Contract path (`patch.dataCategories.2`) → form field. */
export function toIcoFormPath(path: string): IcoField | null {
  const field = path.replace(/^patch\./, '').split('.')[0] ?? '';
  return field in IcoFormSchema.shape ? (field as IcoField) : null;
}
