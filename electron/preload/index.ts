/**
 * The preload: one object, `window.casebook`, that forwards to main: `call` for the contract's operations,
 * `saveFile` for the shell's save dialog, `uploadFile` to hand a chosen file to the core, `chooseFolder`
 * for a backup's folder, and `onEvent` for the core's events. No logic, no zod (a sandboxed preload can
 * require only 'electron'), no raw ipcRenderer. Always resolves, never rejects: every answer is a Result.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { isOperation } from '../../shared/contract/operationNames';
import { type Operation } from '../../shared/contract';
import type { CasebookError, Result } from '../../shared/contract/result';
import { EVENT_CHANNEL, type ChooseFolderResult, type FolderPurpose, type SaveFileResult, type ShellChannel, type UploadFileResult } from '../../shared/contract/shell';

/** Invokes a channel; a rejected invoke (an argument that cannot be cloned, a torn-down window) becomes an error Result. */
function invoke<T>(channel: Operation | ShellChannel, failure: CasebookError, ...args: unknown[]): Promise<Result<T>> {
  return (ipcRenderer.invoke(channel, ...args) as Promise<Result<T>>).catch((): Result<T> => ({ ok: false, error: failure }));
}

const casebook = {
  call(operation: string, input: unknown): Promise<Result<unknown>> {
    // Only contract operations reach ipcRenderer, so the page cannot name any other channel.
    if (!isOperation(operation)) {
      return Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: `There is no operation called "${String(operation)}".` } });
    }
    return invoke<unknown>(operation, { code: 'INTERNAL', message: 'Casebook could not pass this request on. Try again.' }, input);
  },
  /** Shows the native save dialog and writes the generated file where the officer chooses; null when cancelled. */
  saveFile(fileName: string, mimeType: string, base64: string): Promise<SaveFileResult> {
    return invoke('shell:saveFile', { code: 'INTERNAL', message: 'Casebook could not pass the file on to be saved. Try again.' }, fileName, mimeType, base64);
  },
  /** Hands a file the officer picked or dropped to the core; answers with its handle. */
  uploadFile(name: string, bytes: Uint8Array): Promise<UploadFileResult> {
    return invoke('shell:uploadFile', { code: 'INVALID_INPUT', message: 'Casebook could not read that file. Choose it again.' }, name, bytes);
  },
  /** Shows the native folder dialog; the chosen folder reaches the core as a handle, never as a path the page names. Null when cancelled. */
  chooseFolder(purpose: FolderPurpose): Promise<ChooseFolderResult> {
    return invoke('shell:chooseFolder', { code: 'INTERNAL', message: 'Casebook could not show the folder dialog. Try again.' }, purpose);
  },
  /** Subscribes to the core's events; returns the unsubscribe. Only the event value crosses, never the IPC event. */
  onEvent(listener: (event: unknown) => void): () => void {
    const forward = (_event: unknown, value: unknown) => listener(value);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, forward);
  },
};

contextBridge.exposeInMainWorld('casebook', casebook);
