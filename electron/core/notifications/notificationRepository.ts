import type { ExternalNotification, RegulatorReport } from '../../../shared/contract/notifications';
import type { ExternalRecipient, RegulatorReportType } from '../../../shared/domain/vocabulary';
import type { Stamp } from '../actor';
import type { Db } from '../db/openDatabase';

/** The regulator_reports and external_notifications tables: every write to them is here; the callers hold the transaction. */

type RegulatorReportRow = {
  seq: number;
  id: string;
  incident_id: string;
  report_type: RegulatorReportType;
  submitted_at: number;
  ico_reference: string;
  delay_reason: string;
  notes: string;
  recorded_by: string;
  recorded_at: number;
};

type ExternalNotificationRow = {
  seq: number;
  id: string;
  incident_id: string;
  recipient: ExternalRecipient;
  recipient_detail: string;
  notified_at: number;
  reference: string;
  notes: string;
  recorded_by: string;
  recorded_at: number;
};

const toRegulatorReport = (r: RegulatorReportRow): RegulatorReport => ({
  id: r.id,
  incidentId: r.incident_id,
  reportType: r.report_type,
  submittedAt: r.submitted_at,
  icoReference: r.ico_reference,
  delayReason: r.delay_reason,
  notes: r.notes,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at,
});

const toExternalNotification = (r: ExternalNotificationRow): ExternalNotification => ({
  id: r.id,
  incidentId: r.incident_id,
  recipient: r.recipient,
  recipientDetail: r.recipient_detail,
  notifiedAt: r.notified_at,
  reference: r.reference,
  notes: r.notes,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at,
});

/** An incident's reports to the ICO in the order they were made, through regulator_reports_by_incident. */
export function regulatorReportsOf(db: Db, incidentId: string): RegulatorReport[] {
  return db
    .prepare<[string], RegulatorReportRow>('SELECT * FROM regulator_reports WHERE incident_id = ? ORDER BY submitted_at, seq')
    .all(incidentId)
    .map(toRegulatorReport);
}

/** The other organisations told, in the order they were told, through external_notifications_by_incident. */
export function externalNotificationsOf(db: Db, incidentId: string): ExternalNotification[] {
  return db
    .prepare<[string], ExternalNotificationRow>('SELECT * FROM external_notifications WHERE incident_id = ? ORDER BY notified_at, seq')
    .all(incidentId)
    .map(toExternalNotification);
}

/** Records a report made to the ICO, as the officer gave it. */
export function insertRegulatorReportRow(db: Db, r: Omit<RegulatorReport, 'recordedBy' | 'recordedAt'>, stamp: Stamp): void {
  db.prepare(
    `INSERT INTO regulator_reports (id, incident_id, report_type, submitted_at, ico_reference, delay_reason, notes, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(r.id, r.incidentId, r.reportType, r.submittedAt, r.icoReference, r.delayReason, r.notes, stamp.actor, stamp.at);
}

/** Records that another organisation was told. */
export function insertExternalNotificationRow(db: Db, n: Omit<ExternalNotification, 'recordedBy' | 'recordedAt'>, stamp: Stamp): void {
  db.prepare(
    `INSERT INTO external_notifications (id, incident_id, recipient, recipient_detail, notified_at, reference, notes, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(n.id, n.incidentId, n.recipient, n.recipientDetail, n.notifiedAt, n.reference, n.notes, stamp.actor, stamp.at);
}
