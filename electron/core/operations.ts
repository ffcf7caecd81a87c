import type { AsyncOperation, CoreOperation, Operation, Output, ParsedInput } from '../../shared/contract';
import { actionOperations } from './actions/operations';
import { assessmentOperations } from './assessment/operations';
import { writeCheckpoint } from './audit/checkpoint';
import { auditOperations } from './audit/operations';
import type { CoreContext } from './context';
import { dashboardOperations } from './dashboard/operations';
import { demoOperations } from './demo/operations';
import { domainOperations } from './domains/operations';
import { draftOperations } from './drafts/operations';
import { emailOperations } from './email/operations';
import { evidenceOperations } from './evidence/operations';
import { gatewayLogOperations } from './gateway/operations';
import { incidentOperations } from './incidents/operations';
import { jobOperations } from './jobs/operations';
import { lookalikeOperations } from './lookalikes/operations';
import { noteOperations } from './notes/operations';
import { notificationOperations } from './notifications/operations';
import { involvementOperations, partyOperations, peopleImportOperations } from './parties/operations';
import { reportOperations } from './reports/operations';
import { retentionOperations } from './retention/operations';
import { sessionOperations } from './session/operations';
import { settingsOperations } from './settings/operations';

export type Handler<O extends Operation> = (input: ParsedInput<O>) => O extends AsyncOperation ? Promise<Output<O>> : Output<O>;

/** Handlers for some operations: what each domain's operations.ts gives. */
export type HandlersOf<O extends Operation> = { [K in O]: Handler<K> };

/** The core's operations over an open register; the vault answers the rest (VAULT_OPERATIONS). */
export type Handlers = HandlersOf<CoreOperation>;

/** Every core operation's handler, gathered from its domain. The compiler fails until each has one. */
export function createHandlers(ctx: CoreContext): Handlers {
  return checkpointed(ctx, {
    ...sessionOperations(ctx),
    ...incidentOperations(ctx),
    ...noteOperations(ctx),
    ...draftOperations(ctx),
    ...partyOperations(ctx),
    ...involvementOperations(ctx),
    ...peopleImportOperations(ctx),
    ...auditOperations(ctx),
    ...demoOperations(ctx),
    ...settingsOperations(ctx),
    ...assessmentOperations(ctx),
    ...notificationOperations(ctx),
    ...actionOperations(ctx),
    ...dashboardOperations(ctx),
    ...reportOperations(ctx),
    ...domainOperations(ctx),
    ...emailOperations(ctx),
    ...evidenceOperations(ctx),
    ...gatewayLogOperations(ctx),
    ...jobOperations(ctx),
    ...lookalikeOperations(ctx),
    ...retentionOperations(ctx),
  });
}

/**
 * Every handler, followed by the checkpoint beside the register once its write has committed (an async
 * handler's, when it settles): the log's head outside the database (docs/audit-format.md).
 */
function checkpointed(ctx: CoreContext, handlers: Handlers): Handlers {
  const after = <T>(value: T): T => {
    if (value instanceof Promise) return value.finally(() => writeCheckpoint(ctx)) as T;
    writeCheckpoint(ctx);
    return value;
  };
  return Object.fromEntries(
    Object.entries(handlers).map(([operation, handler]) => [operation, (input: never) => after((handler as (i: never) => unknown)(input))]),
  ) as Handlers;
}
