import { AppError } from '../../shared/contract/result';
import type { CoreContext } from './context';

/** The person every write is attributed to; writes wait until Casebook knows who is acting. */
export function requireActor(ctx: CoreContext): string {
  const actor = ctx.actor();
  if (!actor) {
    throw new AppError('FORBIDDEN', 'Casebook does not know who you are yet: enter your name first (Settings → Officer).');
  }
  return actor;
}

/**
 * Who did a write and when. Rows carry `actor`/`at`; the audit entry carries `audit` when it differs —
 * demo data has historical dates and fictional officers, but its audit entries truthfully name the
 * officer who loaded it, at the moment it was loaded.
 */
export type Stamp = { actor: string; at: number; audit?: { actor: string; at: number } };

export function auditStamp(stamp: Stamp): { actor: string; at: number } {
  return stamp.audit ?? { actor: stamp.actor, at: stamp.at };
}

export function stampNow(ctx: CoreContext): Stamp {
  return { actor: requireActor(ctx), at: ctx.now() };
}
