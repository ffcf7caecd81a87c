import type { z } from '../../../shared/zodConfig';
import { formatUkNumeric, parseUkDateTime } from '../../../shared/time/ukTime';

/** An instant as officers type it ("27/11/2026 14:30"), or empty when there is none. */
export function instantToText(ms: number | null | undefined): string {
  return ms == null ? '' : formatUkNumeric(ms);
}

/**
 * Reads a typed UK date-time inside a form schema's transform. Empty gives null, unless `required`
 * names what to ask for; a bad date adds an issue at `path` with parseUkDateTime's explanation.
 */
export function textToInstant(text: string, path: (string | number)[], ctx: z.core.$RefinementCtx, required?: string): number | null {
  if (text.trim() === '') {
    if (required) ctx.addIssue({ code: 'custom', path, message: `Enter ${required} as DD/MM/YYYY HH:MM`, input: text });
    return null;
  }
  const parsed = parseUkDateTime(text);
  if (parsed.ok) return parsed.ms;
  ctx.addIssue({ code: 'custom', path, message: parsed.message, input: text });
  return null;
}

/** Placeholder shown in every date-time field. */
export const UK_DATE_TIME_PLACEHOLDER = 'DD/MM/YYYY HH:MM';
