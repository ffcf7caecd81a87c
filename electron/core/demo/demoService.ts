import { NewActionSchema } from '../../../shared/contract/actions';
import { NewAssessmentSchema } from '../../../shared/contract/assessments';
import { NewExternalNotificationSchema, NewRegulatorReportSchema } from '../../../shared/contract/notifications';
import { IncidentPatchSchema, NewIncidentSchema } from '../../../shared/contract/incidents';
import { InvolvementFieldsSchema, NewPartySchema } from '../../../shared/contract/parties';
import { AppError } from '../../../shared/contract/result';
import { stampNow, type Stamp } from '../actor';
import { getActionOrThrow } from '../actions/actionRepository';
import { applyActionUpdate, insertAction } from '../actions/actionService';
import { insertAssessment } from '../assessment/assessmentService';
import { appendAudit } from '../audit/auditLog';
import type { CoreContext } from '../context';
import { applyTransition, applyUpdate, insertIncident } from '../incidents/incidentService';
import { deleteDemoIncidents, demoIncidentSeqs, getIncidentOrThrow, hasDemoIncidents, realDuplicatesOfDemo } from '../incidents/incidentRepository';
import { dropIncidentIndex } from '../incidents/searchIndex';
import { insertNote } from '../notes/noteService';
import { applyRegulatorReport, insertExternalNotification } from '../notifications/notificationService';
import { insertInvolvement } from '../parties/involvementService';
import { deleteUnusedDemoParties, findPartyByEmail } from '../parties/partyRepository';
import { insertParty } from '../parties/partyService';
import { DEMO_INCIDENTS, DEMO_PARTIES, type DemoIncident } from './demoData';

/** One step of a demo incident's story after it was recorded, at its moment. */
type DemoEvent = { at: string; apply: (stamp: (at: string) => Stamp) => void };

/**
 * A demo incident's story in time order: assessments, reports, notifications, actions and moves, each
 * replayed through the same internal function the operation uses. Decisions are recorded just before the
 * move that closes the incident, or last when it stays open.
 */
function storyOf(ctx: CoreContext, demo: DemoIncident, incidentId: string): DemoEvent[] {
  const current = () => getIncidentOrThrow(ctx.db, incidentId);
  const events: DemoEvent[] = [];
  for (const a of demo.assessments ?? []) {
    events.push({ at: a.at, apply: (stamp) => void insertAssessment(ctx, NewAssessmentSchema.parse({ ...a.assessment, incidentId }), stamp(a.at)) });
  }
  for (const r of demo.regulatorReports ?? []) {
    events.push({
      at: r.at,
      apply: (stamp) => void applyRegulatorReport(ctx, NewRegulatorReportSchema.parse({ ...r.report, incidentId, version: current().version }), stamp(r.at)),
    });
  }
  for (const n of demo.externalNotifications ?? []) {
    events.push({
      at: n.at,
      apply: (stamp) => void insertExternalNotification(ctx, NewExternalNotificationSchema.parse({ ...n.notification, incidentId }), stamp(n.at)),
    });
  }
  for (const a of demo.actions ?? []) {
    let actionId: string | null = null;
    events.push({ at: a.at, apply: (stamp) => void (actionId = insertAction(ctx, NewActionSchema.parse({ ...a.action, incidentId }), stamp(a.at)).id) });
    const done = a.done;
    if (done) {
      events.push({
        at: done,
        apply: (stamp) => {
          applyActionUpdate(ctx, actionId!, getActionOrThrow(ctx.db, actionId!).version, { status: 'done' }, stamp(done));
        },
      });
    }
  }
  const decide = (at: string) => ({
    at,
    apply: (stamp: (at: string) => Stamp) => {
      const incident = current();
      applyUpdate(ctx, incidentId, incident.version, IncidentPatchSchema.parse(demo.decisions), stamp(at));
    },
  });
  for (const move of demo.moves) {
    if (demo.decisions && move.to === 'closed') events.push(decide(move.at));
    events.push({
      at: move.at,
      apply: (stamp) =>
        void applyTransition(
          ctx,
          { id: incidentId, version: current().version, to: move.to, reason: move.reason, outcome: move.outcome ?? null, duplicateOf: null },
          stamp(move.at),
        ),
    });
  }
  // Stable sort: events at the same moment keep the order above (decisions before the closing move).
  const story = events
    .map((e, i) => ({ e, i }))
    .sort((x, y) => Date.parse(x.e.at) - Date.parse(y.e.at) || x.i - y.i)
    .map((x) => x.e);
  if (demo.decisions && !demo.moves.some((m) => m.to === 'closed')) {
    story.push(decide(story.at(-1)?.at ?? demo.recordedAt));
  }
  return story;
}

/**
 * Loads the demo incidents drawn from the seed article, all in one transaction. Rows keep the story's
 * dates and officers; every audit entry names the officer who loaded them, now.
 */
export function loadDemo(ctx: CoreContext): { incidents: number; parties: number } {
  const loader = stampNow(ctx);
  const { db } = ctx;
  return db
    .transaction(() => {
      if (hasDemoIncidents(db)) throw new AppError('CONFLICT', 'The demo incidents are already loaded. Remove them first (Settings) to load them again.');
      const stamp = (at: string, actor: string): Stamp => ({ actor, at: Date.parse(at), audit: loader });
      const partyIds = new Map<string, string>();
      let partiesCreated = 0;
      for (const { key, ...fields } of DEMO_PARTIES) {
        const party = NewPartySchema.parse(fields);
        const existing = party.email ? findPartyByEmail(db, party.email) : undefined;
        if (existing) {
          partyIds.set(key, existing.id);
        } else {
          partyIds.set(key, insertParty(ctx, party, { ...loader }, true).id);
          partiesCreated += 1;
        }
      }
      for (const demo of DEMO_INCIDENTS) {
        const input = NewIncidentSchema.parse(demo.incident);
        const officer = input.reportingOfficer || loader.actor;
        const incident = insertIncident(ctx, input, stamp(demo.recordedAt, officer), true);
        for (const link of demo.parties) {
          const partyId = partyIds.get(link.party);
          if (!partyId) throw new Error(`Demo party ${link.party} is not defined`);
          insertInvolvement(ctx, incident.id, partyId, InvolvementFieldsSchema.parse(link.involvement), stamp(demo.recordedAt, officer));
        }
        for (const note of demo.notes) insertNote(ctx, incident.id, note.body, stamp(note.at, input.owner || officer));
        const owner = input.owner || officer;
        for (const event of storyOf(ctx, demo, incident.id)) event.apply((at) => stamp(at, owner));
      }
      appendAudit(ctx, loader.actor, loader.at, [
        {
          action: 'demo.loaded',
          entityType: 'demo',
          entityId: 'demo',
          incidentId: null,
          summary: `Loaded ${DEMO_INCIDENTS.length} demo incidents and ${partiesCreated} demo parties`,
          changes: [],
        },
      ]);
      return { incidents: DEMO_INCIDENTS.length, parties: partiesCreated };
    })
    .immediate();
}

/**
 * Removes every demo incident (with its notes, links and history) and every demo party no real incident
 * uses, in one audited act. The audit entries about them stay: the log is append-only.
 */
export function removeDemo(ctx: CoreContext): { incidents: number; parties: number } {
  const { actor, at } = stampNow(ctx);
  const { db } = ctx;
  return db
    .transaction(() => {
      const demoSeqs = demoIncidentSeqs(db);
      if (demoSeqs.length === 0) throw new AppError('NOT_FOUND', 'There are no demo incidents to remove.');
      dropIncidentIndex(db, demoSeqs);
      // Real incidents closed as duplicates of a demo incident keep their outcome but lose the link (ON DELETE SET NULL
      // would break the duplicate CHECK), so refuse instead of silently changing real records.
      const dependants = realDuplicatesOfDemo(db);
      if (dependants.length > 0) {
        throw new AppError('CONFLICT', `Real incidents are closed as duplicates of demo incidents (${dependants.join(', ')}). Re-open them first.`);
      }
      const incidents = deleteDemoIncidents(db);
      const parties = deleteUnusedDemoParties(db);
      appendAudit(ctx, actor, at, [
        {
          action: 'demo.removed',
          entityType: 'demo',
          entityId: 'demo',
          incidentId: null,
          summary: `Removed ${incidents} demo incidents and ${parties} demo parties`,
          changes: [],
        },
      ]);
      return { incidents, parties };
    })
    .immediate();
}
