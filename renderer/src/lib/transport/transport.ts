import type { Result } from '../../../../shared/contract/result';
import type { ChooseFolderResult, FolderPurpose, UploadFileResult } from '../../../../shared/contract/shell';

/** A generated file that was saved: at `path` inside Electron; null when the browser downloaded it wherever its downloads go. */
export type SavedFile = { path: string | null };

/**
 * The renderer's one way out (docs/architecture.md#one-renderer-transport): the preload's `window.casebook` inside Electron, the local
 * harness over HTTP otherwise. Both answer with the contract's one Result shape and never reject, so a caller
 * meets every failure as a value with a code; a dialog the officer cancelled is a null value, not an error.
 */
export interface Transport {
  /** Runs one contract operation. */
  call(operation: string, input: unknown): Promise<Result<unknown>>;
  /** Hands the bytes of a file the officer picked or dropped to the core; answers with its handle. */
  uploadFile(name: string, bytes: Uint8Array<ArrayBuffer>): Promise<UploadFileResult>;
  /**
   * A folder for a backup or a restore, as the core's handle. Inside Electron the shell shows the native dialog;
   * a browser cannot pick folders, so against the harness `typePath` asks the officer to type one.
   */
  chooseFolder(purpose: FolderPurpose, typePath: () => Promise<string | null>): Promise<ChooseFolderResult>;
  /** Saves a generated file where the officer chooses; nothing leaves the machine either way. */
  saveFile(fileName: string, mimeType: string, base64: string): Promise<Result<SavedFile | null>>;
  /** Subscribes to the core's events, unparsed; returns the unsubscribe. */
  onEvent(listener: (event: unknown) => void): () => void;
}
