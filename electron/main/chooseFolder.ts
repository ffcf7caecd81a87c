import { BrowserWindow, dialog, type OpenDialogOptions } from 'electron';
import type { ChooseFolderResult } from '../../shared/contract/shell';
import type { CoreClient } from '../core/host/coreClient';
import type { TrustedLocation } from './security';
import { handleFromApp } from './trustedIpc';

const TITLES = {
  backup: 'Choose the removable drive or folder for the backup',
  restore: 'Choose the backup folder to restore',
} as const;

/**
 * Registers `shell:chooseFolder`: the native folder dialog, and the chosen folder handed to the core as a
 * handle (docs/architecture.md#jobs-events-and-file-handles). The page never names a path, so a compromised page cannot make the
 * core write a backup to, or restore one from, a folder nobody chose. A cancelled dialog answers null.
 */
export function registerChooseFolder(files: Pick<CoreClient['files'], 'putFolder'>, where: TrustedLocation): void {
  handleFromApp('shell:chooseFolder', where, async (event, purpose: unknown): Promise<ChooseFolderResult> => {
    if (purpose !== 'backup' && purpose !== 'restore') {
      return { ok: false, error: { code: 'INVALID_INPUT', message: 'Casebook chooses folders only for a backup or a restore.' } };
    }
    const options: OpenDialogOptions = { title: TITLES[purpose], properties: ['openDirectory', 'createDirectory'] };
    const owner = BrowserWindow.fromWebContents(event.sender);
    let choice;
    try {
      choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    } catch (error) {
      console.warn('[chooseFolder] the folder dialog failed', error);
      return { ok: false, error: { code: 'INTERNAL', message: 'The folder dialog could not be shown. Try again.' } };
    }
    const path = choice.filePaths[0];
    if (choice.canceled || path === undefined) return { ok: true, value: null };
    return files.putFolder(path);
  });
}
