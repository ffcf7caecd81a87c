import type { Action } from '../../../shared/contract/actions';
import type { ActionKind, ActionStatus } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/contract/result';
import type { Stamp } from '../actor';
import type { Db } from '../db/openDatabase';
import { writeVersioned, type Seen } from '../db/versioning';

/** The actions table: every write to it is here; the callers hold the transaction. */

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

export function getActionOrThrow(db: Db, id: string): Action {
  const row = db.prepare<[string], ActionRow>('SELECT * FROM actions WHERE id = ?').get(id);
  if (!row) throw new AppError('NOT_FOUND', 'That action does not exist (it may have been removed with its incident). Reload the incident.');
  return toAction(row);
}

/** The fields of an action an officer sets. */
export type ActionFields = Pick<Action, 'kind' | 'description' | 'owner' | 'dueAt' | 'status' | 'completedAt'>;

const columns = (a: ActionFields) => ({
  kind: a.kind,
  description: a.description,
  owner: a.owner,
  due_at: a.dueAt,
  status: a.status,
  completed_at: a.completedAt,
});

/** Inserts a new action of an incident, at version 1. */
export function insertActionRow(db: Db, id: string, incidentId: string, fields: ActionFields, stamp: Stamp): void {
  db.prepare(
    `INSERT INTO actions (id, incident_id, kind, description, owner, due_at, status, completed_at, version, created_at, created_by, updated_at, updated_by)
     VALUES (@id, @incident_id, @kind, @description, @owner, @due_at, @status, @completed_at, 1, @at, @actor, @at, @actor)`,
  ).run({ ...columns(fields), id, incident_id: incidentId, at: stamp.at, actor: stamp.actor });
}

/** Writes an action's fields from the version the officer saw (see writeVersioned). */
export function writeAction(db: Db, id: string, fields: ActionFields, stamp: Stamp, seen: Seen): void {
  writeVersioned(db, 'actions', id, columns(fields), stamp, seen);
}

/** An incident's actions in the order they were planned, through actions_by_incident. */
export function actionsOf(db: Db, incidentId: string): Action[] {
  return db.prepare<[string], ActionRow>('SELECT * FROM actions WHERE incident_id = ? ORDER BY seq').all(incidentId).map(toAction);
}
