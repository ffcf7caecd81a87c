import { z } from 'zod';
import { contract, isAsyncOperation, type Operation, type Output, type SyncOperation } from '../../shared/contract';
import { allows, OPERATION_ACCESS } from '../../shared/contract/access';
import type { AccountRole } from '../../shared/contract/accounts';
import type { AccessSettings } from '../../shared/contract/operation';
import { isOperation } from '../../shared/contract/operationNames';
import { AppError, errorValue, lockedError, type Result } from '../../shared/contract/result';
import type { CoreContext } from './context';
import type { Logger } from './log';
import { auditFieldLabel } from '../../shared/domain/auditWords';

export type Dispatcher = {
  /**
   * Parses the input with the contract's schema, runs the operation, and maps every failure to one of the
   * closed error codes. Never throws. Synchronous operations only: better-sqlite3 is synchronous, and so is
   * nearly everything Casebook does.
   */
  call<O extends SyncOperation>(operation: O, input: unknown): Result<Output<O>>;
  /** The same dispatcher for any operation, awaiting those that finish later (report rendering). */
  callAsync<O extends Operation>(operation: O, input: unknown): Promise<Result<Output<O>>>;
};

/** A dispatcher over one core context, as the CLI and the tests hold it. */
export type Core = Dispatcher & { context: CoreContext };

export type DispatchOptions = {
  /** The handler for an operation, or an AppError to answer instead (LOCKED while the register is closed). */
  handlerFor: (operation: Operation) => ((input: unknown) => unknown) | AppError;
  /** The role of whoever is calling; null while nobody is logged in (only public operations are answered). */
  role: () => AccountRole | null;
  /** The settings an access rule may depend on; asked for only when an operation's rule does. */
  accessSettings: () => AccessSettings;
  log: Logger;
};

const UNEXPECTED = 'Something went wrong inside Casebook; nothing was changed. Try again, and if it happens again, report it with the time it happened.';

/**
 * The single dispatcher (docs/architecture.md#one-dispatcher), shared by the core and the vault: checks the caller may
 * call the operation (LOCKED while nobody is logged in, FORBIDDEN for a role without access — before
 * the input is even read), parses the input with the contract's schema, runs the handler, and maps every
 * failure to one of the closed error codes. Never throws.
 */
export function createDispatcher(options: DispatchOptions): Dispatcher {
  const { log } = options;

  function failure(operation: string, error: unknown): Result<never> {
    if (error instanceof AppError) {
      return { ok: false, error: errorValue(error) };
    }
    log.error(`${operation}: unexpected error`, error);
    return { ok: false, error: { code: 'INTERNAL', message: UNEXPECTED } };
  }

  /** Checks access and validates the input; returns the handler's call, or the failure. */
  function start(operation: Operation, input: unknown): { ok: true; run: () => unknown } | { ok: false; result: Result<never> } {
    if (!isOperation(operation)) {
      return { ok: false, result: { ok: false, error: { code: 'NOT_FOUND', message: `There is no operation called "${String(operation)}".` } } };
    }
    const role = options.role();
    const rule = OPERATION_ACCESS[operation];
    if (rule !== 'public') {
      if (role === null) return { ok: false, result: failure(operation, lockedError()) };
      let allowed: boolean;
      try {
        allowed = allows(rule, role, options.accessSettings);
      } catch (error) {
        return { ok: false, result: failure(operation, error) };
      }
      if (!allowed) {
        return { ok: false, result: failure(operation, new AppError('FORBIDDEN', `Your account (${role}) may not do this. Ask an administrator if you need to.`)) };
      }
    }
    const handler = options.handlerFor(operation);
    if (handler instanceof AppError) return { ok: false, result: failure(operation, handler) };
    const sent = withoutUndefined(input);
    const illFormed = illFormedTextPath(sent);
    if (illFormed !== null) return { ok: false, result: { ok: false, error: illFormedText(illFormed) } };
    const parsed = contract[operation].input.safeParse(sent ?? {});
    if (!parsed.success) return { ok: false, result: { ok: false, error: invalidInput(parsed.error) } };
    return { ok: true, run: () => handler(parsed.data) };
  }

  function call<O extends SyncOperation>(operation: O, input: unknown): Result<Output<O>> {
    if (isOperation(operation) && isAsyncOperation(operation)) {
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

  return { call, callAsync };
}

/** "details.sender" → "Sender", "partners.3" → "Partners": the field as the officer knows it. */
function fieldInWords(path: string): string {
  const named = path.split('.').filter((segment) => !/^\d+$/.test(segment));
  return auditFieldLabel(named.at(-1) ?? path);
}

function invalidInput(error: z.ZodError) {
  // An unknown key is reported at the key itself, so the UI can show it beside the field.
  const issues = error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys'
      ? i.keys.map((key) => ({ path: [...i.path.map(String), key].join('.'), message: `"${key}" is not a field here` }))
      : [{ path: i.path.map(String).join('.'), message: i.message }],
  );
  const first = issues[0];
  const where = first?.path ? ` (${fieldInWords(first.path)}: ${first.message})` : first ? ` (${first.message})` : '';
  return { code: 'INVALID_INPUT' as const, message: `Some of what was entered is not valid${where}. Correct it and try again.`, issues };
}

/**
 * The input as JSON would carry it: a property whose value is undefined is absent. Electron's IPC (structured
 * clone) keeps such properties, the harness (JSON) drops them, and the services read a patch's key as "set
 * this", so { phone: undefined } failed a NOT NULL constraint (INTERNAL) and { occurredAt: undefined }
 * cleared the date. Copies plain objects and arrays only, each once (input may
 * be cyclic), to a depth no schema reaches; anything deeper is passed on as it is.
 */
function withoutUndefined(value: unknown, copies = new Map<object, unknown>(), depth = 0): unknown {
  if (value === null || typeof value !== 'object' || depth > 64) return value;
  const done = copies.get(value);
  if (done !== undefined) return done;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    copies.set(value, out);
    for (const item of value) out.push(withoutUndefined(item, copies, depth + 1));
    return out;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  copies.set(value, out);
  for (const [key, item] of Object.entries(value)) {
    // defineProperty, not assignment: a "__proto__" key stays a key (and the schema refuses it), as in JSON.parse.
    if (item !== undefined) Object.defineProperty(out, key, { value: withoutUndefined(item, copies, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * Text SQLite cannot keep as sent: a UTF-16 surrogate without its other half (it cannot be stored as UTF-8,
 * so SQLite would keep something else) and NUL (SQLite's text functions stop at it: length() of "\0…" is 0).
 */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The path of the first string or key in the input that SQLite cannot store as sent, or null. Such text
 * would be stored altered and break the audit chain, whose entries are hashed as sent and verified as
 * read back, or trip a CHECK and answer INTERNAL. Walks without
 * recursion and visits each object once: input over Electron's structured clone may be deep or cyclic.
 */
function illFormedTextPath(input: unknown): string[] | null {
  type Step = { value: unknown; key: string; parent: Step | null };
  const pathOf = (step: Step | null, last?: string): string[] => {
    const path = last === undefined ? [] : [last];
    for (let s = step; s?.parent; s = s.parent) path.unshift(s.key);
    return path;
  };
  const seen = new Set<object>();
  const stack: Step[] = [{ value: input, key: '', parent: null }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    const { value } = step;
    if (typeof value === 'string') {
      if (UNSTORABLE.test(value)) return pathOf(step);
      continue;
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    for (const [key, item] of Object.entries(value)) {
      if (UNSTORABLE.test(key)) return pathOf(step, key);
      stack.push({ value: item, key, parent: step });
    }
  }
  return null;
}

function illFormedText(path: string[]) {
  const where = path.join('.');
  return {
    code: 'INVALID_INPUT' as const,
    message: `Some of what was entered contains a character Casebook cannot store${where ? ` (${where})` : ''}. Type or paste it again.`,
    issues: [{ path: where, message: 'Contains a character Casebook cannot store (a NUL, or half of a character pair); type or paste it again' }],
  };
}
