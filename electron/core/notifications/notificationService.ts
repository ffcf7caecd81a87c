import { z } from 'zod';
import { isLateRegulatorNotification } from '../../../shared/domain/clocks';
import type { ExternalNotification, NewExternalNotificationSchema, NewRegulatorReportSchema, RegulatorReport } from '../../../shared/contract/notifications';
import type { Incident } from '../../../shared/contract/incidents';
import { EXTERNAL_RECIPIENT_LABELS, REGULATOR_REPORT_TYPE_LABELS } from '../../../shared/domain/vocabulary';
import { AppError, type FieldIssue } from '../../../shared/contract/result';
import { formatUkDateTime } from '../../../shared/time/ukTime';
import { auditStamp, stampNow, type Stamp } from '../actor';
import { appendAudit, diffFields } from '../audit/auditLog';
import type { CoreContext } from '../context';
import { snapshot } from '../incidents/incidentService';
import { requireCurrentVersion } from '../db/versioning';
import { getIncidentOrThrow, latestRecommendation, writeIncidentColumns } from '../incidents/incidentRepository';
import { refuseIssues, requireOpen } from '../incidents/incidentRules';
import { notificationTimeIssues } from '../../../shared/domain/dateRules';
import { externalNotificationsOf, insertExternalNotificationRow, insertRegulatorReportRow, regulatorReportsOf } from './notificationRepository';
import { reportAgainstRecommendation } from './reportRationale';

export type NewRegulatorReport = z.output<typeof NewRegulatorReportSchema>;
export type NewExternalNotification = z.output<typeof NewExternalNotificationSchema>;

function refuse(issues: FieldIssue[]): never {
  throw new AppError('INVALID_INPUT', `${issues[0]!.message}. Correct it and try again.`, issues);
}

/**
 * Records a report made to the ICO; the caller holds the transaction. The incident's copy the officer saw
 * must be current (`version`), because the report changes the incident:
 * - an initial report records the decision to notify (if none was recorded), sets when the ICO was
 *   notified to the earliest initial report, and keeps the ICO case reference when one is given;
 * - an initial report that sets the notification time more than 72 hours after awareness needs the
 *   reason for the delay (Art. 33(1)), which the incident then carries;
 * - a follow-up report (Art. 33(4), information in phases) needs an earlier initial report and the ICO
 *   case reference, given now or recorded before.
 * A decision recorded as "do not notify" must be changed first, with its rationale: a report does not
 * silently overturn it.
 */
export function applyRegulatorReport(ctx: CoreContext, input: NewRegulatorReport, stamp: Stamp): { incident: Incident; report: RegulatorReport } {
  const { db } = ctx;
  const current = getIncidentOrThrow(db, input.incidentId);
  const seen = { version: input.version, what: current.reference };
  requireCurrentVersion(db, 'incidents', current.id, seen);
  requireOpen(current);

  if (current.regulatorNotify === false) {
    refuse([
      {
        path: 'reportType',
        message: `The recorded regulator decision for ${current.reference} is not to notify the ICO: change the decision (with its rationale) before recording a report`,
      },
    ]);
  }
  if (input.submittedAt < current.discoveredAt) {
    refuse([{ path: 'submittedAt', message: `The report cannot have been made before the breach was discovered (${formatUkDateTime(current.discoveredAt)})` }]);
  }
  refuseIssues(notificationTimeIssues('submittedAt', 'The time of the report', input.submittedAt, current.discoveredAt, auditStamp(stamp).at));
  // The initial report is the decision to notify; a follow-up adds to it.
  const against =
    input.reportType === 'initial' ? reportAgainstRecommendation(current, latestRecommendation(db, current.id), input.rationale) : { issues: [], rationale: '' };
  refuseIssues(against.issues);
  const reports = regulatorReportsOf(db, current.id);
  const icoReference = input.icoReference || current.icoReference;
  if (input.icoReference && current.icoReference && input.icoReference !== current.icoReference) {
    refuse([{ path: 'icoReference', message: `The ICO case reference recorded for ${current.reference} is ${current.icoReference}` }]);
  }

  const next: Incident = { ...current };
  if (against.rationale) next.regulatorRationale = against.rationale;
  if (input.reportType === 'follow_up') {
    if (!reports.some((r) => r.reportType === 'initial' && r.submittedAt <= input.submittedAt)) {
      refuse([{ path: 'reportType', message: 'A follow-up report comes after the initial report: record the initial report first' }]);
    }
    if (!icoReference) refuse([{ path: 'icoReference', message: 'A follow-up report quotes the ICO case reference' }]);
  } else {
    const setsNotificationTime = current.regulatorNotifiedAt === null || input.submittedAt < current.regulatorNotifiedAt;
    if (setsNotificationTime) {
      const late = isLateRegulatorNotification(current.discoveredAt, input.submittedAt);
      if (late && !input.delayReason && !current.regulatorDelayReason.trim()) {
        refuse([{ path: 'delayReason', message: 'This report is more than 72 hours after awareness: give the reason for the delay (Art. 33(1))' }]);
      }
      next.regulatorNotifiedAt = input.submittedAt;
      if (late && input.delayReason) next.regulatorDelayReason = input.delayReason;
    }
    if (current.regulatorNotify === null) {
      next.regulatorNotify = true;
      // The decision to notify was taken by the time the report was made, at the latest.
      next.regulatorDecidedAt = input.submittedAt;
      next.regulatorDecidedBy = stamp.actor;
    }
  }
  next.icoReference = icoReference;

  const id = ctx.newId();
  insertRegulatorReportRow(
    db,
    {
      id,
      incidentId: current.id,
      reportType: input.reportType,
      submittedAt: input.submittedAt,
      icoReference: input.icoReference || icoReference,
      delayReason: input.delayReason,
      notes: input.notes,
    },
    stamp,
  );
  const incidentChanges = diffFields(snapshot(current), snapshot(next));
  writeIncidentColumns(
    db,
    next,
    ['regulator_notify', 'regulator_rationale', 'regulator_decided_at', 'regulator_decided_by', 'regulator_notified_at', 'ico_reference', 'regulator_delay_reason'],
    stamp,
    seen,
  );
  const report = regulatorReportsOf(db, current.id).find((r) => r.id === id)!;
  appendAudit(ctx, auditStamp(stamp).actor, auditStamp(stamp).at, [
    {
      action: 'regulator_report.recorded',
      entityType: 'regulator_report',
      entityId: id,
      incidentId: current.id,
      summary: `Recorded the ${REGULATOR_REPORT_TYPE_LABELS[input.reportType].toLowerCase()} to the ICO made ${formatUkDateTime(input.submittedAt)}${report.icoReference ? ` (${report.icoReference})` : ''}`,
      changes: [
        ...diffFields(
          {},
          {
            reportType: report.reportType,
            submittedAt: report.submittedAt,
            reportIcoReference: report.icoReference,
            delayReason: report.delayReason,
            notes: report.notes,
          },
        ),
        ...incidentChanges,
      ],
    },
  ]);
  return { incident: getIncidentOrThrow(db, current.id), report };
}

export function recordRegulatorReport(ctx: CoreContext, input: NewRegulatorReport) {
  const stamp = stampNow(ctx);
  return ctx.db.transaction(() => applyRegulatorReport(ctx, input, stamp)).immediate();
}

/** Records that another organisation was told; the caller holds the transaction. */
export function insertExternalNotification(ctx: CoreContext, input: NewExternalNotification, stamp: Stamp): ExternalNotification {
  const { db } = ctx;
  const incident = getIncidentOrThrow(db, input.incidentId);
  requireOpen(incident);
  if (input.notifiedAt < incident.discoveredAt) {
    refuse([{ path: 'notifiedAt', message: `They cannot have been told before the breach was discovered (${formatUkDateTime(incident.discoveredAt)})` }]);
  }
  refuseIssues(notificationTimeIssues('notifiedAt', 'The time they were told', input.notifiedAt, incident.discoveredAt, auditStamp(stamp).at));
  const id = ctx.newId();
  insertExternalNotificationRow(
    db,
    {
      id,
      incidentId: incident.id,
      recipient: input.recipient,
      recipientDetail: input.recipientDetail,
      notifiedAt: input.notifiedAt,
      reference: input.reference,
      notes: input.notes,
    },
    stamp,
  );
  const notification = externalNotificationsOf(db, incident.id).find((n) => n.id === id)!;
  const who = input.recipientDetail ? `${EXTERNAL_RECIPIENT_LABELS[input.recipient]} (${input.recipientDetail})` : EXTERNAL_RECIPIENT_LABELS[input.recipient];
  appendAudit(ctx, auditStamp(stamp).actor, auditStamp(stamp).at, [
    {
      action: 'external_notification.recorded',
      entityType: 'external_notification',
      entityId: id,
      incidentId: incident.id,
      summary: `Recorded that ${who} was told on ${formatUkDateTime(input.notifiedAt)}`,
      changes: diffFields(
        {},
        { recipient: input.recipient, recipientDetail: input.recipientDetail, notifiedAt: input.notifiedAt, reference: input.reference, notes: input.notes },
      ),
    },
  ]);
  return notification;
}

export function recordExternalNotification(ctx: CoreContext, input: NewExternalNotification): ExternalNotification {
  const stamp = stampNow(ctx);
  return ctx.db.transaction(() => insertExternalNotification(ctx, input, stamp)).immediate();
}

/** The reports made to the ICO and the other organisations told, each in the order they were made. */
export function listNotifications(ctx: CoreContext, incidentId: string) {
  getIncidentOrThrow(ctx.db, incidentId);
  return { regulator: regulatorReportsOf(ctx.db, incidentId), external: externalNotificationsOf(ctx.db, incidentId) };
}
