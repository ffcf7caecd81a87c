import type { CoreClient } from '../core/host/coreClient';
import { OPERATIONS } from '../../shared/contract/operationNames';
import { registerChooseFolder } from './chooseFolder';
import { registerSaveFile } from './saveFile';
import type { TrustedLocation } from './security';
import { handleFromApp } from './trustedIpc';
import { registerUploadFile } from './uploadFile';

/**
 * Registers each contract operation once, plus the shell's own channels (SHELL_CHANNELS), and no
 * other channel. The shell only checks who is asking; the vault's dispatcher (in the core's worker) checks
 * the account may call the operation, validates the input and maps every failure to a code.
 */
export function registerIpc(core: Pick<CoreClient, 'callAsync' | 'files'>, where: TrustedLocation): void {
  for (const operation of OPERATIONS) {
    handleFromApp(operation, where, (_event, input: unknown) => core.callAsync(operation, input));
  }
  registerSaveFile(where);
  registerUploadFile(core.files, where);
  registerChooseFolder(core.files, where);
}
