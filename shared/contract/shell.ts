import type { Result } from './result';

/**
 * The shell's own channels beside the contract's operations: work only the shell may do (a native dialog,
 * a file written where the officer chose). Each answers the contract's one Result shape; a dialog the
 * officer cancelled is not an error, so its value is null. Free of zod and of Electron: the sandboxed
 * preload bundles this file.
 */
export const SHELL_CHANNELS = ['shell:saveFile', 'shell:uploadFile', 'shell:chooseFolder'] as const;
export type ShellChannel = (typeof SHELL_CHANNELS)[number];

/** The one main → renderer channel: the core's events (CoreEvent), subscribed to by the preload. */
export const EVENT_CHANNEL = 'casebook:event';

/** Why a folder is being chosen: it titles the native dialog. */
export type FolderPurpose = 'backup' | 'restore';

/** A file handed to the core, as the core's handle (the contract's FileRef). */
export type UploadedFile = { fileId: string; name: string; size: number };
/** A folder chosen in the native dialog, as the core's handle. */
export type ChosenFolder = { folderId: string; name: string };

/** Saved at `path`, or null when the officer cancelled the dialog. */
export type SaveFileResult = Result<{ path: string } | null>;
export type UploadFileResult = Result<UploadedFile>;
/** The chosen folder, or null when the officer cancelled the dialog. */
export type ChooseFolderResult = Result<ChosenFolder | null>;
