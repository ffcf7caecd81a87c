import { AppError, type Result } from '../../../shared/contract/result';
import { reportLockedAnswer } from './lockedAnswers';

/** A transport's answer as its value, or thrown as AppError with the core's code, field issues and conflict holder. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  if (result.error.code === 'LOCKED') reportLockedAnswer();
  throw new AppError(result.error.code, result.error.message, result.error.issues, result.error.holder);
}
