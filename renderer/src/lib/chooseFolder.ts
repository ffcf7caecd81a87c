import { AppError, isCasebookError } from '../../../shared/contract/result';
import { harnessToken } from './harnessToken';

export type FolderPurpose = 'backup' | 'restore';
export type ChosenFolder = { folderId: string; name: string };

/** Whether the shell's native folder dialog is there (inside Electron); in a plain browser the page asks for a typed path. */
export function hasFolderDialog(): boolean {
  return window.casebook !== undefined;
}

/**
 * A folder for a backup or a restore, as the core's handle; null when the officer cancelled. Inside Electron the
 * shell shows the native dialog (`shell:chooseFolder`); browsers cannot pick folders, so against the local harness
 * `typePath` asks for the path and the harness registers it. Throws AppError with the reason it was refused.
 */
export async function chooseFolder(purpose: FolderPurpose, typePath: () => Promise<string | null>): Promise<ChosenFolder | null> {
  const bridge = window.casebook;
  if (bridge) {
    const result = await bridge.chooseFolder(purpose);
    if (result.ok) return result.value;
    if (result.reason === 'cancelled') return null;
    throw new AppError(result.reason === 'refused' ? 'FORBIDDEN' : 'INTERNAL', result.message);
  }
  const path = await typePath();
  return path === null ? null : registerTypedPath(path);
}

async function registerTypedPath(path: string): Promise<ChosenFolder> {
  let response: Response;
  try {
    response = await fetch(`/folder?path=${encodeURIComponent(path)}`, { method: 'POST', headers: { authorization: `Bearer ${harnessToken()}` } });
  } catch {
    throw new AppError('INTERNAL', 'Casebook’s harness is not answering. Check that it is still running, then try again.');
  }
  const body = (await response.json().catch(() => null)) as { ok?: boolean; value?: ChosenFolder; error?: unknown } | null;
  if (body?.ok === true && body.value) return body.value;
  if (body && isCasebookError(body.error)) throw new AppError(body.error.code, body.error.message);
  throw new AppError('INTERNAL', `The harness would not take that folder (HTTP ${response.status}). Try again.`);
}
