/**
 * The preload: one object, `window.casebook`, that forwards to main: `call` for the contract's operations
 * and `saveFile` for the shell's save dialog. No logic, no zod (a sandboxed preload can require only
 * 'electron'), no raw ipcRenderer. Always resolves, never rejects.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { isOperation } from '../../shared/ipc/operations';
import type { Result } from '../../shared/ipc/result';
import type { SaveFileResult } from '../main/shellChannels';

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
};

contextBridge.exposeInMainWorld('casebook', casebook);
