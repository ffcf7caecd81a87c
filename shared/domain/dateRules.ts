import { formatUkDateTime } from '../time/ukTime';
import { MINUTE_MS } from './clocks';

/**
 * The dates the register refuses because they cannot be true: an incident cannot be discovered
 * before it happened, nobody can be told of a breach before anyone was aware of it, and nothing recorded
 * can be in the future. Pure functions of their input and `now`, so the core enforces them and the UI
 * explains them in the same words.
 */

/** Laptop clocks drift: a time up to this far ahead of the register's clock is still accepted as "now". */
export const CLOCK_SKEW_MS = 5 * MINUTE_MS;

/** One refused date: the field (as the input names it) and why, in plain words. */
export type DateIssue = { path: string; message: string };

/** Whether an instant lies beyond the register's clock plus the allowed skew. */
export function isInFuture(at: number, now: number): boolean {
  return at > now + CLOCK_SKEW_MS;
}

/** "Discovered cannot be in the future: it starts the 72-hour clock" — or nothing. */
export function notInFuture(path: string, label: string, at: number | null, now: number, why = ''): DateIssue[] {
  return at !== null && isInFuture(at, now) ? [{ path, message: `${label} cannot be in the future${why ? `: ${why}` : ''}` }] : [];
}

/**
 * A time something was done about the breach (a report to the ICO, another organisation or the people
 * told): not before awareness, and not in the future.
 */
export function notificationTimeIssues(path: string, label: string, at: number, discoveredAt: number, now: number): DateIssue[] {
  if (at < discoveredAt) {
    return [{ path, message: `${label} cannot be before the breach was discovered (${formatUkDateTime(discoveredAt)})` }];
  }
  return notInFuture(path, label, at, now);
}

/** The incident's own dates, as recorded or about to be. */
export type IncidentDates = {
  occurredAt: number | null;
  discoveredAt: number;
  reportedAt: number | null;
};

type DateField = keyof IncidentDates;

const ORDER_MESSAGES = {
  occurredAt: 'It cannot have happened after it was discovered',
  reportedAt: 'It cannot have been reported before it was discovered',
} as const;

/**
 * Occurred ≤ discovered ≤ reported where given, none in the future. `touched` says which fields the
 * officer is changing now: an order rule applies when either of its dates is touched, the future rule to
 * the touched date only, so a record saved before these rules can still be edited elsewhere.
 */
export function incidentDateIssues(d: IncidentDates, now: number, touched: (field: DateField) => boolean = () => true, prefix = ''): DateIssue[] {
  const issues: DateIssue[] = [];
  if ((touched('occurredAt') || touched('discoveredAt')) && d.occurredAt !== null && d.occurredAt > d.discoveredAt) {
    issues.push({ path: `${prefix}occurredAt`, message: ORDER_MESSAGES.occurredAt });
  }
  if ((touched('reportedAt') || touched('discoveredAt')) && d.reportedAt !== null && d.reportedAt < d.discoveredAt) {
    issues.push({ path: `${prefix}reportedAt`, message: ORDER_MESSAGES.reportedAt });
  }
  if (touched('occurredAt')) issues.push(...notInFuture(`${prefix}occurredAt`, 'Occurred', d.occurredAt, now));
  if (touched('discoveredAt')) issues.push(...notInFuture(`${prefix}discoveredAt`, 'Discovered', d.discoveredAt, now, 'it starts the 72-hour clock'));
  if (touched('reportedAt')) issues.push(...notInFuture(`${prefix}reportedAt`, 'Reported', d.reportedAt, now));
  return issues;
}

/**
 * Closing comes after containing: the moment of closing cannot precede the recorded containment (which
 * only a wrong laptop clock could make happen).
 */
export function closingIssues(containedAt: number | null, closedAt: number): DateIssue[] {
  return containedAt !== null && closedAt < containedAt
    ? [{ path: 'containedAt', message: `It cannot be closed before it was contained (${formatUkDateTime(containedAt)}): check the laptop's clock` }]
    : [];
}

/**
 * When an email arrived at its recipients bounds when anyone could have become aware of it: awareness
 * may come long after (an old email found later), never before it was sent.
 */
export function awarenessOfEmailIssues(path: string, awareAt: number, sentAt: number | null, now: number): DateIssue[] {
  const future = notInFuture(path, 'The time you became aware', awareAt, now, 'it starts the 72-hour clock');
  if (future.length > 0) return future;
  return sentAt !== null && awareAt < sentAt ? [{ path, message: `You cannot have become aware of the email before it was sent (${formatUkDateTime(sentAt)})` }] : [];
}

/** What the date checks read from a stored incident. */
export type RecordedDates = IncidentDates & {
  status: string;
  containedAt: number | null;
  regulatorNotifiedAt: number | null;
  regulatorDecidedAt: number | null;
  subjectsDecidedAt: number | null;
  subjectsToldAt: number | null;
  updatedAt: number;
};

/**
 * The dates of a stored incident that break a rule, for the incident's header ("Check these dates: …").
 * Records saved before the rules are flagged, never made uneditable. Future dates are not flagged: they
 * stop being in the future by themselves, while a date out of order stays wrong.
 */
export function recordedDateChecks(i: RecordedDates): DateIssue[] {
  const checks = incidentDateIssues(i, Number.POSITIVE_INFINITY);
  const beforeAwareness = (path: string, label: string, at: number | null) => {
    if (at !== null && at < i.discoveredAt) checks.push({ path, message: `${label} is before the breach was discovered` });
  };
  beforeAwareness('regulatorNotifiedAt', 'The ICO notification', i.regulatorNotifiedAt);
  beforeAwareness('regulatorDecidedAt', 'The regulator decision', i.regulatorDecidedAt);
  beforeAwareness('subjectsDecidedAt', 'The data-subject decision', i.subjectsDecidedAt);
  beforeAwareness('subjectsToldAt', 'Telling the people affected', i.subjectsToldAt);
  // A closed incident is read-only, so its last change is its closing.
  if (i.status === 'closed') checks.push(...closingIssues(i.containedAt, i.updatedAt));
  return checks;
}
