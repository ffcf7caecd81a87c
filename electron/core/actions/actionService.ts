import { z } from 'zod';
import type { Action, ActionPatchSchema, NewActionSchema } from '../../../shared/contract/actions';
import { ACTION_KIND_LABELS } from '../../../shared/domain/vocabulary';
import { auditStamp, stampNow, type Stamp } from '../actor';
import { appendAudit, diffFields } from '../audit/auditLog';
import type { CoreContext } from '../context';
import { requireCurrentVersion } from '../db/versioning';
import { getIncidentOrThrow } from '../incidents/incidentRepository';
import { requireOpen } from '../incidents/incidentRules';
import { actionsOf, getActionOrThrow, insertActionRow, writeAction, type ActionFields } from './actionRepository';
import { auditFieldList } from '../../../shared/domain/auditWords';

export type NewAction = z.output<typeof NewActionSchema>;
export type ActionPatch = z.output<typeof ActionPatchSchema>;

/** The fields an officer sets, for the history. */
const snapshot = (a: ActionFields) => ({
  kind: a.kind,
  description: a.description,
  owner: a.owner,
  dueAt: a.dueAt,
  status: a.status,
  completedAt: a.completedAt,
});

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/**
 * Plans an action on an open incident; the caller holds the transaction. An action recorded as already
 * done is completed now. Used by the service and the demo loader.
 */
export function insertAction(ctx: CoreContext, input: NewAction, stamp: Stamp): Action {
  const { db } = ctx;
  const incident = getIncidentOrThrow(db, input.incidentId);
  requireOpen(incident);
  const id = ctx.newId();
  insertActionRow(
    db,
    id,
    incident.id,
    {
      kind: input.kind,
      description: input.description,
      owner: input.owner,
      dueAt: input.dueAt,
      status: input.status,
      completedAt: input.status === 'done' ? stamp.at : null,
    },
    stamp,
  );
  const action = getActionOrThrow(db, id);
  appendAudit(ctx, auditStamp(stamp).actor, auditStamp(stamp).at, [
    {
      action: 'action.added',
      entityType: 'action',
      entityId: id,
      incidentId: incident.id,
      summary: `Planned a ${ACTION_KIND_LABELS[input.kind].toLowerCase()} action: ${short(input.description)}`,
      personal: [short(input.description)],
      changes: diffFields({}, snapshot(action)),
    },
  ]);
  return action;
}

export function addAction(ctx: CoreContext, input: NewAction): Action {
  const stamp = stampNow(ctx);
  return ctx.db.transaction(() => insertAction(ctx, input, stamp)).immediate();
}

/**
 * Changes an action the officer last saw at `version`; the caller holds the transaction. Marking it done
 * records when it was completed; moving it out of done clears that. Actions of a closed incident are
 * read-only like the rest of it: re-open the incident to change them.
 */
export function applyActionUpdate(ctx: CoreContext, id: string, version: number, patch: ActionPatch, stamp: Stamp): Action {
  const { db } = ctx;
  const current = getActionOrThrow(db, id);
  const seen = { version, what: 'This action' };
  requireCurrentVersion(db, 'actions', id, seen);
  requireOpen(getIncidentOrThrow(db, current.incidentId));
  const status = patch.status ?? current.status;
  const next = {
    kind: patch.kind ?? current.kind,
    description: patch.description ?? current.description,
    owner: patch.owner ?? current.owner,
    dueAt: patch.dueAt === undefined ? current.dueAt : patch.dueAt,
    status,
    completedAt: status === 'done' ? (current.status === 'done' ? current.completedAt : stamp.at) : null,
  };
  const changes = diffFields(snapshot(current), snapshot(next));
  if (changes.length === 0) return current;
  writeAction(db, id, next, stamp, seen);
  appendAudit(ctx, auditStamp(stamp).actor, auditStamp(stamp).at, [
    {
      action: 'action.updated',
      entityType: 'action',
      entityId: id,
      incidentId: current.incidentId,
      summary: `Changed the action “${short(next.description)}”: ${auditFieldList(changes.map((c) => c.field))}`,
      personal: [short(next.description)],
      changes,
    },
  ]);
  return getActionOrThrow(db, id);
}

export function updateAction(ctx: CoreContext, id: string, version: number, patch: ActionPatch): Action {
  const stamp = stampNow(ctx);
  return ctx.db.transaction(() => applyActionUpdate(ctx, id, version, patch, stamp)).immediate();
}

/** An incident's actions in the order they were planned, through actions_by_incident. */
export function listActions(ctx: CoreContext, incidentId: string): { items: Action[] } {
  getIncidentOrThrow(ctx.db, incidentId);
  return { items: actionsOf(ctx.db, incidentId) };
}
