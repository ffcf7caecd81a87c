import type { RetentionUnit } from '../../../../shared/domain/retentionSchedule';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-11-28" (a London calendar date from the core) as "28 Nov 2026". */
export function formatCalendarDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "14 incidents due for erasure", "1 incident due for erasure". */
export function dueCountText(count: number): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? 'incident' : 'incidents'} due for erasure`;
}

export const UNIT_LABELS = { days: 'days', months: 'months', years: 'years' } as const satisfies Record<RetentionUnit, string>;

/** What an erased incident says at its top (docs/retention.md). */
export function erasedLine(on: string, by: string): string {
  return `Personal data erased on ${on} by ${by} under the retention schedule`;
}
