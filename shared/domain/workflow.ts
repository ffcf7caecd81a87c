import { isLateRegulatorNotification } from './clocks';
import { DECISIONS_AWAIT_REVIEW } from './decisionRules';
import type { IncidentStatus, Outcome } from './vocabulary';

/**
 * The investigation workflow of docs/domain.md#workflow: one table, used by the UI to offer moves and by the core
 * to enforce them.
 */
const NEXT = {
  reported: ['triage', 'closed'],
  triage: ['investigating', 'closed'],
  investigating: ['contained', 'triage'],
  contained: ['notifying', 'closed', 'investigating'],
  notifying: ['closed', 'investigating'],
  closed: ['investigating'],
} as const satisfies Record<IncidentStatus, readonly IncidentStatus[]>;

const ORDER: Record<IncidentStatus, number> = {
  reported: 0,
  triage: 1,
  investigating: 2,
  contained: 3,
  notifying: 4,
  closed: 5,
};

export function allowedMoves(from: IncidentStatus): readonly IncidentStatus[] {
  return NEXT[from];
}

export function canTransition(from: IncidentStatus, to: IncidentStatus): boolean {
  return (NEXT[from] as readonly IncidentStatus[]).includes(to);
}

/** Closing, re-opening and moving back need a reason (docs/domain.md#workflow). */
export function isReasonRequired(from: IncidentStatus, to: IncidentStatus): boolean {
  return to === 'closed' || from === 'closed' || ORDER[to] < ORDER[from];
}

/** A plain-words name for a move, for buttons and the history. */
export function moveLabel(from: IncidentStatus, to: IncidentStatus): string {
  if (from === 'closed') return 'Re-open';
  if (to === 'closed') return 'Close incident';
  if (ORDER[to] < ORDER[from]) return `Back to ${to}`;
  return `Move to ${to}`;
}

/** What the closure check reads from an incident. */
export type ClosureFacts = {
  discoveredAt: number;
  severityBand: string | null;
  dataCategories: readonly string[];
  likelyConsequences: string;
  regulatorNotify: boolean | null;
  regulatorDelayReason: string;
  regulatorRationale: string;
  regulatorNotifiedAt: number | null;
  icoReference: string;
  subjectsNotify: boolean | null;
  subjectsRationale: string;
  subjectsExemption: string | null;
  rootCause: string;
  lessons: string;
  /** Re-assessed into another band since the decisions were recorded, and not yet reviewed. */
  decisionsNeedReview?: boolean;
};

/**
 * What is still missing before a confirmed breach may be closed (docs/domain.md#closing-a-confirmed-breach). Empty means it may close.
 * Each entry is a sentence an officer can act on.
 */
export function missingForBreachClosure(f: ClosureFacts): string[] {
  const missing: string[] = [];
  if (f.severityBand === null) missing.push('Assess the severity (ENISA method) on the Assessment tab.');
  if (f.dataCategories.length === 0) missing.push('Record the categories of personal data involved (ICO form).');
  if (!f.likelyConsequences.trim()) missing.push('Describe the likely consequences for the people affected (ICO form).');
  if (f.regulatorNotify === null) {
    missing.push('Record the regulator decision: notify the ICO or not.');
  } else {
    if (!f.regulatorRationale.trim()) missing.push('Give the rationale for the regulator decision.');
    if (f.regulatorNotify) {
      if (f.regulatorNotifiedAt === null) missing.push('Record the report made to the ICO and when.');
      else if (isLateRegulatorNotification(f.discoveredAt, f.regulatorNotifiedAt) && !f.regulatorDelayReason.trim()) {
        missing.push('Give the reason the ICO was told more than 72 hours after awareness (Art. 33(1)).');
      }
      if (!f.icoReference.trim()) missing.push('Record the ICO case reference.');
    }
  }
  if (f.subjectsNotify === null) {
    missing.push('Record the data-subject decision: tell the people affected or not (Art. 34).');
  } else if (!f.subjectsNotify) {
    if (f.subjectsExemption === null) missing.push('Choose the Art. 34 ground for not telling the people affected.');
    if (!f.subjectsRationale.trim()) missing.push('Give the rationale for not telling the people affected.');
  }
  if (f.decisionsNeedReview) missing.push(DECISIONS_AWAIT_REVIEW);
  if (!f.rootCause.trim()) missing.push('Record the root cause.');
  if (!f.lessons.trim()) missing.push('Record the lessons learned and preventive actions.');
  return missing;
}

export function isOutcomeRequired(to: IncidentStatus): boolean {
  return to === 'closed';
}

export type { Outcome };
