/**
 * The preload: one object, `window.casebook`, with one method that forwards to main. No logic, no zod
 * (a sandboxed preload can require only 'electron'), no raw ipcRenderer. Always resolves to a Result.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { isOperation } from '../../shared/ipc/operations';
import type { Result } from '../../shared/ipc/result';

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
};

contextBridge.exposeInMainWorld('casebook', casebook);
