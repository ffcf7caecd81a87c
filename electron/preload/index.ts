/**
 * The preload: one object, `window.casebook`, that forwards to main: `call` for the contract's operations,
 * `saveFile` for the shell's save dialog, `uploadFile` to hand a chosen file to the core, `chooseFolder`
 * for a backup's folder, and `onEvent`
 * for the core's events. No logic, no zod (a sandboxed preload can require only
 * 'electron'), no raw ipcRenderer. Always resolves, never rejects.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { isOperation } from '../../shared/contract/operationNames';
import type { Result } from '../../shared/contract/result';
import { EVENT_CHANNEL, type ChooseFolderResult, type SaveFileResult, type UploadFileResult } from '../main/shellChannels';

const casebook = {
  call(operation: string, input: unknown): Promise<Result<unknown>> {
    // Only contract operations reach ipcRenderer, so the page cannot name any other channel.
    if (!isOperation(operation)) {
      return Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: `There is no operation called "${String(operation)}".` } });
    }
    // invoke rejects when the input cannot be cloned across processes; errors stay values.
    return (ipcRenderer.invoke(operation, input) as Promise<Result<unknown>>).catch(() => ({
      ok: false,
      error: { code: 'INTERNAL', message: 'Casebook could not pass this request on. Try again.' },
    }));
  },
  /** Shows the native save dialog and writes the generated file where the officer chooses. */
  saveFile(fileName: string, mimeType: string, base64: string): Promise<SaveFileResult> {
    return (ipcRenderer.invoke('shell:saveFile', fileName, mimeType, base64) as Promise<SaveFileResult>).catch(() => ({
      saved: false as const,
      reason: 'failed' as const,
      message: 'Casebook could not pass the file on to be saved. Try again.',
    }));
  },
  /** Hands a file the officer picked or dropped to the core; answers with its handle. */
  uploadFile(name: string, bytes: Uint8Array): Promise<UploadFileResult> {
    return (ipcRenderer.invoke('shell:uploadFile', name, bytes) as Promise<UploadFileResult>).catch(() => ({
      ok: false as const,
      error: { code: 'INVALID_INPUT' as const, message: 'Casebook could not read that file. Choose it again.' },
    }));
  },
  /** Shows the native folder dialog; the chosen folder reaches the core as a handle, never as a path the page names. */
  chooseFolder(purpose: 'backup' | 'restore'): Promise<ChooseFolderResult> {
    return (ipcRenderer.invoke('shell:chooseFolder', purpose) as Promise<ChooseFolderResult>).catch(() => ({
      ok: false as const,
      reason: 'failed' as const,
      message: 'Casebook could not show the folder dialog. Try again.',
    }));
  },
  /** Subscribes to the core's events; returns the unsubscribe. Only the event value crosses, never the IPC event. */
  onEvent(listener: (event: unknown) => void): () => void {
    const forward = (_event: unknown, value: unknown) => listener(value);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, forward);
  },
};

contextBridge.exposeInMainWorld('casebook', casebook);
