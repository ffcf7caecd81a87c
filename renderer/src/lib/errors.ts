import { AppError, type ConflictHolder, type ErrorCode, type FieldIssue } from '../../../shared/contract/result';

/** An error as the UI keeps it: a code to decide where it goes, a sentence that says what to do. */
export type UiError = { code: ErrorCode; message: string; issues?: FieldIssue[]; holder?: ConflictHolder };

const FALLBACK_MESSAGES: Record<ErrorCode, string> = {
  INVALID_INPUT: 'Some of what was entered is not valid. Correct the highlighted fields and try again.',
  NOT_FOUND: 'That record no longer exists. Go back to the register and open it again.',
  CONFLICT: 'Someone changed this since you opened it. Reload to see their changes, then try again.',
  INVALID_TRANSITION: 'That move is not allowed from the current status.',
  FORBIDDEN: 'Casebook refused this request. Reopen Casebook and try again.',
  LOCKED: 'The database is locked. Unlock it, then try again.',
  INTERNAL: 'Something went wrong inside Casebook; nothing was changed. Try again.',
};

/** Turns anything thrown by `call()` (or by a bug) into a `UiError` whose message says what to do. */
export function toUiError(error: unknown): UiError {
  if (error instanceof AppError) {
    return {
      code: error.code,
      message: error.message || FALLBACK_MESSAGES[error.code],
      ...(error.issues ? { issues: error.issues } : {}),
      ...(error.holder ? { holder: error.holder } : {}),
    };
  }
  return { code: 'INTERNAL', message: FALLBACK_MESSAGES.INTERNAL };
}
