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

/** Where on the incident a closing item is answered: the tab, and the field there when there is one. */
export type ClosingItemPlace = {
  tab: 'ico' | 'assessment' | 'decisions' | 'notifications';
  field: string | null;
};

/** One thing still missing before a confirmed breach may close, and where it is answered. */
export type ClosingItem = { text: string; place: ClosingItemPlace };

const at = (tab: ClosingItemPlace['tab'], field: string | null = null): ClosingItemPlace => ({ tab, field });

/**
 * What is still missing before a confirmed breach may be closed (docs/domain.md#closing-a-confirmed-breach), each with where it is
 * answered. Empty means it may close. The core refuses closing with these, and the incident page lists them as what is left.
 */
export function closingChecklist(f: ClosureFacts): ClosingItem[] {
  const missing: ClosingItem[] = [];
  const add = (text: string, place: ClosingItemPlace) => missing.push({ text, place });
  if (f.severityBand === null) add('Assess the severity (ENISA method) on the Assessment tab.', at('assessment'));
  if (f.dataCategories.length === 0) add('Record the categories of personal data involved (ICO form).', at('ico', 'dataCategories'));
  if (!f.likelyConsequences.trim()) add('Describe the likely consequences for the people affected (ICO form).', at('ico', 'likelyConsequences'));
  if (f.regulatorNotify === null) {
    add('Record the regulator decision: notify the ICO or not.', at('decisions', 'regulatorNotify'));
  } else {
    if (!f.regulatorRationale.trim()) add('Give the rationale for the regulator decision.', at('decisions', 'regulatorRationale'));
    if (f.regulatorNotify) {
      if (f.regulatorNotifiedAt === null) add('Record the report made to the ICO and when.', at('notifications'));
      else if (isLateRegulatorNotification(f.discoveredAt, f.regulatorNotifiedAt) && !f.regulatorDelayReason.trim()) {
        add('Give the reason the ICO was told more than 72 hours after awareness (Art. 33(1)).', at('decisions', 'regulatorDelayReason'));
      }
      if (!f.icoReference.trim()) add('Record the ICO case reference.', at('decisions', 'icoReference'));
    }
  }
  if (f.subjectsNotify === null) {
    add('Record the data-subject decision: tell the people affected or not (Art. 34).', at('decisions', 'subjectsNotify'));
  } else if (!f.subjectsNotify) {
    if (f.subjectsExemption === null) add('Choose the Art. 34 ground for not telling the people affected.', at('decisions', 'subjectsExemption'));
    if (!f.subjectsRationale.trim()) add('Give the rationale for not telling the people affected.', at('decisions', 'subjectsRationale'));
  }
  if (f.decisionsNeedReview) add(DECISIONS_AWAIT_REVIEW, at('decisions'));
  if (!f.rootCause.trim()) add('Record the root cause.', at('decisions', 'rootCause'));
  if (!f.lessons.trim()) add('Record the lessons learned and preventive actions.', at('decisions', 'lessons'));
  return missing;
}

/** The closing checklist as sentences an officer can act on, as the core's refusal to close gives them. Empty means it may close. */
export function missingForBreachClosure(f: ClosureFacts): string[] {
  return closingChecklist(f).map((item) => item.text);
}

export function isOutcomeRequired(to: IncidentStatus): boolean {
  return to === 'closed';
}

export type { Outcome };
