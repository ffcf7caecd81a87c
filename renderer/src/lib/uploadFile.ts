import type { FileRef } from '../../../shared/contract/files';
import { AppError, isCasebookError } from '../../../shared/contract/result';
import { harnessToken } from './harnessToken';

/**
 * Hands a file the officer picked or dropped to the core and returns its handle (ARCHITECTURE.md wall 7).
 * Inside Electron the bytes go to the shell (`shell:uploadFile`); in a plain browser they are posted to
 * the local harness. Either way the core receives bytes, never a path the page chose.
 */
export async function uploadFile(file: File): Promise<FileRef> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const bridge = window.casebook;
  if (bridge) {
    const result = await bridge.uploadFile(file.name, bytes);
    if (!result.ok) throw new AppError(result.error.code, result.error.message);
    return result.value;
  }
  let response: Response;
  try {
    response = await fetch(`/upload?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${harnessToken()}` },
      body: bytes,
    });
  } catch {
    throw new AppError('INTERNAL', 'Casebook’s harness is not answering. Check that it is still running, then try again.');
  }
  const body = (await response.json().catch(() => null)) as { ok?: boolean; value?: FileRef; error?: unknown } | null;
  if (body?.ok === true && body.value) return body.value;
  if (body && isCasebookError(body.error)) throw new AppError(body.error.code, body.error.message);
  throw new AppError('INTERNAL', `The harness would not take ${file.name} (HTTP ${response.status}). Try again.`);
}
