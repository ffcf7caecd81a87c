import { formatUkDate } from '../time/ukTime';

/**
 * What a decision not to tell needs when it is taken, not only at closing:
 * - not to notify the ICO: a severity assessment to rest on, and the reasoning, which Art. 33(5) requires
 *   the controller to document;
 * - not to tell the people affected (Art. 34): the reasoning, or the Art. 34(3) ground that exempts it.
 * Pure functions, so the core refuses and the UI explains in the same words.
 */

/** One refused decision field and why. */
export type DecisionIssue = { path: string; message: string };

/** What the rules read from an incident as it would be after the change. */
export type DecisionFacts = {
  regulatorNotify: boolean | null;
  regulatorRationale: string;
  subjectsNotify: boolean | null;
  subjectsRationale: string;
  subjectsExemption: string | null;
  /** The latest assessment's band; null when the incident was never assessed. */
  severityBand: string | null;
};

export type DecisionField = 'regulatorNotify' | 'regulatorRationale' | 'subjectsNotify' | 'subjectsRationale' | 'subjectsExemption';

export const NOT_NOTIFYING_NEEDS_ASSESSMENT = 'Assess the severity first: a decision not to notify the ICO rests on a recorded assessment';
export const NOT_NOTIFYING_NEEDS_RATIONALE = 'Give the reasons for not notifying the ICO: they must be documented (Art. 33(5))';
export const NOT_TELLING_NEEDS_REASONS = 'Give the reasons for not telling the people affected, or choose the Art. 34(3) ground that exempts it';

/**
 * The issues with the decisions in `f`, for the decisions the change touches (`touched`), so a record
 * saved before these rules can still be edited elsewhere. Paths are prefixed as the input names them.
 */
export function decisionIssues(f: DecisionFacts, touched: (field: DecisionField) => boolean = () => true, prefix = ''): DecisionIssue[] {
  const issues: DecisionIssue[] = [];
  if ((touched('regulatorNotify') || touched('regulatorRationale')) && f.regulatorNotify === false) {
    if (f.severityBand === null) issues.push({ path: `${prefix}regulatorNotify`, message: NOT_NOTIFYING_NEEDS_ASSESSMENT });
    if (!f.regulatorRationale.trim()) issues.push({ path: `${prefix}regulatorRationale`, message: NOT_NOTIFYING_NEEDS_RATIONALE });
  }
  if (
    (touched('subjectsNotify') || touched('subjectsRationale') || touched('subjectsExemption')) &&
    f.subjectsNotify === false &&
    !f.subjectsRationale.trim() &&
    f.subjectsExemption === null
  ) {
    issues.push({ path: `${prefix}subjectsRationale`, message: NOT_TELLING_NEEDS_REASONS });
  }
  return issues;
}

/** A decision not to notify the ICO that stands: assessed, with its reasons. Only such a decision stops the 72-hour clock. */
export function isCompleteNotNotifying(f: Pick<DecisionFacts, 'regulatorNotify' | 'regulatorRationale' | 'severityBand'> & { decisionsNeedReview?: boolean }): boolean {
  // A decision taken on an assessment since superseded is not complete until the officer confirms or changes it.
  return f.regulatorNotify === false && f.severityBand !== null && f.regulatorRationale.trim() !== '' && f.decisionsNeedReview !== true;
}

/** "Not notified — decided on 27 Nov 2026 by Priya Raman, reasons recorded" */
export function notNotifiedLabel(decidedAt: number | null, decidedBy: string): string {
  const when = decidedAt === null ? '' : ` on ${formatUkDate(decidedAt)}`;
  const who = decidedBy ? ` by ${decidedBy}` : '';
  return `Not notified — decided${when}${who}, reasons recorded`;
}

/** Why closing waits while decisions are flagged for review after a re-assessment. */
export const DECISIONS_AWAIT_REVIEW =
  'Review the regulator and data-subject decisions: the incident was re-assessed into another severity band since they were recorded. Confirm or change them.';
