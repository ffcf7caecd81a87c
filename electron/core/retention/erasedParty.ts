import { AppError } from '../../../shared/contract/result';
import { formatUkDate } from '../../../shared/time/ukTime';
import type { Db } from '../db/openDatabase';

/** An erased person stays erased: their details are not typed back in over the "[erased]" row (docs/retention.md). */
export function refuseIfErased(db: Db, partyId: string): void {
  const row = db.prepare<[string], { erased_at: number | null }>('SELECT erased_at FROM parties WHERE id = ?').get(partyId);
  if (row?.erased_at != null) {
    throw new AppError(
      'CONFLICT',
      `This person's data was erased on ${formatUkDate(row.erased_at)} under the retention schedule, so it is not written back. Nothing was changed. Record them as a new party if they are part of a new incident.`,
    );
  }
}
