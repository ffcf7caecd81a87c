import { isCasebookError, type Result } from '../../../../shared/contract/result';
import type { Transport } from './transport';
import { downloadFile } from './downloadFile';

const NOT_ANSWERING = 'Casebook’s harness is not answering. Check that it is still running, then try again.';
/** Shown when the harness refuses the page's token: the page was not opened from the harness's link. */
const NOT_AUTHORISED =
  'This page was not opened with the harness’s access link. Open the link the harness printed when it started (Casebook: http://127.0.0.1:…/?token=…).';
const NOT_DOWNLOADED = 'The browser would not download the file. Allow downloads for this page, then try again.';

/**
 * The transport in a plain browser: the local harness on the page's own origin, every request carrying the
 * run's token. Operations are POST /api/OP, files POST /upload, typed folders POST /folder, events an SSE
 * stream at /events; a generated file is downloaded from an in-memory blob.
 */
export function httpTransport(token: string): Transport {
  const authorization = `Bearer ${token}`;
  return {
    call: (operation, input) =>
      post(`/api/${operation}`, {
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify(input ?? {}),
      }),
    uploadFile: (name, bytes) =>
      post(`/upload?name=${encodeURIComponent(name)}`, {
        headers: { 'content-type': 'application/octet-stream', authorization },
        body: bytes,
      }) as ReturnType<Transport['uploadFile']>,
    chooseFolder: async (_purpose, typePath) => {
      const path = await typePath();
      if (path === null) return { ok: true, value: null };
      return post(`/folder?path=${encodeURIComponent(path)}`, { headers: { authorization } }) as ReturnType<Transport['chooseFolder']>;
    },
    saveFile: async (fileName, mimeType, base64) => {
      try {
        downloadFile(fileName, mimeType, base64);
        return { ok: true, value: { path: null } };
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: NOT_DOWNLOADED } };
      }
    },
    onEvent: (listener) => {
      // EventSource cannot send headers, so the token travels in the query.
      const source = new EventSource(`/events?token=${encodeURIComponent(token)}`);
      source.onmessage = (message: MessageEvent<string>) => {
        let event: unknown;
        try {
          event = JSON.parse(message.data);
        } catch {
          // A malformed frame is dropped; the next event supersedes it.
          return;
        }
        listener(event);
      };
      return () => source.close();
    },
  };
}

async function post(url: string, init: { headers: Record<string, string>; body?: BodyInit }): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', ...init });
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: NOT_ANSWERING } };
  }
  if (response.status === 401) return { ok: false, error: { code: 'FORBIDDEN', message: NOT_AUTHORISED } };
  const body: unknown = await response.json().catch(() => null);
  if (isResult(body)) return body;
  return { ok: false, error: { code: 'INTERNAL', message: `The harness gave an unexpected answer (HTTP ${response.status}). Try again.` } };
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  return value.ok === false && 'error' in value && isCasebookError(value.error);
}
