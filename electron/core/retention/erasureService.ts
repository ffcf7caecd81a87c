import type { ErasureProposal, ErasureScope, EvidenceDecision } from '../../../shared/contract/retention';
import { AppError } from '../../../shared/contract/result';
import { formatUkDate } from '../../../shared/time/ukTime';
import { stampNow } from '../actor';
import { appendAudit } from '../audit/auditLog';
import type { CoreContext } from '../context';
import type { Db } from '../db/openDatabase';
import { planErasure, previewErasure } from './erasurePlan';
import { writeErasure } from './erasureWrite';

type ProposalRow = {
  id: string;
  scope_type: 'incident' | 'party';
  scope_id: string;
  evidence: string;
  status: 'proposed' | 'confirmed' | 'withdrawn';
  proposed_by: string;
  proposed_at: number;
  decided_by: string;
  decided_at: number | null;
};

const scopeOf = (r: ProposalRow): ErasureScope => (r.scope_type === 'incident' ? { type: 'incident', incidentId: r.scope_id } : { type: 'party', partyId: r.scope_id });

/** A proposal with what it would erase now; one that can no longer run (erased, held) shows the refusal's words instead. */
function toProposal(db: Db, r: ProposalRow): ErasureProposal {
  const evidence = JSON.parse(r.evidence) as EvidenceDecision[];
  let plan;
  if (r.status === 'proposed') {
    try {
      plan = planErasure(db, scopeOf(r), evidence).plan;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      plan = { label: r.scope_type === 'incident' ? 'an incident' : 'a person', goes: [], stays: [error.message], evidenceWithOthers: [], counts: {} };
    }
  } else {
    plan = { label: r.scope_type === 'incident' ? 'an incident' : 'a person', goes: [], stays: [], evidenceWithOthers: [], counts: {} };
  }
  return {
    id: r.id,
    scope: scopeOf(r),
    evidence,
    status: r.status,
    proposedBy: r.proposed_by,
    proposedAt: r.proposed_at,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    plan,
  };
}

function proposalRow(db: Db, id: string): ProposalRow {
  const row = db.prepare<[string], ProposalRow>('SELECT * FROM erasure_proposals WHERE id = ?').get(id);
  if (!row) throw new AppError('NOT_FOUND', 'That erasure proposal does not exist.');
  return row;
}

function refuseIfDecided(row: ProposalRow): void {
  if (row.status === 'proposed') return;
  const when = row.decided_at === null ? '' : ` on ${formatUkDate(row.decided_at)}`;
  throw new AppError('CONFLICT', `This erasure was already ${row.status} by ${row.decided_by}${when}. Nothing was changed.`);
}

export const previewScope = (ctx: CoreContext, scope: ErasureScope) => previewErasure(ctx.db, scope);

export function listProposals(ctx: CoreContext): ErasureProposal[] {
  return ctx.db
    .prepare<[], ProposalRow>(`SELECT * FROM erasure_proposals WHERE status = 'proposed' ORDER BY seq`)
    .all()
    .map((r) => toProposal(ctx.db, r));
}

/** Proposes an erasure, checked as it would run; a second account confirms it (docs/retention.md#two-people). */
export function proposeErasure(ctx: CoreContext, scope: ErasureScope, evidence: EvidenceDecision[]): ErasureProposal {
  const { actor, at } = stampNow(ctx);
  return ctx.db
    .transaction(() => {
      const { plan } = planErasure(ctx.db, scope, evidence);
      const scopeId = scope.type === 'incident' ? scope.incidentId : scope.partyId;
      const open = ctx.db
        .prepare<[string, string], ProposalRow>(`SELECT * FROM erasure_proposals WHERE scope_type = ? AND scope_id = ? AND status = 'proposed'`)
        .get(scope.type, scopeId);
      if (open) throw new AppError('CONFLICT', `${open.proposed_by} already proposed this erasure; it awaits a second account's confirmation. Nothing was changed.`);
      const id = ctx.newId();
      ctx.db
        .prepare(`INSERT INTO erasure_proposals (id, scope_type, scope_id, evidence, status, proposed_by, proposed_at) VALUES (?, ?, ?, ?, 'proposed', ?, ?)`)
        .run(id, scope.type, scopeId, JSON.stringify(evidence), actor, at);
      appendAudit(ctx, actor, at, [
        {
          action: 'retention.erasure_proposed',
          entityType: scope.type,
          entityId: scopeId,
          incidentId: scope.type === 'incident' ? scopeId : null,
          summary: `Erasure of the personal data of ${plan.label} proposed`,
          changes: [{ field: 'proposal', before: null, after: id }],
        },
      ]);
      return toProposal(ctx.db, proposalRow(ctx.db, id));
    })
    .immediate();
}

export function withdrawProposal(ctx: CoreContext, id: string): ErasureProposal {
  const { actor, at } = stampNow(ctx);
  return ctx.db
    .transaction(() => {
      const row = proposalRow(ctx.db, id);
      refuseIfDecided(row);
      ctx.db.prepare(`UPDATE erasure_proposals SET status = 'withdrawn', decided_by = ?, decided_at = ? WHERE id = ?`).run(actor, at, id);
      appendAudit(ctx, actor, at, [
        {
          action: 'retention.erasure_withdrawn',
          entityType: row.scope_type,
          entityId: row.scope_id,
          incidentId: row.scope_type === 'incident' ? row.scope_id : null,
          summary: `Erasure proposed by ${row.proposed_by} withdrawn`,
          changes: [{ field: 'proposal', before: id, after: null }],
        },
      ]);
      return toProposal(ctx.db, proposalRow(ctx.db, id));
    })
    .immediate();
}

/**
 * Confirms another account's proposal and erases, in one transaction with one audit entry (who proposed,
 * who confirmed, the scope and the counts — never an erased value). Then empties the write-ahead log, so
 * the old pages do not wait there for the next checkpoint (docs/retention.md#the-file-forgets).
 */
export function confirmErasure(ctx: CoreContext, id: string): { erasedAt: number; counts: Record<string, number>; walTruncated: boolean } {
  const { actor, at } = stampNow(ctx);
  const counts = ctx.db
    .transaction(() => {
      const row = proposalRow(ctx.db, id);
      refuseIfDecided(row);
      if (row.proposed_by === actor) {
        throw new AppError('FORBIDDEN', 'You proposed this erasure: a second account must confirm it, so nobody removes a record alone. Nothing was changed.');
      }
      const { plan, targets } = planErasure(ctx.db, scopeOf(row), JSON.parse(row.evidence) as EvidenceDecision[]);
      const written = writeErasure(ctx.db, targets, { actor, at });
      ctx.db.prepare(`UPDATE erasure_proposals SET status = 'confirmed', decided_by = ?, decided_at = ? WHERE id = ?`).run(actor, at, id);
      appendAudit(ctx, actor, at, [
        {
          action: row.scope_type === 'incident' ? 'retention.incident_erased' : 'retention.person_erased',
          entityType: row.scope_type,
          entityId: row.scope_id,
          incidentId: row.scope_type === 'incident' ? row.scope_id : null,
          summary: `Personal data of ${plan.label} erased under the retention schedule: proposed by ${row.proposed_by}, confirmed by ${actor}`,
          changes: [
            { field: 'proposedBy', before: null, after: row.proposed_by },
            { field: 'proposedAt', before: null, after: row.proposed_at },
            { field: 'confirmedBy', before: null, after: actor },
            { field: 'scope', before: null, after: row.scope_type },
            ...(targets.incidentIds.length > 0 && row.scope_type === 'party' ? [{ field: 'incidents', before: null, after: targets.incidentIds }] : []),
            ...targets.evidenceKept.map((k) => ({ field: 'evidenceKept', before: null, after: `${k.evidenceId}: ${k.reason}` })),
            ...Object.entries(written).map(([field, n]) => ({ field, before: null, after: n })),
          ],
        },
      ]);
      return written;
    })
    .immediate();
  const [checkpoint] = ctx.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  return { erasedAt: at, counts, walTruncated: checkpoint?.busy === 0 };
}
