/**
 * The one closed set of error codes, used by the core, the shell, the harness, the CLI and the UI alike
 * (docs/architecture.md#errors-as-values). Errors cross process boundaries as values, never as thrown exceptions,
 * because Electron passes only a rejected promise's message across IPC.
 */
export const ERROR_CODES = ['INVALID_INPUT', 'NOT_FOUND', 'CONFLICT', 'INVALID_TRANSITION', 'FORBIDDEN', 'LOCKED', 'INTERNAL'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one field; `path` is dotted, e.g. `details.sender`. */
export type FieldIssue = { path: string; message: string };

export type CasebookError = { code: ErrorCode; message: string; issues?: FieldIssue[] };
export type Result<T> = { ok: true; value: T } | { ok: false; error: CasebookError };

/** Thrown by the core's services; turned into a `Result` once, by the dispatcher. */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
  }
}

/** The refusal every door gives while no one is logged in. */
export function lockedError(): AppError {
  return new AppError('LOCKED', 'Casebook is locked. Log in to continue.');
}

export function isCasebookError(value: unknown): value is CasebookError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.message === 'string' && (ERROR_CODES as readonly unknown[]).includes(v.code);
}
