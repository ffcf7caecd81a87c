import type { Incident } from '../../../shared/contract/incidents';
import { formatUkDateTime } from '../../../shared/time/ukTime';
import { AppError } from '../../../shared/contract/result';
import type { Db } from '../db/openDatabase';
import { INCIDENT_SELECT, toIncident, type IncidentRowWithSets } from './incidentRow';

/** Reads one incident, or fails with NOT_FOUND in words an officer understands. */
export function getIncidentOrThrow(db: Db, id: string): Incident {
  const row = db.prepare<[string], IncidentRowWithSets>(`${INCIDENT_SELECT} WHERE i.id = ?`).get(id);
  if (!row) throw new AppError('NOT_FOUND', 'That incident does not exist (it may have been removed). Go back to the register and reload it.');
  return toIncident(row);
}

/** Optimistic concurrency: the officer's copy must be the current one. */
export function requireVersion(current: { version: number; updatedBy: string; updatedAt: number }, version: number, what: string): void {
  if (current.version !== version) {
    throw new AppError(
      'CONFLICT',
      `${what} was changed by ${current.updatedBy} at ${formatUkDateTime(current.updatedAt)} after you opened it. Reload to see the current version, then make your change again.`,
    );
  }
}

/** A closed incident is read-only until it is re-opened. */
export function requireOpen(incident: Incident): void {
  if (incident.status === 'closed') {
    throw new AppError('INVALID_TRANSITION', `${incident.reference} is closed and cannot be changed. Re-open it first (with a reason).`);
  }
}

/** Recounts the parties linked to an incident and those whose own data was involved (ICO's "affected"). */
export function refreshPartyCounts(db: Db, incidentId: string): void {
  db.prepare(
    `UPDATE incidents SET
       party_count = (SELECT count(*) FROM involvements WHERE incident_id = @id),
       affected_count = (SELECT count(*) FROM involvements v WHERE v.incident_id = @id
                         AND EXISTS (SELECT 1 FROM involvement_roles r WHERE r.involvement_seq = v.seq AND r.role = 'data_subject'))
     WHERE id = @id`,
  ).run({ id: incidentId });
}
