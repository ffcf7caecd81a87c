import type { auditContract } from '../../../shared/contract/audit';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../operations';
import { checkpointFileOf, checkpointProblem, fingerprintProblem, readCheckpoint, trustedAnchor } from './checkpoint';
import { verifyAudit } from './verifyAudit';

export function auditOperations(ctx: CoreContext): HandlersOf<keyof typeof auditContract> {
  return {
    'audit:verify': (input) => {
      const file = checkpointFileOf(ctx.db);
      const checkpoint = file === null ? null : readCheckpoint(file);
      const anchor = input.scope === 'everyday' ? trustedAnchor(checkpoint, ctx.trustedKeys) : null;
      const verification = verifyAudit(ctx.db, { trustedKeys: ctx.trustedKeys, ...(anchor ? { since: anchor } : {}) });
      if (!verification.ok) return verification;
      const problem =
        (checkpoint && checkpointProblem(ctx.db, verification, checkpoint, ctx.trustedKeys, 'beside the register')) ??
        (input.fingerprint === undefined ? null : fingerprintProblem(ctx.db, input.fingerprint));
      return problem === null ? verification : { ...verification, ok: false, firstBadSeq: null, problem };
    },
  };
}
