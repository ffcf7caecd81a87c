import { isLateRegulatorNotification } from '../../../shared/domain/clocks';
import type { Incident, ParsedIncidentPatch } from '../../../shared/contract/incidents';
import { SEVERITY_BAND_LABELS } from '../../../shared/domain/severity';
import { AppError, type FieldIssue } from '../../../shared/contract/result';
import { incidentDateIssues, notificationTimeIssues, notInFuture, type IncidentDates } from '../../../shared/domain/dateRules';
import { decisionIssues as notTellingIssues, type DecisionField } from '../../../shared/domain/decisionRules';
import type { StoredRecommendation } from './incidentRepository';

/** A closed incident is read-only until it is re-opened. */
export function requireOpen(incident: Incident): void {
  if (incident.status === 'closed') {
    throw new AppError('INVALID_TRANSITION', `${incident.reference} is closed and cannot be changed. Re-open it first (with a reason).`);
  }
}

/** What the patch touches, to apply the rules below only to what the officer is changing now. */
export type Touched = (field: keyof ParsedIncidentPatch) => boolean;

/** The fields that make up the regulator and data-subject decisions: changing one is reviewing them. */
export const DECISION_FIELDS = [
  'regulatorNotify',
  'regulatorRationale',
  'subjectsNotify',
  'subjectsRationale',
  'subjectsExemption',
] as const satisfies readonly DecisionField[];

/**
 * The law's rules (shared/domain/dateRules.ts, decisionRules.ts) for an incident as a patch would
 * leave it, applied to the fields the patch touches only: a record saved before the rules stays editable
 * elsewhere, and its dates are flagged instead (`dateChecks`).
 */
export function lawIssues(next: Incident, touched: Touched, now: number, prefix: string): FieldIssue[] {
  const issues: FieldIssue[] = [...incidentDateIssues(next, now, touched, prefix), ...notTellingIssues(next, touched, prefix)];
  if (touched('regulatorNotifiedAt')) {
    issues.push(...notInFuture(`${prefix}regulatorNotifiedAt`, 'The time the ICO was notified', next.regulatorNotifiedAt, now));
  }
  for (const [field, label] of [
    ['regulatorDecidedAt', 'The regulator decision'],
    ['subjectsDecidedAt', 'The data-subject decision'],
  ] as const) {
    const at = next[field];
    if (at !== null && (touched(field) || touched('discoveredAt'))) {
      issues.push(...notificationTimeIssues(`${prefix}${field}`, label, at, next.discoveredAt, now));
    }
  }
  return issues;
}

/** A new incident's dates: every rule applies. */
export function newIncidentIssues(input: IncidentDates, now: number): FieldIssue[] {
  return incidentDateIssues(input, now);
}

/** The first issue at each field: two rules refusing the same field say it once. */
export function onePerField(issues: FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => !seen.has(i.path) && seen.add(i.path));
}

/** Refuses with INVALID_INPUT at the fields, leading with the first problem, when there is any. */
export function refuseIssues(issues: FieldIssue[], then = 'Correct it and try again.'): void {
  if (issues.length > 0) throw new AppError('INVALID_INPUT', `${issues[0]!.message}. ${then}`, issues);
}

/**
 * The decision rules, applied to the incident as it would be after the patch:
 * - a decision that goes against the latest assessment's recommendation needs a rationale;
 * - a regulator notification more than 72 hours after awareness needs the reason for the delay
 *   (Art. 33(1)), and cannot precede the awareness it follows.
 * They apply when the patch touches the fields concerned, so an older record can still be edited
 * elsewhere; the closure check looks at the whole record.
 */
export function assessmentIssues(next: Incident, touched: Touched, recommendation: StoredRecommendation | null, prefix: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (recommendation) {
    const { band, notifyRegulator, notifySubjects } = recommendation;
    const severity = `the latest assessment (${SEVERITY_BAND_LABELS[band]} severity)`;
    if (
      (touched('regulatorNotify') || touched('regulatorRationale')) &&
      next.regulatorNotify !== null &&
      next.regulatorNotify !== notifyRegulator &&
      !next.regulatorRationale.trim()
    ) {
      issues.push({
        path: `${prefix}regulatorRationale`,
        message: `${cap(severity)} recommends ${notifyRegulator ? 'notifying' : 'not notifying'} the ICO: give the rationale for deciding otherwise`,
      });
    }
    if (
      (touched('subjectsNotify') || touched('subjectsRationale')) &&
      next.subjectsNotify !== null &&
      next.subjectsNotify !== notifySubjects &&
      !next.subjectsRationale.trim()
    ) {
      issues.push({
        path: `${prefix}subjectsRationale`,
        message: `${cap(severity)} recommends ${notifySubjects ? 'telling' : 'not telling'} the people affected: give the rationale for deciding otherwise`,
      });
    }
  }
  if (touched('regulatorNotifiedAt') || touched('discoveredAt') || touched('regulatorDelayReason')) {
    if (next.regulatorNotifiedAt !== null && next.regulatorNotifiedAt < next.discoveredAt) {
      issues.push({ path: `${prefix}regulatorNotifiedAt`, message: 'The ICO cannot have been notified before the breach was discovered' });
    } else if (next.regulatorNotifiedAt !== null && isLateRegulatorNotification(next.discoveredAt, next.regulatorNotifiedAt) && !next.regulatorDelayReason.trim()) {
      issues.push({
        path: `${prefix}regulatorDelayReason`,
        message: 'The ICO was notified more than 72 hours after awareness: give the reason for the delay (Art. 33(1))',
      });
    }
  }
  return issues;
}

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What follows from a decision needs the decision: a notification needs "notify", an Art. 34 ground needs "do not tell". */
export function decisionIssues(i: Incident, prefix: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (i.regulatorNotify !== true && (i.regulatorNotifiedAt !== null || i.icoReference !== '')) {
    issues.push({ path: `${prefix}regulatorNotify`, message: 'A notification date or ICO reference needs the decision "notify the ICO"' });
  }
  if (i.subjectsNotify !== false && i.subjectsExemption !== null) {
    issues.push({ path: `${prefix}subjectsExemption`, message: 'An Art. 34 ground applies only when the people affected are not told' });
  }
  return issues;
}
