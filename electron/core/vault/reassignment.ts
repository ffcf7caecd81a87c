import { applyActionUpdate } from '../actions/actionService';
import { stampNow } from '../actor';
import type { CoreContext } from '../context';
import type { Db } from '../db/openDatabase';
import { applyUpdate } from '../incidents/incidentService';

/**
 * Nothing orphaned: a removed account's open incidents and open actions (those it owns by name) are offered
 * to another account. Each is changed through its domain's own update, so each is audited as any owner
 * change is; all of them in one transaction.
 */
export type OpenWork = { incidents: number; actions: number };

function openIncidents(db: Db, owner: string) {
  return db.prepare<[string], { id: string; version: number }>("SELECT id, version FROM incidents WHERE owner = ? AND status <> 'closed'").all(owner);
}

/** Open actions (not done or cancelled) of open incidents: actions of a closed incident are read-only with it. */
function openActions(db: Db, owner: string) {
  return db
    .prepare<[string], { id: string; version: number }>(
      `SELECT a.id, a.version FROM actions a JOIN incidents i ON i.id = a.incident_id
       WHERE a.owner = ? COLLATE NOCASE AND a.status NOT IN ('done', 'cancelled') AND i.status <> 'closed'`,
    )
    .all(owner);
}

export function openWorkOf(db: Db, owner: string): OpenWork {
  return { incidents: openIncidents(db, owner).length, actions: openActions(db, owner).length };
}

export function reassignOpenWork(ctx: CoreContext, from: string, to: string): OpenWork {
  const stamp = stampNow(ctx);
  return ctx.db
    .transaction(() => {
      const incidents = openIncidents(ctx.db, from);
      for (const i of incidents) applyUpdate(ctx, i.id, i.version, { owner: to }, stamp);
      const actions = openActions(ctx.db, from);
      for (const a of actions) applyActionUpdate(ctx, a.id, a.version, { owner: to }, stamp);
      return { incidents: incidents.length, actions: actions.length };
    })
    .immediate();
}
