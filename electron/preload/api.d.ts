import type { Result } from '../../shared/contract/result';
import type { ChooseFolderResult, FolderPurpose, SaveFileResult, UploadFileResult } from '../../shared/contract/shell';

declare global {
  interface Window {
    /** Exposed by the preload inside Electron; absent in a plain browser (the renderer then uses the HTTP harness). */
    casebook?: {
      call(operation: string, input: unknown): Promise<Result<unknown>>;
      /** The native save dialog, then the bytes written where the officer chose (shell:saveFile). */
      saveFile(fileName: string, mimeType: string, base64: string): Promise<SaveFileResult>;
      /** Hands a picked or dropped file to the core (shell:uploadFile); answers with its handle. */
      uploadFile(name: string, bytes: Uint8Array): Promise<UploadFileResult>;
      /** The native folder dialog (shell:chooseFolder); answers with the chosen folder's handle. */
      chooseFolder(purpose: FolderPurpose): Promise<ChooseFolderResult>;
      /** The core's events (job progress, job finished, data changed); returns the unsubscribe. */
      onEvent(listener: (event: unknown) => void): () => void;
    };
  }
}

export {};
