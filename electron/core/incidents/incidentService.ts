import { emptyDetails } from '../../../shared/domain/incidentDetails';
import type { Incident, ParsedIncidentPatch, ParsedNewIncident, StatusChange } from '../../../shared/contract/incidents';
import { DATA_CATEGORIES, INCIDENT_KIND_LABELS, SUBJECT_CATEGORIES, type IncidentStatus, type Outcome } from '../../../shared/domain/vocabulary';
import { allowedMoves, canTransition, isReasonRequired, missingForBreachClosure } from '../../../shared/domain/workflow';
import { closingIssues } from '../../../shared/domain/dateRules';
import { AppError } from '../../../shared/contract/result';
import { ukYear } from '../../../shared/time/ukTime';
import { auditStamp, stampNow, type Stamp } from '../actor';
import { appendAudit, diffFields } from '../audit/auditLog';
import type { CoreContext } from '../context';
import { requireCurrentVersion } from '../db/versioning';
import {
  findIncidentId,
  getIncidentOrThrow,
  insertIncidentRow,
  latestRecommendation,
  nextReferenceNumber,
  statusHistoryOf,
  writeIncident,
  writeIncidentSets,
  writeStatusMove,
} from './incidentRepository';
import { inVocabularyOrder } from './incidentRow';
import { assessmentIssues, DECISION_FIELDS, decisionIssues, lawIssues, newIncidentIssues, onePerField, refuseIssues, requireOpen, type Touched } from './incidentRules';
import { reindexIncident } from './searchIndex';
import { auditFieldList, statusChangeText } from '../../../shared/domain/auditWords';

/** The fields shown in an incident's history, in the order an officer reads them. */
export function snapshot(i: Incident): Record<string, unknown> {
  // Counts and subjectsToldAt are derived from the links, audited where the links change; the date checks
  // are computed on read; the review flag is audited where it is raised and cleared.
  const {
    id: _id,
    reference: _r,
    version: _v,
    createdAt: _ca,
    createdBy: _cb,
    updatedAt: _ua,
    updatedBy: _ub,
    affectedCount: _a,
    partyCount: _p,
    isDemo: _d,
    subjectsToldAt: _t,
    dateChecks: _dc,
    decisionsNeedReview: _dr,
    ...rest
  } = i;
  return rest;
}

/** Inserts an incident with the next reference of its year of recording: INC-YYYY-NNNN. Runs inside the caller's transaction. */
export function insertIncident(ctx: CoreContext, input: ParsedNewIncident, stamp: Stamp, isDemo = false): Incident {
  const { db } = ctx;
  // Demo data is stamped with historical times; the rules read the real moment of recording.
  refuseIssues(newIncidentIssues(input, auditStamp(stamp).at));
  const year = ukYear(stamp.at);
  const number = nextReferenceNumber(db, year);
  const reference = `INC-${year}-${String(number).padStart(4, '0')}`;
  const id = ctx.newId();
  const draft = {
    id,
    reference,
    kind: input.kind,
    details: input.details,
    title: input.title,
    description: input.description,
    businessUnit: input.businessUnit,
    reportingOfficer: input.reportingOfficer,
    owner: input.owner,
    occurredAt: input.occurredAt,
    discoveredAt: input.discoveredAt,
    reportedAt: input.reportedAt,
    recordMarking: input.recordMarking,
    materialMarking: input.materialMarking,
    materialItemCount: input.materialItemCount,
    regulatorNotify: null,
    regulatorRationale: '',
    regulatorDecidedAt: null,
    regulatorDecidedBy: '',
    regulatorNotifiedAt: null,
    icoReference: '',
    subjectsNotify: null,
    subjectsRationale: '',
    subjectsExemption: null,
    subjectsDecidedAt: null,
    subjectsDecidedBy: '',
    rootCause: '',
    lessons: '',
    regulatorDelayReason: '',
    publicAccount: '',
    dataCategories: [] as Incident['dataCategories'],
    subjectCategories: [] as Incident['subjectCategories'],
    howDiscovered: '',
    causedByCyber: 'unknown' as const,
    likelyConsequences: '',
    consequenceLikelihood: 'not_yet_known' as const,
    staffInvolved: 'unknown' as const,
    staffTrained: 'unknown' as const,
    staffDetails: '',
    priorMeasures: '',
    severityBand: null,
    severityScore: null,
    containedAt: null,
  } as Incident;
  insertIncidentRow(db, draft, { referenceSort: year * 1_000_000 + number, isDemo }, stamp);
  reindexIncident(db, id);
  const created = getIncidentOrThrow(db, id);
  appendAudit(ctx, auditStamp(stamp).actor, auditStamp(stamp).at, [
    {
      action: 'incident.created',
      entityType: 'incident',
      entityId: id,
      incidentId: id,
      summary: `Recorded ${reference} (${INCIDENT_KIND_LABELS[created.kind]})`,
      changes: diffFields({}, snapshot(created)),
    },
  ]);
  return created;
}

export function createIncident(ctx: CoreContext, input: ParsedNewIncident): Incident {
  const stamp = stampNow(ctx);
  return ctx.db.transaction(() => insertIncident(ctx, input, stamp)).immediate();
}

/** Applies a patch to an open incident the officer last saw at `version`. */
export function updateIncident(ctx: CoreContext, id: string, version: number, patch: ParsedIncidentPatch): Incident {
  const stamp = stampNow(ctx);
  return ctx.db.transaction(() => applyUpdate(ctx, id, version, patch, stamp)).immediate();
}

/** The update itself; the caller holds the transaction. */
export function applyUpdate(ctx: CoreContext, id: string, version: number, patch: ParsedIncidentPatch, stamp: Stamp): Incident {
  const { db } = ctx;
  const { actor, at } = stamp;
  const current = getIncidentOrThrow(db, id);
  const seen = { version, what: current.reference };
  requireCurrentVersion(db, 'incidents', id, seen);
  requireOpen(current);
  // Details sent with the kind replace the old ones; a new kind sent alone starts from its own empty
  // details (the old ones stay in the history); the same kind sent alone keeps them.
  const kindChanged = patch.kind !== undefined && patch.kind !== current.kind;
  const details = patch.details ?? (kindChanged ? emptyDetails(patch.kind!) : current.details);
  const next = { ...current, ...patch, details } as Incident;
  next.dataCategories = inVocabularyOrder(DATA_CATEGORIES, next.dataCategories);
  next.subjectCategories = inVocabularyOrder(SUBJECT_CATEGORIES, next.subjectCategories);
  if (patch.regulatorNotify !== undefined && patch.regulatorNotify !== current.regulatorNotify) {
    next.regulatorDecidedAt = patch.regulatorDecidedAt ?? (patch.regulatorNotify === null ? null : at);
    next.regulatorDecidedBy = patch.regulatorNotify === null ? '' : actor;
  }
  if (patch.subjectsNotify !== undefined && patch.subjectsNotify !== current.subjectsNotify) {
    next.subjectsDecidedAt = patch.subjectsDecidedAt ?? (patch.subjectsNotify === null ? null : at);
    next.subjectsDecidedBy = patch.subjectsNotify === null ? '' : actor;
  }
  const touched: Touched = (field) => patch[field] !== undefined;
  const recommendation = latestRecommendation(db, id);
  const issues = onePerField([
    ...decisionIssues(next, 'patch.'),
    ...assessmentIssues(next, touched, recommendation, 'patch.'),
    ...lawIssues(next, touched, auditStamp(stamp).at, 'patch.'),
  ]);
  if (issues.length > 0) {
    throw new AppError('INVALID_INPUT', `${issues[0]!.message}. Correct it and save again.`, issues);
  }
  const changes = diffFields(snapshot(current), snapshot(next));
  if (changes.length === 0) return current;
  // Changing a decision is the officer's review of it after a re-assessment.
  if (current.decisionsNeedReview && changes.some((c) => (DECISION_FIELDS as readonly string[]).includes(c.field))) {
    next.decisionsNeedReview = false;
    changes.push({ field: 'decisionsNeedReview', before: true, after: false });
  }
  writeIncident(db, next, stamp, seen);
  if (changes.some((c) => c.field === 'dataCategories' || c.field === 'subjectCategories')) writeIncidentSets(db, id, next);
  if (changes.some((c) => ['title', 'description', 'details'].includes(c.field))) reindexIncident(db, id);
  appendAudit(ctx, auditStamp(stamp).actor, auditStamp(stamp).at, [
    {
      action: 'incident.updated',
      entityType: 'incident',
      entityId: id,
      incidentId: id,
      summary: `Changed ${auditFieldList(changes.map((c) => c.field))}`,
      changes,
    },
  ]);
  return getIncidentOrThrow(db, id);
}

export type TransitionInput = {
  id: string;
  version: number;
  to: IncidentStatus;
  reason: string;
  outcome: Outcome | null;
  duplicateOf: string | null;
};

function resolveDuplicate(ctx: CoreContext, self: Incident, ref: string | null): string {
  if (!ref) {
    throw new AppError('INVALID_INPUT', 'Say which incident this one duplicates.', [
      { path: 'duplicateOf', message: 'Enter the reference of the incident this duplicates' },
    ]);
  }
  const target = findIncidentId(ctx.db, ref);
  if (!target) {
    throw new AppError('INVALID_INPUT', `There is no incident ${ref}. Check the reference of the incident this duplicates.`, [
      { path: 'duplicateOf', message: 'No incident has this reference' },
    ]);
  }
  if (target === self.id) {
    throw new AppError('INVALID_INPUT', 'An incident cannot duplicate itself.', [{ path: 'duplicateOf', message: 'Enter a different incident' }]);
  }
  return target;
}

/** Moves an incident along the workflow of docs/domain.md#workflow, recording who, when, from, to and why. */
export function transitionIncident(ctx: CoreContext, input: TransitionInput): Incident {
  const stamp = stampNow(ctx);
  return ctx.db.transaction(() => applyTransition(ctx, input, stamp)).immediate();
}

/** The move itself; the caller holds the transaction. */
export function applyTransition(ctx: CoreContext, input: TransitionInput, stamp: Stamp): Incident {
  const { db } = ctx;
  const { at } = stamp;
  const current = getIncidentOrThrow(db, input.id);
  const seen = { version: input.version, what: current.reference };
  requireCurrentVersion(db, 'incidents', input.id, seen);
  const from = current.status;
  if (!canTransition(from, input.to)) {
    const moves = allowedMoves(from).join(', ');
    throw new AppError('INVALID_TRANSITION', `${current.reference} is ${from} and cannot move to ${input.to}. From ${from} it can move to: ${moves}.`);
  }
  if (isReasonRequired(from, input.to) && !input.reason) {
    throw new AppError('INVALID_INPUT', 'Give a reason for this move.', [
      {
        path: 'reason',
        message: input.to === 'closed' ? 'Say why it is being closed' : from === 'closed' ? 'Say why it is being re-opened' : 'Say why it is moving back',
      },
    ]);
  }
  let duplicateOf: string | null = null;
  if (input.to === 'closed') {
    if (input.outcome === null) {
      throw new AppError('INVALID_INPUT', 'Choose the outcome before closing.', [{ path: 'outcome', message: 'Choose an outcome' }]);
    }
    if (input.outcome === 'duplicate') duplicateOf = resolveDuplicate(ctx, current, input.duplicateOf);
    else if (input.duplicateOf !== null) {
      throw new AppError('INVALID_INPUT', 'Only an incident closed as a duplicate names the incident it duplicates.', [
        { path: 'duplicateOf', message: 'Leave empty unless the outcome is "duplicate"' },
      ]);
    }
    if (input.outcome === 'breach') {
      const missing = missingForBreachClosure(current);
      if (missing.length > 0) {
        throw new AppError('INVALID_TRANSITION', `${current.reference} cannot be closed as a confirmed breach yet. Still missing: ${missing.join(' ')}`);
      }
    }
  } else if (input.outcome !== null || input.duplicateOf !== null) {
    throw new AppError('INVALID_INPUT', 'An outcome is given only when closing.', [{ path: 'outcome', message: 'Only when closing' }]);
  }
  if (input.to === 'closed') refuseIssues(closingIssues(current.containedAt, at));
  // The first move to "contained" is when the harm stopped: the dashboard's time to containment.
  const containedAt = input.to === 'contained' && current.containedAt === null ? at : current.containedAt;
  const outcome = input.to === 'closed' ? input.outcome : null;
  writeStatusMove(db, input.id, { from, to: input.to, reason: input.reason, outcome, duplicateOf, containedAt }, stamp, seen);
  const changes = [
    { field: 'status', before: from, after: input.to },
    ...(current.outcome !== null || input.to === 'closed' ? [{ field: 'outcome', before: current.outcome, after: input.to === 'closed' ? input.outcome : null }] : []),
    ...(duplicateOf ? [{ field: 'duplicateOf', before: current.duplicateOf, after: duplicateOf }] : []),
    ...(containedAt !== current.containedAt ? [{ field: 'containedAt', before: current.containedAt, after: containedAt }] : []),
    ...(input.reason ? [{ field: 'reason', before: null, after: input.reason }] : []),
  ];
  appendAudit(ctx, auditStamp(stamp).actor, auditStamp(stamp).at, [
    {
      action: 'incident.status_changed',
      entityType: 'incident',
      entityId: input.id,
      incidentId: input.id,
      summary: `${statusChangeText(from, input.to)}${input.reason ? `: ${input.reason}` : ''}`,
      changes,
    },
  ]);
  return getIncidentOrThrow(db, input.id);
}

export function statusHistory(ctx: CoreContext, incidentId: string): StatusChange[] {
  return statusHistoryOf(ctx.db, incidentId);
}
