import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { FileRegistry } from '../core/files/fileRegistry';
import { isAppUrl, type TrustedLocation } from './security';
import type { UploadFileResult } from './shellChannels';

/** Emails are megabytes; a month of gateway tracking logs a few hundred. */
const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;

/**
 * Registers `shell:uploadFile`: a file the officer picked or dropped in the page arrives as bytes and is
 * handed to the core as a handle (ARCHITECTURE.md wall 7). The page never names a path, so a compromised
 * page cannot make Casebook read a file nobody chose.
 */
export function registerUploadFile(files: FileRegistry, where: TrustedLocation): void {
  ipcMain.handle('shell:uploadFile', (event: IpcMainInvokeEvent, name: unknown, bytes: unknown): UploadFileResult => {
    const frame = event.senderFrame;
    if (!frame || !isAppUrl(frame.url, where)) {
      console.warn('[uploadFile] refused a sender that is not Casebook’s own page');
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Only Casebook’s own window may hand files to Casebook.' } };
    }
    if (typeof name !== 'string' || name.trim() === '' || name.length > 255 || !(bytes instanceof Uint8Array)) {
      return { ok: false, error: { code: 'INVALID_INPUT', message: 'That was not a file Casebook can read. Choose the file again.' } };
    }
    if (bytes.byteLength > MAX_UPLOAD_BYTES) {
      return { ok: false, error: { code: 'INVALID_INPUT', message: `${name} is larger than 512 MB. Split the log by day and import each part.` } };
    }
    return { ok: true, value: files.putBytes(name.trim(), bytes) };
  });
}
