import { writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { app, BrowserWindow, dialog, type SaveDialogOptions } from 'electron';
import type { SaveFileResult } from '../../shared/contract/shell';
import type { TrustedLocation } from './security';
import { handleFromApp } from './trustedIpc';

/**
 * Generated reports are tens of megabytes at most; a copy of an evidence file is up to 200 MB
 * (EVIDENCE_MAX_BYTES), which is 4/3 as many base64 characters. Anything longer is refused.
 */
const MAX_BASE64_LENGTH = 280 * 1024 * 1024;

const FILTER_NAMES: Record<string, string> = {
  pdf: 'PDF document',
  docx: 'Word document',
  xlsx: 'Excel workbook',
  csv: 'CSV (comma-separated values)',
  zip: 'Zip archive',
};

const failed = (message: string): SaveFileResult => ({ ok: false, error: { code: 'INTERNAL', message } });

/**
 * Registers `shell:saveFile`: the native save dialog (Documents/<fileName> proposed, filtered by the
 * file's extension), then the bytes written where the officer chose. File dialogs and save locations are
 * the shell's job (docs/architecture.md#a-thin-shell); the core only renders the bytes. A cancelled dialog answers null.
 */
export function registerSaveFile(where: TrustedLocation): void {
  handleFromApp('shell:saveFile', where, async (event, fileName: unknown, mimeType: unknown, base64: unknown): Promise<SaveFileResult> => {
    if (
      typeof fileName !== 'string' ||
      fileName.trim() === '' ||
      fileName.includes('\0') ||
      typeof mimeType !== 'string' ||
      typeof base64 !== 'string' ||
      base64.length > MAX_BASE64_LENGTH
    ) {
      return { ok: false, error: { code: 'INVALID_INPUT', message: 'Casebook could not save this file: it was not a file it generated.' } };
    }
    const name = safeFileName(fileName);
    const extension = extname(name).slice(1).toLowerCase();
    const options: SaveDialogOptions = {
      title: 'Save report',
      defaultPath: join(app.getPath('documents'), name),
      filters: extension ? [{ name: FILTER_NAMES[extension] ?? `${extension.toUpperCase()} file`, extensions: [extension] }] : [],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const owner = BrowserWindow.fromWebContents(event.sender);
    let choice;
    try {
      choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    } catch (error) {
      console.warn('[saveFile] the save dialog failed', error);
      return failed('The save dialog could not be shown. Try again.');
    }
    if (choice.canceled || !choice.filePath) return { ok: true, value: null };
    try {
      await writeFile(choice.filePath, Buffer.from(base64, 'base64'));
      return { ok: true, value: { path: choice.filePath } };
    } catch (error) {
      console.warn('[saveFile] could not write the file', error);
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'EACCES' || code === 'EPERM' ? 'Casebook may not write there' : code === 'ENOSPC' ? 'the disk is full' : 'the file could not be written';
      return failed(`Not saved: ${why}. Choose another folder and try again.`);
    }
  });
}

/** A bare file name: no folders, no characters Windows refuses, never empty. */
export function safeFileName(fileName: string): string {
  const cleaned = basename(fileName.replace(/\\/g, '/'))
    .replace(/[<>:"/\\|?*\u0000-\u001f\u202a-\u202e\u2066-\u2069]/g, '_')
    .replace(/^[.\s]+/, '')
    .trim();
  return cleaned.slice(0, 200) || 'Casebook report';
}
