import { z } from 'zod';
import { contract, type Output, type ParsedInput } from '../../shared/ipc/contract';
import { isOperation, type Operation } from '../../shared/ipc/operations';
import { AppError, type Result } from '../../shared/ipc/result';
import { createContext, type CoreContext, type CoreOptions } from './context';
import type { Db } from './db/openDatabase';
import { createHandlers } from './handlers';
import { createLogger, type Logger } from './log';

export type Core = {
  /**
   * The single dispatcher (ARCHITECTURE.md wall 3): parses the input with the contract's schema, runs
   * the operation, and maps every failure to one of the closed error codes. Never throws.
   */
  call<O extends Operation>(operation: O, input: unknown): Result<Output<O>>;
  context: CoreContext;
};

export type Handlers = { [O in Operation]: (input: ParsedInput<O>) => Output<O> };

export function createCore(db: Db, options: CoreOptions & { log?: Logger } = {}): Core {
  const context = createContext(db, options);
  const log = options.log ?? createLogger('core');
  const handlers = createHandlers(context);

  function call<O extends Operation>(operation: O, input: unknown): Result<Output<O>> {
    if (!isOperation(operation)) {
      return { ok: false, error: { code: 'NOT_FOUND', message: `There is no operation called "${String(operation)}".` } };
    }
    const parsed = contract[operation].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) };
    try {
      const handler = handlers[operation] as (i: unknown) => Output<O>;
      return { ok: true, value: handler(parsed.data) };
    } catch (error) {
      if (error instanceof AppError) {
        return { ok: false, error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) } };
      }
      log.error(`${operation}: unexpected error`, error);
      return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside Casebook; nothing was changed. Try again, and if it happens again, report it with the time it happened.' } };
    }
  }

  return { call, context };
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
