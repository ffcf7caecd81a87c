import { z } from 'zod';
import type { Action, ActionPatchSchema, NewActionSchema } from '../../../shared/contract/actions';
import { ACTION_KIND_LABELS, type ActionKind, type ActionStatus } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/contract/result';
import { auditStamp, stampNow, type Stamp } from '../actor';
import { appendAudit, diffFields } from '../audit/auditLog';
import type { CoreContext } from '../context';
import type { Db } from '../db/openDatabase';
import { getIncidentOrThrow, requireOpen, requireVersion } from '../incidents/incidentStore';

export type NewAction = z.output<typeof NewActionSchema>;
export type ActionPatch = z.output<typeof ActionPatchSchema>;

export type ActionRow = {
  seq: number;
  id: string;
  incident_id: string;
  kind: ActionKind;
  description: string;
  owner: string;
  due_at: number | null;
  status: ActionStatus;
  completed_at: number | null;
  version: number;
  created_at: number;
  created_by: string;
  updated_at: number;
  updated_by: string;
};

export const toAction = (r: ActionRow): Action => ({
  id: r.id,
  incidentId: r.incident_id,
  kind: r.kind,
  description: r.description,
  owner: r.owner,
  dueAt: r.due_at,
  status: r.status,
  completedAt: r.completed_at,
  version: r.version,
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

/** The fields an officer sets, for the history. */
const snapshot = (a: Pick<Action, 'kind' | 'description' | 'owner' | 'dueAt' | 'status' | 'completedAt'>) => ({
  kind: a.kind,
  description: a.description,
  owner: a.owner,
  dueAt: a.dueAt,
  status: a.status,
  completedAt: a.completedAt,
});

function getActionOrThrow(db: Db, id: string): Action {
  const row = db.prepare<[string], ActionRow>('SELECT * FROM actions WHERE id = ?').get(id);
  if (!row) throw new AppError('NOT_FOUND', 'That action does not exist (it may have been removed with its incident). Reload the incident.');
  return toAction(row);
}

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
  db.prepare(
    `INSERT INTO actions (id, incident_id, kind, description, owner, due_at, status, completed_at, version, created_at, created_by, updated_at, updated_by)
     VALUES (@id, @incident_id, @kind, @description, @owner, @due_at, @status, @completed_at, 1, @at, @actor, @at, @actor)`,
  ).run({
    id,
    incident_id: incident.id,
    kind: input.kind,
    description: input.description,
    owner: input.owner,
    due_at: input.dueAt,
    status: input.status,
    completed_at: input.status === 'done' ? stamp.at : null,
    at: stamp.at,
    actor: stamp.actor,
  });
  const action = getActionOrThrow(db, id);
  appendAudit(ctx, auditStamp(stamp).actor, auditStamp(stamp).at, [
    {
      action: 'action.added',
      entityType: 'action',
      entityId: id,
      incidentId: incident.id,
      summary: `Planned a ${ACTION_KIND_LABELS[input.kind].toLowerCase()} action: ${short(input.description)}`,
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
  requireVersion(current, version, 'This action');
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
  db.prepare(
    `UPDATE actions SET kind = @kind, description = @description, owner = @owner, due_at = @due_at, status = @status,
       completed_at = @completed_at, version = version + 1, updated_at = @at, updated_by = @actor
     WHERE id = @id AND version = @version`,
  ).run({
    kind: next.kind,
    description: next.description,
    owner: next.owner,
    due_at: next.dueAt,
    status: next.status,
    completed_at: next.completedAt,
    at: stamp.at,
    actor: stamp.actor,
    id,
    version,
  });
  appendAudit(ctx, auditStamp(stamp).actor, auditStamp(stamp).at, [
    {
      action: 'action.updated',
      entityType: 'action',
      entityId: id,
      incidentId: current.incidentId,
      summary: `Changed the action “${short(next.description)}”: ${changes.map((c) => c.field).join(', ')}`,
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
  const rows = ctx.db.prepare<[string], ActionRow>('SELECT * FROM actions WHERE incident_id = ? ORDER BY seq').all(incidentId);
  return { items: rows.map(toAction) };
}
