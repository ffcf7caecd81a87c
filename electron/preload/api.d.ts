import type { Result } from '../../shared/ipc/result';

declare global {
  interface Window {
    /** Exposed by the preload inside Electron; absent in a plain browser (the renderer then uses the HTTP harness). */
    casebook?: { call(operation: string, input: unknown): Promise<Result<unknown>> };
  }
}

export {};
