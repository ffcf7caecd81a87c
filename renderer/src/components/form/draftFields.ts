import type { FormValues } from '../../stores/useDraftsStore';

/** Whether react-hook-form's dirty marks for a field (true, or an object or array of marks) mark anything. */
function isMarked(marks: unknown): boolean {
  if (marks === true) return true;
  if (marks !== null && typeof marks === 'object') return Object.values(marks).some(isMarked);
  return false;
}

/** The fields the officer changed, whole at the top level (an incident's details go as one). */
export function changedFields(values: FormValues, dirtyFields: Record<string, unknown>): FormValues {
  return Object.fromEntries(
    Object.keys(values)
      .filter((name) => isMarked(dirtyFields[name]))
      .map((name) => [name, values[name]]),
  );
}
