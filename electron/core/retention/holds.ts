import type { HoldSubject, LegalHold } from '../../../shared/contract/retention';
import { AppError } from '../../../shared/contract/result';
import { stampNow } from '../actor';
import { appendAudit } from '../audit/auditLog';
import type { CoreContext } from '../context';
import type { Db } from '../db/openDatabase';

type HoldRow = { id: string; subject_type: 'incident' | 'party'; subject_id: string; reason: string; placed_at: number; placed_by: string; label: string | null };

const HOLD_SELECT = `SELECT h.*, CASE h.subject_type
    WHEN 'incident' THEN (SELECT reference FROM incidents WHERE id = h.subject_id)
    ELSE (SELECT name FROM parties WHERE id = h.subject_id) END AS label
  FROM legal_holds h`;

const toHold = (r: HoldRow): LegalHold => ({
  id: r.id,
  subject: { type: r.subject_type, id: r.subject_id },
  label: r.label ?? '(removed)',
  reason: r.reason,
  placedAt: r.placed_at,
  placedBy: r.placed_by,
});

export function listHolds(db: Db): LegalHold[] {
  return db.prepare<[], HoldRow>(`${HOLD_SELECT} ORDER BY h.seq`).all().map(toHold);
}

/**
 * The hold that stops an erasure of these incidents and people, if any: a hold on one of the incidents,
 * or on a person linked to one of them (a claim by one person keeps the incident that holds their record).
 */
export function holdBlocking(db: Db, incidentIds: readonly string[], partyIds: readonly string[]): LegalHold | null {
  const row = db
    .prepare<[string, string], HoldRow>(
      `${HOLD_SELECT} WHERE (h.subject_type = 'incident' AND h.subject_id IN (SELECT value FROM json_each(?)))
         OR (h.subject_type = 'party' AND h.subject_id IN (SELECT value FROM json_each(?)))
       ORDER BY h.seq LIMIT 1`,
    )
    .get(JSON.stringify(incidentIds), JSON.stringify(partyIds));
  return row ? toHold(row) : null;
}

/** Refuses an erasure the hold stops, saying which hold and how to lift it. */
export function refuseIfHeld(hold: LegalHold | null): void {
  if (hold === null) return;
  const what = hold.subject.type === 'incident' ? hold.label : 'a person linked to it';
  throw new AppError(
    'CONFLICT',
    `${what} is on legal hold (placed by ${hold.placedBy}: ${hold.reason}). Nothing was erased. Lift the hold first if it no longer applies.`,
  );
}

function subjectLabel(db: Db, subject: HoldSubject): string {
  const row =
    subject.type === 'incident'
      ? db.prepare<[string], { label: string }>('SELECT reference AS label FROM incidents WHERE id = ?').get(subject.id)
      : db.prepare<[string], { label: string }>('SELECT name AS label FROM parties WHERE id = ?').get(subject.id);
  if (!row) throw new AppError('NOT_FOUND', `That ${subject.type === 'incident' ? 'incident' : 'person'} does not exist (it may have been removed).`);
  return row.label;
}

/** Puts an incident or a person on legal hold: never due for review, not erasable until lifted. */
export function placeHold(ctx: CoreContext, subject: HoldSubject, reason: string): LegalHold {
  const { actor, at } = stampNow(ctx);
  return ctx.db
    .transaction(() => {
      const label = subjectLabel(ctx.db, subject);
      const existing = ctx.db.prepare('SELECT 1 FROM legal_holds WHERE subject_type = ? AND subject_id = ?').get(subject.type, subject.id);
      if (existing) throw new AppError('CONFLICT', 'This is already on legal hold. Nothing was changed.');
      const id = ctx.newId();
      ctx.db
        .prepare('INSERT INTO legal_holds (id, subject_type, subject_id, reason, placed_at, placed_by) VALUES (?, ?, ?, ?, ?, ?)')
        .run(id, subject.type, subject.id, reason, at, actor);
      appendAudit(ctx, actor, at, [
        {
          action: 'retention.hold_placed',
          entityType: subject.type,
          entityId: subject.id,
          incidentId: subject.type === 'incident' ? subject.id : null,
          // A person is named by id only: the summary outlives an erasure of their data.
          summary: subject.type === 'incident' ? `Legal hold placed on ${label}` : 'Legal hold placed on a person',
          changes: [{ field: 'holdReason', before: null, after: reason }],
        },
      ]);
      return { id, subject, label, reason, placedAt: at, placedBy: actor };
    })
    .immediate();
}

export function releaseHold(ctx: CoreContext, holdId: string): { released: true } {
  const { actor, at } = stampNow(ctx);
  return ctx.db
    .transaction(() => {
      const row = ctx.db.prepare<[string], HoldRow>(`${HOLD_SELECT} WHERE h.id = ?`).get(holdId);
      if (!row) throw new AppError('NOT_FOUND', 'That legal hold does not exist (it may have been lifted already).');
      ctx.db.prepare('DELETE FROM legal_holds WHERE id = ?').run(holdId);
      appendAudit(ctx, actor, at, [
        {
          action: 'retention.hold_released',
          entityType: row.subject_type,
          entityId: row.subject_id,
          incidentId: row.subject_type === 'incident' ? row.subject_id : null,
          summary: row.subject_type === 'incident' ? `Legal hold lifted on ${row.label ?? 'an incident'}` : 'Legal hold lifted on a person',
          changes: [{ field: 'holdReason', before: row.reason, after: null }],
        },
      ]);
      return { released: true as const };
    })
    .immediate();
}
