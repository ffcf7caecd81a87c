/**
 * The one closed set of error codes, used by the core, the shell, the harness, the CLI and the UI alike
 * (docs/architecture.md#errors-as-values). Errors cross process boundaries as values, never as thrown exceptions,
 * because Electron passes only a rejected promise's message across IPC.
 */
export const ERROR_CODES = ['INVALID_INPUT', 'NOT_FOUND', 'CONFLICT', 'INVALID_TRANSITION', 'FORBIDDEN', 'LOCKED', 'INTERNAL'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one field; `path` is dotted, e.g. `details.sender`. */
export type FieldIssue = { path: string; message: string };

/**
 * The record that already holds what a CONFLICT refused to record twice (the same email), so the page can
 * offer to open it or add to it rather than only say so.
 */
export type ConflictHolder = { incidentId: string; reference: string };

export type CasebookError = { code: ErrorCode; message: string; issues?: FieldIssue[]; holder?: ConflictHolder };
export type Result<T> = { ok: true; value: T } | { ok: false; error: CasebookError };

/** Thrown by the core's services; turned into a `Result` once, by the dispatcher. */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
    readonly holder?: ConflictHolder,
  ) {
    super(message);
  }
}

/** The refusal every door gives while no one is logged in. */
export function lockedError(): AppError {
  return new AppError('LOCKED', 'Casebook is locked. Log in to continue.');
}

/** The error as it crosses a process boundary: code, message, and the issues and holder when there are any. */
export function errorValue(error: AppError): CasebookError {
  return { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}), ...(error.holder ? { holder: error.holder } : {}) };
}

export function isCasebookError(value: unknown): value is CasebookError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.message === 'string' && (ERROR_CODES as readonly unknown[]).includes(v.code);
}
