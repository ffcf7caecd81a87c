import type { Draft, DraftKind, DraftSummary } from '../../../shared/contract/drafts';
import { requireActor } from '../actor';
import type { CoreContext } from '../context';
import { getIncidentOrThrow } from '../incidents/incidentRepository';
import { deleteDraftRow, draftRow, draftSummaries, upsertDraftRow } from './draftRepository';

/**
 * Drafts of the acting account only: the account is never part of the input, so no caller can name
 * another's. Outside the audit chain (docs/architecture.md#the-audit-chain records events; a draft is not one).
 */

type FormKey = { kind: DraftKind; incidentId: string | null };

/** Keeps the form's values, replacing this form's earlier draft. */
export function saveDraft(ctx: CoreContext, key: FormKey, values: Record<string, unknown>): { updatedAt: number } {
  const account = requireActor(ctx);
  const updatedAt = ctx.now();
  ctx.db
    .transaction(() => {
      requireFormIncident(ctx, key);
      upsertDraftRow(ctx.db, { account, ...key }, values, updatedAt);
    })
    .immediate();
  return { updatedAt };
}

/** The form's incident must exist: a draft of a form on nothing is a mistake worth naming. */
function requireFormIncident(ctx: CoreContext, key: FormKey): void {
  if (key.incidentId !== null) getIncidentOrThrow(ctx.db, key.incidentId);
}

/** Nobody named yet (a plain register before its officer is recorded) has no drafts. */
export function getDraft(ctx: CoreContext, key: FormKey): Draft | null {
  requireFormIncident(ctx, key);
  const account = ctx.actor();
  return account ? draftRow(ctx.db, { account, ...key }) : null;
}

export function listDrafts(ctx: CoreContext): { items: DraftSummary[] } {
  const account = ctx.actor();
  return { items: account ? draftSummaries(ctx.db, account) : [] };
}

export function discardDraft(ctx: CoreContext, key: FormKey): { discarded: boolean } {
  const account = requireActor(ctx);
  const discarded = ctx.db
    .transaction(() => {
      requireFormIncident(ctx, key);
      return deleteDraftRow(ctx.db, { account, ...key });
    })
    .immediate();
  return { discarded };
}
