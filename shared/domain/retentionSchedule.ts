import { ukCalendarDate } from '../time/ukTime';
import type { Outcome } from './vocabulary';

/**
 * How long an incident's personal data is kept after it is closed (UK GDPR Art. 5(1)(e), storage
 * limitation): per outcome, decided by the department. The schedule is counted in London calendar days,
 * months or years from the day the incident was closed, because that is how a retention policy is written.
 */
/** What a legal hold or an erasure is about. */
export const RETENTION_SUBJECT_TYPES = ['incident', 'party'] as const;
/** An erasure proposal's life: awaiting a second account, then confirmed (erased) or withdrawn. */
export const ERASURE_STATUSES = ['proposed', 'confirmed', 'withdrawn'] as const;

export const RETENTION_UNITS = ['days', 'months', 'years'] as const;
export type RetentionUnit = (typeof RETENTION_UNITS)[number];
export type RetentionPeriod = { amount: number; unit: RetentionUnit };
export type RetentionPeriods = Record<Outcome, RetentionPeriod>;

/** Six years after closure (docs/retention.md): shown until an administrator confirms or changes it. */
export const DEFAULT_RETENTION_PERIOD: RetentionPeriod = { amount: 6, unit: 'years' };
export const DEFAULT_RETENTION_PERIODS: RetentionPeriods = {
  breach: DEFAULT_RETENTION_PERIOD,
  near_miss: DEFAULT_RETENTION_PERIOD,
  not_a_breach: DEFAULT_RETENTION_PERIOD,
  duplicate: DEFAULT_RETENTION_PERIOD,
};

/** A calendar date as "YYYY-MM-DD", which sorts and compares as text. */
export type CalendarDate = string;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const toText = (y: number, m: number, d: number): CalendarDate => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The London calendar date of an instant. */
export function londonDate(ms: number): CalendarDate {
  const { year, month, day } = ukCalendarDate(ms);
  return toText(year, month, day);
}

/**
 * The date an incident closed on `closedOn` becomes due for review. Months and years keep the day of the
 * month, or the month's last day when it has none (closed 29 Feb 2024, kept a year: due 28 Feb 2025).
 */
export function dueDate(closedOn: CalendarDate, period: RetentionPeriod): CalendarDate {
  const [y, m, d] = closedOn.split('-').map(Number) as [number, number, number];
  if (period.unit === 'days') {
    const at = new Date(Date.UTC(y, m - 1, d + period.amount));
    return toText(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
  }
  const months = period.unit === 'years' ? period.amount * 12 : period.amount;
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return toText(year, month, Math.min(d, daysInMonth(year, month)));
}

/** Due on its due date itself, in London, and every day after. */
export function isDue(closedAt: number, period: RetentionPeriod, now: number): boolean {
  return londonDate(now) >= dueDate(londonDate(closedAt), period);
}

/** "6 years", "1 day": the period as the schedule's page and the audit entry say it. */
export function periodInWords(period: RetentionPeriod): string {
  const unit = period.amount === 1 ? period.unit.slice(0, -1) : period.unit;
  return `${period.amount} ${unit}`;
}

/** The outcomes as the schedule names them (the words: shorter than the closure form's labels). */
export const RETENTION_OUTCOME_LABELS = {
  breach: 'Confirmed breach',
  near_miss: 'Near miss',
  not_a_breach: 'Not a breach',
  duplicate: 'Duplicate',
} as const satisfies Record<Outcome, string>;
