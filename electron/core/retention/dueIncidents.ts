import type { DueIncident } from '../../../shared/contract/retention';
import { dueDate, londonDate } from '../../../shared/domain/retentionSchedule';
import type { Outcome } from '../../../shared/domain/vocabulary';
import type { CoreContext } from '../context';
import { readSchedule } from './scheduleService';

type ClosedRow = { id: string; reference: string; title: string; outcome: Outcome; is_demo: 0 | 1; closed_at: number };

/**
 * Closed incidents whose personal data has passed its date in the schedule, counted in London calendar
 * dates from the day each was closed (its last move to closed). Held incidents, incidents of a held person
 * and incidents already erased are never due. Nothing here erases anything: an officer proposes, a second
 * account confirms (docs/retention.md#due-for-review).
 */
export function dueIncidents(ctx: CoreContext): { count: number; incidents: DueIncident[]; scheduleConfirmed: boolean } {
  const schedule = readSchedule(ctx.db);
  const today = londonDate(ctx.now());
  const rows = ctx.db
    .prepare<[], ClosedRow>(
      `SELECT i.id, i.reference, i.title, i.outcome, i.is_demo,
         (SELECT max(h.at) FROM status_history h WHERE h.incident_id = i.id AND h.to_status = 'closed') AS closed_at
       FROM incidents i
       WHERE i.status = 'closed' AND i.personal_data_erased_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM legal_holds h WHERE h.subject_type = 'incident' AND h.subject_id = i.id)
         AND NOT EXISTS (SELECT 1 FROM involvements v JOIN legal_holds h ON h.subject_type = 'party' AND h.subject_id = v.party_id WHERE v.incident_id = i.id)
       ORDER BY i.reference_sort`,
    )
    .all();
  const incidents = rows
    .filter((r) => r.closed_at !== null)
    .map((r) => ({ row: r, dueOn: dueDate(londonDate(r.closed_at), schedule.periods[r.outcome]) }))
    .filter(({ dueOn }) => dueOn <= today)
    .map(({ row, dueOn }) => ({
      id: row.id,
      reference: row.reference,
      title: row.title,
      outcome: row.outcome,
      closedAt: row.closed_at,
      dueOn,
      isDemo: row.is_demo === 1,
    }));
  return { count: incidents.length, incidents, scheduleConfirmed: schedule.confirmedAt !== null };
}
