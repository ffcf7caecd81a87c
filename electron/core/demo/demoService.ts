import { InvolvementFieldsSchema, IncidentPatchSchema, NewIncidentSchema, NewPartySchema } from '../../../shared/domain/schemas';
import { AppError } from '../../../shared/ipc/result';
import { stampNow, type Stamp } from '../actor';
import { appendAudit } from '../audit/auditLog';
import type { CoreContext } from '../context';
import { applyTransition, applyUpdate, insertIncident } from '../incidents/incidentService';
import { insertNote } from '../notes/noteService';
import { insertInvolvement } from '../parties/involvementService';
import { insertParty } from '../parties/partyService';
import { DEMO_INCIDENTS, DEMO_PARTIES } from './demoData';

/**
 * Loads the demo incidents drawn from the seed article, all in one transaction. Rows keep the story's
 * dates and officers; every audit entry names the officer who loaded them, now.
 */
export function loadDemo(ctx: CoreContext): { incidents: number; parties: number } {
  const loader = stampNow(ctx);
  const { db } = ctx;
  return db.transaction(() => {
    const already = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM incidents WHERE is_demo = 1').get()!.n;
    if (already > 0) throw new AppError('CONFLICT', 'The demo incidents are already loaded. Remove them first (Settings) to load them again.');
    const stamp = (at: string, actor: string): Stamp => ({ actor, at: Date.parse(at), audit: loader });
    const partyIds = new Map<string, string>();
    let partiesCreated = 0;
    for (const { key, ...fields } of DEMO_PARTIES) {
      const party = NewPartySchema.parse(fields);
      const existing = party.email
        ? db.prepare<[string], { id: string }>(`SELECT id FROM parties WHERE email = ? AND email <> ''`).get(party.email)
        : undefined;
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
      let incident = insertIncident(ctx, input, stamp(demo.recordedAt, officer), true);
      for (const link of demo.parties) {
        const partyId = partyIds.get(link.party);
        if (!partyId) throw new Error(`Demo party ${link.party} is not defined`);
        insertInvolvement(ctx, incident.id, partyId, InvolvementFieldsSchema.parse(link.involvement), stamp(demo.recordedAt, officer));
      }
      for (const note of demo.notes) insertNote(ctx, incident.id, note.body, stamp(note.at, input.owner || officer));
      const owner = input.owner || officer;
      for (const [i, move] of demo.moves.entries()) {
        // Decisions are recorded just before the move that closes the incident needs them.
        if (demo.decisions && (move.to === 'closed' || i === demo.moves.length - 1)) {
          incident = applyUpdate(ctx, incident.id, incident.version, IncidentPatchSchema.parse(demo.decisions), stamp(move.at, owner));
        }
        incident = applyTransition(
          ctx,
          { id: incident.id, version: incident.version, to: move.to, reason: move.reason, outcome: move.outcome ?? null, duplicateOf: null },
          stamp(move.at, owner),
        );
      }
      if (demo.decisions && demo.moves.length === 0) {
        applyUpdate(ctx, incident.id, incident.version, IncidentPatchSchema.parse(demo.decisions), stamp(demo.recordedAt, owner));
      }
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
  }).immediate();
}

/**
 * Removes every demo incident (with its notes, links and history) and every demo party no real incident
 * uses, in one audited act. The audit entries about them stay: the log is append-only.
 */
export function removeDemo(ctx: CoreContext): { incidents: number; parties: number } {
  const { actor, at } = stampNow(ctx);
  const { db } = ctx;
  return db.transaction(() => {
    const demoSeqs = db.prepare<[], { seq: number }>('SELECT seq FROM incidents WHERE is_demo = 1').all();
    if (demoSeqs.length === 0) throw new AppError('NOT_FOUND', 'There are no demo incidents to remove.');
    const dropIndex = db.prepare('DELETE FROM incident_search WHERE rowid = ?');
    for (const { seq } of demoSeqs) dropIndex.run(seq);
    // Real incidents closed as duplicates of a demo incident keep their outcome but lose the link (ON DELETE SET NULL
    // would break the duplicate CHECK), so refuse instead of silently changing real records.
    const dependants = db
      .prepare<[], { reference: string }>(
        `SELECT reference FROM incidents WHERE is_demo = 0 AND duplicate_of IN (SELECT id FROM incidents WHERE is_demo = 1)`,
      )
      .all();
    if (dependants.length > 0) {
      throw new AppError('CONFLICT', `Real incidents are closed as duplicates of demo incidents (${dependants.map((d) => d.reference).join(', ')}). Re-open them first.`);
    }
    const incidents = db.prepare('DELETE FROM incidents WHERE is_demo = 1').run().changes;
    const orphanSeqs = db
      .prepare<[], { seq: number }>(`SELECT seq FROM parties p WHERE is_demo = 1 AND NOT EXISTS (SELECT 1 FROM involvements v WHERE v.party_id = p.id)`)
      .all();
    const dropParty = db.prepare('DELETE FROM party_search WHERE rowid = ?');
    for (const { seq } of orphanSeqs) dropParty.run(seq);
    const parties = db
      .prepare(`DELETE FROM parties WHERE is_demo = 1 AND NOT EXISTS (SELECT 1 FROM involvements v WHERE v.party_id = parties.id)`)
      .run().changes;
    appendAudit(ctx, actor, at, [
      { action: 'demo.removed', entityType: 'demo', entityId: 'demo', incidentId: null, summary: `Removed ${incidents} demo incidents and ${parties} demo parties`, changes: [] },
    ]);
    return { incidents, parties };
  }).immediate();
}
