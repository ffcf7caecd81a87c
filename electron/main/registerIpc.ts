import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Vault } from '../core/vault/vault';
import { OPERATIONS } from '../../shared/contract/operationNames';
import type { Result } from '../../shared/contract/result';
import { registerChooseFolder } from './chooseFolder';
import { registerSaveFile } from './saveFile';
import { registerUploadFile } from './uploadFile';
import { isAppUrl, type TrustedLocation } from './security';

/**
 * Registers each contract operation once, plus the shell's own channels (SHELL_CHANNELS), and no
 * other channel. The shell only checks who is asking; the vault's dispatcher checks the account may call the
 * operation, validates the input and maps every failure to a code, so nothing is validated twice.
 */
export function registerIpc(vault: Pick<Vault, 'callAsync' | 'files'>, where: TrustedLocation): void {
  for (const operation of OPERATIONS) {
    ipcMain.handle(operation, async (event: IpcMainInvokeEvent, input: unknown): Promise<Result<unknown>> => {
      // Electron's security checklist: only Casebook's own page may call in, never a frame that navigated elsewhere.
      const frame = event.senderFrame;
      if (!frame || !isAppUrl(frame.url, where)) {
        console.warn(`[registerIpc] ${operation}: refused a sender that is not Casebook's own page`);
        return { ok: false, error: { code: 'FORBIDDEN', message: 'Only Casebook’s own window may ask for this.' } };
      }
      return vault.callAsync(operation, input);
    });
  }
  registerSaveFile(where);
  registerUploadFile(vault.files, where);
  registerChooseFolder(vault.files, where);
}
