import type { auditContract } from '../../../shared/contract/audit';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../operations';
import { verifyAudit } from './auditLog';

export function auditOperations(ctx: CoreContext): HandlersOf<keyof typeof auditContract> {
  return {
    'audit:verify': () => verifyAudit(ctx.db),
  };
}
