/**
 * The shell's own IPC channels beside the contract's operations: work only the shell may do (a native
 * dialog, a file written where the officer chose). Free of zod and of Electron, so the sandboxed preload
 * bundles it. A test keeps the registered channels equal to OPERATIONS plus exactly these.
 */
export const SHELL_CHANNELS = ['shell:saveFile', 'shell:uploadFile', 'shell:chooseFolder'] as const;
export type ShellChannel = (typeof SHELL_CHANNELS)[number];

/** The one main → renderer channel: the core's events (CoreEvent), subscribed to by the preload. */
export const EVENT_CHANNEL = 'casebook:event';

/** A file handed to the core (the contract's FileRef), or why not; the same shape as a contract Result. */
export type UploadFileResult =
  | { ok: true; value: { fileId: string; name: string; size: number } }
  | { ok: false; error: { code: 'FORBIDDEN' | 'INVALID_INPUT'; message: string } };

/** What saving a generated file came to: saved at a path, cancelled by the officer, or failed with a message. */
export type SaveFileResult =
  | { saved: true; path: string }
  | { saved: false; reason: 'cancelled' }
  | { saved: false; reason: 'refused' | 'failed'; message: string };

/** A folder the officer chose in the native dialog (a backup's destination or source) as the core's handle, or why not. */
export type ChooseFolderResult =
  | { ok: true; value: { folderId: string; name: string } }
  | { ok: false; reason: 'cancelled' }
  | { ok: false; reason: 'refused' | 'failed'; message: string };
