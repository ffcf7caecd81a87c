import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent, type OpenDialogOptions } from 'electron';
import type { FileRegistry } from '../core/files/fileRegistry';
import { isAppUrl, type TrustedLocation } from './security';
import type { ChooseFolderResult } from './shellChannels';

const TITLES = {
  backup: 'Choose the removable drive or folder for the backup',
  restore: 'Choose the backup folder to restore',
} as const;

/**
 * Registers `shell:chooseFolder`: the native folder dialog, and the chosen folder handed to the core as a
 * handle (ARCHITECTURE.md wall 7). The page never names a path, so a compromised page cannot make the
 * core write a backup to, or restore one from, a folder nobody chose. Same sender check as saveFile.
 */
export function registerChooseFolder(files: FileRegistry, where: TrustedLocation): void {
  ipcMain.handle('shell:chooseFolder', async (event: IpcMainInvokeEvent, purpose: unknown): Promise<ChooseFolderResult> => {
    const frame = event.senderFrame;
    if (!frame || !isAppUrl(frame.url, where)) {
      console.warn('[chooseFolder] refused a sender that is not Casebook’s own page');
      return { ok: false, reason: 'refused', message: 'Only Casebook’s own window may choose folders.' };
    }
    if (purpose !== 'backup' && purpose !== 'restore') {
      return { ok: false, reason: 'refused', message: 'Casebook chooses folders only for a backup or a restore.' };
    }
    const options: OpenDialogOptions = { title: TITLES[purpose], properties: ['openDirectory', 'createDirectory'] };
    const owner = BrowserWindow.fromWebContents(event.sender);
    try {
      const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      const path = choice.filePaths[0];
      if (choice.canceled || path === undefined) return { ok: false, reason: 'cancelled' };
      return { ok: true, value: files.putFolder(path) };
    } catch (error) {
      console.warn('[chooseFolder] the folder dialog failed', error);
      return { ok: false, reason: 'failed', message: 'The folder dialog could not be shown. Try again.' };
    }
  });
}
