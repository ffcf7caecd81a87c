import { emptyDetails } from '../../../../shared/domain/incidentDetails';
import type { IncidentKind } from '../../../../shared/domain/vocabulary';
import type { z } from '../../../../shared/zodConfig';
import { instantToText, textToInstant } from '../../lib/ukDateText';
import { detailFieldsOf, type DetailField } from './detailFields';

/** A kind's details as the form holds them: every field as text. */
export type DetailsFormValues = Record<string, string>;

function fieldToText(field: DetailField, value: unknown): string {
  switch (field.type) {
    case 'list':
      return Array.isArray(value) ? value.join('\n') : '';
    case 'count':
      return typeof value === 'number' ? String(value) : '';
    case 'dateTime':
      return typeof value === 'number' ? instantToText(value) : '';
    case 'yesNo':
      return value === true ? 'yes' : value === false ? 'no' : '';
    case 'text':
    case 'longText':
    case 'choice':
      return typeof value === 'string' ? value : '';
    default:
      throw new Error(`Unknown detail field type ${String(field.type satisfies never)}`);
  }
}

/** Details as stored → form text; unknown kinds' extra fields are ignored. */
export function detailsToForm(kind: IncidentKind, details: object): DetailsFormValues {
  const source = details as Record<string, unknown>;
  return Object.fromEntries(detailFieldsOf(kind).map((f) => [f.name, fieldToText(f, source[f.name])]));
}

/** The form a new incident of this kind starts with. */
export function emptyDetailsForm(kind: IncidentKind): DetailsFormValues {
  return detailsToForm(kind, emptyDetails(kind));
}

/**
 * Form text → details for the contract. Conversion problems (a bad date, a number that is not one)
 * are added to `ctx` under `details.<field>`; the contract's own checks run afterwards.
 */
export function detailsFromForm(kind: IncidentKind, form: DetailsFormValues, ctx: z.core.$RefinementCtx): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of detailFieldsOf(kind)) {
    const text = form[field.name] ?? '';
    const path = ['details', field.name];
    switch (field.type) {
      case 'text':
      case 'longText':
        out[field.name] = text;
        break;
      case 'list':
        out[field.name] = text
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean);
        break;
      case 'count':
        out[field.name] = textToCount(text, path, ctx);
        break;
      case 'dateTime':
        out[field.name] = textToInstant(text, path, ctx);
        break;
      case 'yesNo':
        out[field.name] = text === 'yes' ? true : text === 'no' ? false : null;
        break;
      case 'choice':
        out[field.name] = text === '' && field.isNullable ? null : text;
        break;
      default:
        throw new Error(`Unknown detail field type ${String(field.type satisfies never)}`);
    }
  }
  return out;
}

/** A typed whole number, or null when left empty. */
export function textToCount(text: string, path: (string | number)[], ctx: z.core.$RefinementCtx): number | null {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return null;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  ctx.addIssue({ code: 'custom', path, message: 'Enter a whole number, e.g. 20', input: text });
  return null;
}
