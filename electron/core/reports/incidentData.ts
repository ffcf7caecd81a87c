import type { Action } from '../../../shared/contract/actions';
import type { Assessment } from '../../../shared/contract/assessments';
import type { ExternalNotification, RegulatorReport } from '../../../shared/contract/notifications';
import type { Incident } from '../../../shared/contract/incidents';
import type { LinkedParty } from '../../../shared/contract/parties';
import type { Officer } from '../../../shared/contract/session';
import { listActions } from '../actions/actionService';
import { listAssessments } from '../assessment/assessmentService';
import type { CoreContext } from '../context';
import { getIncidentOrThrow } from '../incidents/incidentRepository';
import { listNotifications } from '../notifications/notificationService';
import { INVOLVEMENT_SELECT, PARTY_SELECT, toInvolvement, toParty, type InvolvementRow, type PartyRow } from '../parties/partyRow';
import { getSession } from '../session/sessionService';
import { readOrganisation } from '../settings/organisation';
import { readClockSettings } from '../settings/settingsService';
import type { ClockSettings, Organisation } from '../../../shared/contract/settings';

/** Everything a report about one incident is built from, read together. */
export type IncidentBundle = {
  incident: Incident;
  /** Newest first: the first is the current assessment. */
  assessments: Assessment[];
  actions: Action[];
  regulatorReports: RegulatorReport[];
  externalNotifications: ExternalNotification[];
  parties: LinkedParty[];
  officer: Officer | null;
  clockSettings: ClockSettings;
  /** The controller and its DPO (Settings → Organisation); blank fields are not set. */
  organisation: Organisation;
};

/**
 * Reads an incident and all that hangs off it. Call inside a read transaction (see `readSnapshot`) so the
 * parts agree with each other. NOT_FOUND when the incident does not exist.
 */
export function readIncidentBundle(ctx: CoreContext, incidentId: string): IncidentBundle {
  const incident = getIncidentOrThrow(ctx.db, incidentId);
  const notifications = listNotifications(ctx, incidentId);
  const partyById = ctx.db.prepare<[string], PartyRow>(`${PARTY_SELECT} WHERE p.id = ?`);
  const parties = ctx.db
    .prepare<[string], InvolvementRow>(`${INVOLVEMENT_SELECT} WHERE v.incident_id = ? ORDER BY v.seq`)
    .all(incidentId)
    .map((r) => ({ party: toParty(partyById.get(r.party_id)!), involvement: toInvolvement(r) }));
  return {
    incident,
    assessments: listAssessments(ctx, incidentId).items,
    actions: listActions(ctx, incidentId).items,
    regulatorReports: notifications.regulator,
    externalNotifications: notifications.external,
    parties,
    officer: getSession(ctx).officer,
    clockSettings: readClockSettings(ctx.db),
    organisation: readOrganisation(ctx.db),
  };
}

/**
 * Runs reads in one deferred transaction: with WAL, every statement inside sees the same snapshot, so a
 * report never mixes data from before and after a concurrent write.
 */
export function readSnapshot<T>(ctx: CoreContext, read: () => T): T {
  if (ctx.db.inTransaction) return read();
  return ctx.db.transaction(read).deferred();
}
