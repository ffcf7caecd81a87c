import { isLateRegulatorNotification } from '../../../shared/domain/clocks';
import { emptyDetails } from '../../../shared/domain/incidentDetails';
import type { Incident, ParsedIncidentPatch, ParsedNewIncident, StatusChange } from '../../../shared/contract/incidents';
import { SEVERITY_BAND_LABELS } from '../../../shared/domain/severity';
import { DATA_CATEGORIES, INCIDENT_KIND_LABELS, SUBJECT_CATEGORIES, type IncidentStatus, type Outcome } from '../../../shared/domain/vocabulary';
import { allowedMoves, canTransition, isReasonRequired, missingForBreachClosure } from '../../../shared/domain/workflow';
import { AppError, type FieldIssue } from '../../../shared/contract/result';
import { ukYear } from '../../../shared/time/ukTime';
import { auditStamp, stampNow, type Stamp } from '../actor';
import { latestRecommendation, type StoredRecommendation } from '../assessment/assessmentStore';
import { appendAudit, diffFields } from '../audit/auditLog';
import type { CoreContext } from '../context';
import type { Db } from '../db/openDatabase';
import { editableColumns, inVocabularyOrder } from './incidentRow';
import { getIncidentOrThrow, requireOpen, requireVersion } from './incidentStore';
import { reindexIncident } from './searchIndex';

/** The fields shown in an incident's history, in the order an officer reads them. */
export function snapshot(i: Incident): Record<string, unknown> {
  // Counts and subjectsToldAt are derived from the links, audited where the links change.
  const { id: _id, reference: _r, version: _v, createdAt: _ca, createdBy: _cb, updatedAt: _ua, updatedBy: _ub, affectedCount: _a, partyCount: _p, isDemo: _d, subjectsToldAt: _t, ...rest } = i;
  return rest;
}

function dateIssues(i: Pick<Incident, 'occurredAt' | 'discoveredAt' | 'reportedAt'>, prefix: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (i.occurredAt !== null && i.occurredAt > i.discoveredAt) {
    issues.push({ path: `${prefix}occurredAt`, message: 'It cannot have happened after it was discovered' });
  }
  if (i.reportedAt !== null && i.reportedAt < i.discoveredAt) {
    issues.push({ path: `${prefix}reportedAt`, message: 'It cannot have been reported before it was discovered' });
  }
  return issues;
}

/** What the patch touches, to apply the rules below only to what the officer is changing now. */
type Touched = (field: keyof ParsedIncidentPatch) => boolean;

/**
 * The decision rules of the assessment issue, applied to the incident as it would be after the patch:
 * - a decision that goes against the latest assessment's recommendation needs a rationale;
 * - a regulator notification more than 72 hours after awareness needs the reason for the delay
 *   (Art. 33(1)), and cannot precede the awareness it follows.
 * They apply when the patch touches the fields concerned, so an older record can still be edited
 * elsewhere; the closure check looks at the whole record.
 */
function assessmentIssues(next: Incident, touched: Touched, recommendation: StoredRecommendation | null, prefix: string): FieldIssue[] {
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
    } else if (
      next.regulatorNotifiedAt !== null &&
      isLateRegulatorNotification(next.discoveredAt, next.regulatorNotifiedAt) &&
      !next.regulatorDelayReason.trim()
    ) {
      issues.push({
        path: `${prefix}regulatorDelayReason`,
        message: 'The ICO was notified more than 72 hours after awareness: give the reason for the delay (Art. 33(1))',
      });
    }
  }
  return issues;
}

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Replaces an incident's ICO category sets; the caller holds the transaction. */
export function writeIncidentSets(db: Db, incidentId: string, i: Pick<Incident, 'dataCategories' | 'subjectCategories'>): void {
  db.prepare('DELETE FROM incident_data_categories WHERE incident_id = ?').run(incidentId);
  db.prepare('DELETE FROM incident_subject_categories WHERE incident_id = ?').run(incidentId);
  const data = db.prepare('INSERT INTO incident_data_categories (incident_id, category) VALUES (?, ?)');
  for (const c of i.dataCategories) data.run(incidentId, c);
  const subjects = db.prepare('INSERT INTO incident_subject_categories (incident_id, category) VALUES (?, ?)');
  for (const c of i.subjectCategories) subjects.run(incidentId, c);
}

function decisionIssues(i: Incident, prefix: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (i.regulatorNotify !== true && (i.regulatorNotifiedAt !== null || i.icoReference !== '')) {
    issues.push({ path: `${prefix}regulatorNotify`, message: 'A notification date or ICO reference needs the decision "notify the ICO"' });
  }
  if (i.subjectsNotify !== false && i.subjectsExemption !== null) {
    issues.push({ path: `${prefix}subjectsExemption`, message: 'An Art. 34 ground applies only when the people affected are not told' });
  }
  return issues;
}


/** Inserts an incident with the next reference of its year of recording: INC-YYYY-NNNN. Runs inside the caller's transaction. */
export function insertIncident(ctx: CoreContext, input: ParsedNewIncident, stamp: Stamp, isDemo = false): Incident {
  const options = stamp;
  const { db } = ctx;
  const year = ukYear(options.at);
  const { last_number: number } = db
    .prepare<[number], { last_number: number }>(
      `INSERT INTO reference_counters (year, last_number) VALUES (?, 1)
       ON CONFLICT (year) DO UPDATE SET last_number = last_number + 1 RETURNING last_number`,
    )
    .get(year)!;
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
  db.prepare(
    `INSERT INTO incidents (id, reference, reference_sort, kind, details, title, description, business_unit, reporting_officer,
       owner, occurred_at, discovered_at, reported_at, record_marking, material_marking, material_item_count, status,
       is_demo, version, created_at, created_by, updated_at, updated_by)
     VALUES (@id, @reference, @reference_sort, @kind, @details, @title, @description, @business_unit, @reporting_officer,
       @owner, @occurred_at, @discovered_at, @reported_at, @record_marking, @material_marking, @material_item_count, 'reported',
       @is_demo, 1, @at, @actor, @at, @actor)`,
  ).run({
    ...editableColumns(draft),
    id,
    reference,
    reference_sort: year * 1_000_000 + number,
    is_demo: isDemo ? 1 : 0,
    at: options.at,
    actor: options.actor,
  });
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
  {
    const current = getIncidentOrThrow(db, id);
    requireVersion(current, version, current.reference);
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
    const issues = [...dateIssues(next, 'patch.'), ...decisionIssues(next, 'patch.'), ...assessmentIssues(next, touched, recommendation, 'patch.')];
    if (issues.length > 0) {
      throw new AppError('INVALID_INPUT', `${issues[0]!.message}. Correct it and save again.`, issues);
    }
    const changes = diffFields(snapshot(current), snapshot(next));
    if (changes.length === 0) return current;
    db.prepare(
      `UPDATE incidents SET kind = @kind, details = @details, title = @title, description = @description,
         business_unit = @business_unit, reporting_officer = @reporting_officer, owner = @owner,
         occurred_at = @occurred_at, discovered_at = @discovered_at, reported_at = @reported_at,
         record_marking = @record_marking, material_marking = @material_marking, material_item_count = @material_item_count,
         regulator_notify = @regulator_notify, regulator_rationale = @regulator_rationale,
         regulator_decided_at = @regulator_decided_at, regulator_decided_by = @regulator_decided_by,
         regulator_notified_at = @regulator_notified_at, ico_reference = @ico_reference,
         subjects_notify = @subjects_notify, subjects_rationale = @subjects_rationale, subjects_exemption = @subjects_exemption,
         subjects_decided_at = @subjects_decided_at, subjects_decided_by = @subjects_decided_by,
         root_cause = @root_cause, lessons = @lessons, regulator_delay_reason = @regulator_delay_reason,
         how_discovered = @how_discovered, caused_by_cyber = @caused_by_cyber, likely_consequences = @likely_consequences,
         consequence_likelihood = @consequence_likelihood, staff_involved = @staff_involved, staff_trained = @staff_trained,
         staff_details = @staff_details, prior_measures = @prior_measures,
         version = version + 1, updated_at = @at, updated_by = @actor
       WHERE id = @id AND version = @version`,
    ).run({ ...editableColumns(next), id, version, at, actor });
    if (changes.some((c) => c.field === 'dataCategories' || c.field === 'subjectCategories')) writeIncidentSets(db, id, next);
    if (changes.some((c) => ['title', 'description', 'details'].includes(c.field))) reindexIncident(db, id);
    appendAudit(ctx, auditStamp(stamp).actor, auditStamp(stamp).at, [
      {
        action: 'incident.updated',
        entityType: 'incident',
        entityId: id,
        incidentId: id,
        summary: `Changed ${changes.map((c) => c.field).join(', ')}`,
        changes,
      },
    ]);
    return getIncidentOrThrow(db, id);
  }
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
  const target = ctx.db
    .prepare<[string, string], { id: string }>('SELECT id FROM incidents WHERE id = ? OR reference = ?')
    .get(ref, ref.toUpperCase());
  if (!target) {
    throw new AppError('INVALID_INPUT', `There is no incident ${ref}. Check the reference of the incident this duplicates.`, [
      { path: 'duplicateOf', message: 'No incident has this reference' },
    ]);
  }
  if (target.id === self.id) {
    throw new AppError('INVALID_INPUT', 'An incident cannot duplicate itself.', [
      { path: 'duplicateOf', message: 'Enter a different incident' },
    ]);
  }
  return target.id;
}

/** Moves an incident along the workflow of DOMAIN.md §6, recording who, when, from, to and why. */
export function transitionIncident(ctx: CoreContext, input: TransitionInput): Incident {
  const stamp = stampNow(ctx);
  return ctx.db.transaction(() => applyTransition(ctx, input, stamp)).immediate();
}

/** The move itself; the caller holds the transaction. */
export function applyTransition(ctx: CoreContext, input: TransitionInput, stamp: Stamp): Incident {
  const { db } = ctx;
  const { actor, at } = stamp;
  {
    const current = getIncidentOrThrow(db, input.id);
    requireVersion(current, input.version, current.reference);
    const from = current.status;
    if (!canTransition(from, input.to)) {
      const moves = allowedMoves(from).join(', ');
      throw new AppError('INVALID_TRANSITION', `${current.reference} is ${from} and cannot move to ${input.to}. From ${from} it can move to: ${moves}.`);
    }
    if (isReasonRequired(from, input.to) && !input.reason) {
      throw new AppError('INVALID_INPUT', 'Give a reason for this move.', [
        { path: 'reason', message: input.to === 'closed' ? 'Say why it is being closed' : from === 'closed' ? 'Say why it is being re-opened' : 'Say why it is moving back' },
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
    // The first move to "contained" is when the harm stopped: the dashboard's time to containment.
    const containedAt = input.to === 'contained' && current.containedAt === null ? at : current.containedAt;
    db.prepare(
      `UPDATE incidents SET status = @to, outcome = @outcome, duplicate_of = @duplicate_of, contained_at = @contained_at,
         version = version + 1, updated_at = @at, updated_by = @actor
       WHERE id = @id AND version = @version`,
    ).run({ to: input.to, outcome: input.to === 'closed' ? input.outcome : null, duplicate_of: duplicateOf, contained_at: containedAt, at, actor, id: input.id, version: input.version });
    db.prepare(
      `INSERT INTO status_history (incident_id, from_status, to_status, reason, outcome, actor, at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(input.id, from, input.to, input.reason, input.to === 'closed' ? input.outcome : null, actor, at);
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
        summary: `${from} → ${input.to}${input.reason ? `: ${input.reason}` : ''}`,
        changes,
      },
    ]);
    return getIncidentOrThrow(db, input.id);
  }
}

export function statusHistory(ctx: CoreContext, incidentId: string): StatusChange[] {
  return ctx.db
    .prepare<[string], { from_status: IncidentStatus; to_status: IncidentStatus; reason: string; outcome: Outcome | null; actor: string; at: number }>(
      'SELECT from_status, to_status, reason, outcome, actor, at FROM status_history WHERE incident_id = ? ORDER BY seq',
    )
    .all(incidentId)
    .map((r) => ({ from: r.from_status, to: r.to_status, reason: r.reason, outcome: r.outcome, actor: r.actor, at: r.at }));
}
