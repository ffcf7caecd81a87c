import type { Input, Operation, Output } from '../../../shared/contract';
import { AppError, isCasebookError, type Result } from '../../../shared/contract/result';
import { harnessToken } from './harnessToken';
import { reportLockedAnswer } from './lockedAnswers';

/**
 * The renderer's one client for the contract (ARCHITECTURE.md wall 4). Inside Electron it goes through
 * the preload's `window.casebook`; in a plain browser it goes to the local harness over HTTP. Either way
 * it resolves with the operation's output or throws `AppError` with the core's code and field issues.
 */
export async function call<O extends Operation>(operation: O, input: Input<O>): Promise<Output<O>> {
  const result = await transport(operation, input);
  if (!result.ok) {
    if (result.error.code === 'LOCKED') reportLockedAnswer();
    throw new AppError(result.error.code, result.error.message, result.error.issues);
  }
  return result.value as Output<O>;
}

type Transport = (operation: Operation, input: unknown) => Promise<Result<unknown>>;

const bridge = window.casebook;
const transport: Transport = bridge ? (operation, input) => bridge.call(operation, input) : harnessTransport();

/** Shown when the harness refuses the page's token: the page was not opened from the harness's link. */
const NOT_AUTHORISED_MESSAGE =
  'This page was not opened with the harness’s access link. Open the link the harness printed when it started (Casebook: http://127.0.0.1:…/?token=…).';

function harnessTransport(): Transport {
  const token = harnessToken();
  return async (operation, input) => {
    let response: Response;
    try {
      response = await fetch(`/api/${operation}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      throw new AppError('INTERNAL', 'Casebook’s harness is not answering. Check that it is still running, then try again.');
    }
    if (response.status === 401) throw new AppError('FORBIDDEN', NOT_AUTHORISED_MESSAGE);
    const body: unknown = await response.json().catch(() => null);
    if (isResult(body)) return body;
    throw new AppError('INTERNAL', `The harness gave an unexpected answer (HTTP ${response.status}). Try again.`);
  };
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  return value.ok === false && 'error' in value && isCasebookError(value.error);
}
