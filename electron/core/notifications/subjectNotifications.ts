import { z } from 'zod';
import type { MarkNotifiedSchema } from '../../../shared/contract/notifications';
import { NOTIFICATION_METHOD_LABELS } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/contract/result';
import { formatUkDateTime } from '../../../shared/time/ukTime';
import { auditStamp, stampNow, type Stamp } from '../actor';
import { appendAudit } from '../audit/auditLog';
import type { CoreContext } from '../context';
import { getIncidentOrThrow } from '../incidents/incidentRepository';
import { refuseIssues, requireOpen } from '../incidents/incidentRules';
import { markLinksTold, notificationLinks, untoldDataSubjects, type NotificationLink } from '../parties/involvementRepository';
import { notificationTimeIssues } from '../../../shared/domain/dateRules';

export type MarkNotified = z.output<typeof MarkNotifiedSchema>;

/**
 * Marks linked parties as told, in one step and one audit entry (Art. 34 letters sent in one mailing);
 * the caller holds the transaction. Named parties must all be linked to the incident, or nothing changes.
 * With no names, every linked data subject not yet recorded as told is marked: those told earlier keep
 * their own date and method. Parties already recorded exactly so are left as they are.
 */
export function applyMarkNotified(ctx: CoreContext, input: MarkNotified, stamp: Stamp): { updated: number } {
  const { db } = ctx;
  const incident = getIncidentOrThrow(db, input.incidentId);
  requireOpen(incident);
  if (input.notifiedAt < incident.discoveredAt) {
    throw new AppError('INVALID_INPUT', 'They cannot have been told before the breach was discovered. Correct the date and try again.', [
      { path: 'notifiedAt', message: `Enter a time after the discovery (${formatUkDateTime(incident.discoveredAt)})` },
    ]);
  }
  refuseIssues(notificationTimeIssues('notifiedAt', 'The time they were told', input.notifiedAt, incident.discoveredAt, auditStamp(stamp).at));
  let links: NotificationLink[];
  if (input.partyIds.length === 0) {
    links = untoldDataSubjects(db, incident.id);
  } else {
    const named = notificationLinks(db, incident.id, [...new Set(input.partyIds)]);
    const missing = named.filter((l) => l === null).length;
    if (missing > 0) {
      throw new AppError(
        'NOT_FOUND',
        `${missing === 1 ? 'One of the parties is' : `${missing} of the parties are`} not linked to ${incident.reference} (any more). Reload the incident; nobody was marked as told.`,
      );
    }
    links = named.filter((l) => l !== null);
  }
  const toMark = links.filter((l) => !(l.notification_status === 'notified' && l.notified_at === input.notifiedAt && l.notification_method === input.method));
  if (toMark.length === 0) return { updated: 0 };
  markLinksTold(
    db,
    toMark.map((l) => l.seq),
    input.notifiedAt,
    input.method,
    stamp,
  );
  const n = toMark.length;
  appendAudit(ctx, auditStamp(stamp).actor, auditStamp(stamp).at, [
    {
      action: 'involvements.marked_notified',
      entityType: 'incident',
      entityId: incident.id,
      incidentId: incident.id,
      summary: `Marked ${n === 1 ? '1 party' : `${n} parties`} as told (${NOTIFICATION_METHOD_LABELS[input.method].toLowerCase()}, ${formatUkDateTime(input.notifiedAt)})`,
      changes: [
        { field: 'count', before: null, after: n },
        { field: 'partyIds', before: null, after: toMark.map((l) => l.party_id) },
        { field: 'notificationStatus', before: null, after: 'notified' },
        { field: 'notifiedAt', before: null, after: input.notifiedAt },
        { field: 'notificationMethod', before: null, after: input.method },
      ],
    },
  ]);
  return { updated: n };
}

export function markNotified(ctx: CoreContext, input: MarkNotified): { updated: number } {
  const stamp = stampNow(ctx);
  return ctx.db.transaction(() => applyMarkNotified(ctx, input, stamp)).immediate();
}
