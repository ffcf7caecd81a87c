import { z } from 'zod';
import { contract, type Output, type ParsedInput } from '../../shared/ipc/contract';
import { ASYNC_OPERATIONS, isOperation, type AsyncOperation, type Operation, type SyncOperation } from '../../shared/ipc/operations';
import { AppError, type Result } from '../../shared/ipc/result';
import { createContext, type CoreContext, type CoreOptions } from './context';
import type { Db } from './db/openDatabase';
import { createHandlers } from './handlers';
import { createLogger, type Logger } from './log';

export type Core = {
  /**
   * The single dispatcher (ARCHITECTURE.md wall 3): parses the input with the contract's schema, runs
   * the operation, and maps every failure to one of the closed error codes. Never throws.
   * Synchronous operations only: better-sqlite3 is synchronous, and so is nearly everything Casebook does.
   */
  call<O extends SyncOperation>(operation: O, input: unknown): Result<Output<O>>;
  /** The same dispatcher for any operation, awaiting those that finish later (report rendering). */
  callAsync<O extends Operation>(operation: O, input: unknown): Promise<Result<Output<O>>>;
  context: CoreContext;
};

export type Handlers = {
  [O in Operation]: (input: ParsedInput<O>) => O extends AsyncOperation ? Promise<Output<O>> : Output<O>;
};

const UNEXPECTED =
  'Something went wrong inside Casebook; nothing was changed. Try again, and if it happens again, report it with the time it happened.';

export function createCore(db: Db, options: CoreOptions & { log?: Logger } = {}): Core {
  const context = createContext(db, options);
  const log = options.log ?? createLogger('core');
  const handlers = createHandlers(context);

  function failure(operation: string, error: unknown): Result<never> {
    if (error instanceof AppError) {
      return { ok: false, error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) } };
    }
    log.error(`${operation}: unexpected error`, error);
    return { ok: false, error: { code: 'INTERNAL', message: UNEXPECTED } };
  }

  /** Validates the input; returns the handler's call, or the failure. */
  function start(operation: Operation, input: unknown): { ok: true; run: () => unknown } | { ok: false; result: Result<never> } {
    if (!isOperation(operation)) {
      return { ok: false, result: { ok: false, error: { code: 'NOT_FOUND', message: `There is no operation called "${String(operation)}".` } } };
    }
    const parsed = contract[operation].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, result: { ok: false, error: invalidInput(parsed.error) } };
    const handler = handlers[operation] as (i: unknown) => unknown;
    return { ok: true, run: () => handler(parsed.data) };
  }

  function call<O extends SyncOperation>(operation: O, input: unknown): Result<Output<O>> {
    if ((ASYNC_OPERATIONS as readonly string[]).includes(operation)) {
      return failure(operation, new Error(`${operation} must be called with callAsync`));
    }
    const begun = start(operation, input);
    if (!begun.ok) return begun.result;
    try {
      return { ok: true, value: begun.run() as Output<O> };
    } catch (error) {
      return failure(operation, error);
    }
  }

  async function callAsync<O extends Operation>(operation: O, input: unknown): Promise<Result<Output<O>>> {
    const begun = start(operation, input);
    if (!begun.ok) return begun.result;
    try {
      return { ok: true, value: (await begun.run()) as Output<O> };
    } catch (error) {
      return failure(operation, error);
    }
  }

  return { call, callAsync, context };
}

function invalidInput(error: z.ZodError) {
  // An unknown key is reported at the key itself, so the UI can show it beside the field.
  const issues = error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys'
      ? i.keys.map((key) => ({ path: [...i.path.map(String), key].join('.'), message: `"${key}" is not a field here` }))
      : [{ path: i.path.map(String).join('.'), message: i.message }],
  );
  const first = issues[0];
  const where = first?.path ? ` (${first.path}: ${first.message})` : first ? ` (${first.message})` : '';
  return { code: 'INVALID_INPUT' as const, message: `Some of what was entered is not valid${where}. Correct it and try again.`, issues };
}
