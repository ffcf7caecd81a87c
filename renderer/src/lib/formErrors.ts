import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { FieldIssue } from '../../../shared/contract/result';
import type { z } from '../../../shared/zodConfig';

/**
 * Puts the core's field issues next to the fields that caused them. `toField` maps a contract path
 * (e.g. `details.actualRecipients.2`) to the form field that holds it, or null when no field does.
 * Returns the issues no field could show, so the caller can show them in an alert instead.
 */
export function applyFieldIssues<T extends FieldValues>(
  issues: readonly FieldIssue[],
  setError: UseFormSetError<T>,
  toField: (path: string) => Path<T> | null,
): FieldIssue[] {
  const unplaced: FieldIssue[] = [];
  const placed = new Set<string>();
  for (const issue of issues) {
    const field = toField(issue.path);
    if (field === null) unplaced.push(issue);
    else if (!placed.has(field)) {
      placed.add(field);
      setError(field, { type: 'server', message: issue.message }, { shouldFocus: placed.size === 1 });
    }
  }
  return unplaced;
}

/** Keeps the first `depth` segments of a dotted path: list items report on the list's field. */
export function truncatePath(path: string, depth: number): string {
  return path.split('.').slice(0, depth).join('.');
}

/**
 * Inside a form schema's transform: adds the contract's issues at the form's fields, skipping a field
 * that already has one (a date that could not be read outranks "expected a number" about it).
 */
export function forwardContractIssues(
  issues: readonly { path: PropertyKey[]; message: string }[],
  ctx: z.core.$RefinementCtx,
  toFormPath: (contractPath: string) => string | null,
): void {
  const reported = new Set(ctx.issues.map((i) => (i.path ?? []).map(String).join('.')));
  for (const issue of issues) {
    const path = toFormPath(issue.path.map(String).join('.'));
    if (path === null || reported.has(path)) continue;
    reported.add(path);
    ctx.addIssue({ code: 'custom', path: path.split('.'), message: issue.message, input: ctx.value });
  }
}

/** Maps a contract path to the form field named by its first segment, when the form has that field. */
export function topLevelField<F extends string>(fields: readonly F[]): (path: string) => F | null {
  return (path) => {
    const field = path.split('.')[0] ?? '';
    return (fields as readonly string[]).includes(field) ? (field as F) : null;
  };
}
