import { formatUkDateTime } from '../../../../shared/time/ukTime';

/** Audit values are raw JSON; instants are stored as ms, so fields named …At read as UK date-times. */
export function formatChangeValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number' && /At$/.test(field)) return formatUkDateTime(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  return JSON.stringify(value, null, 1);
}
