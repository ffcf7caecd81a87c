import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Result } from '../../shared/contract/result';
import { isAppUrl, type TrustedLocation } from './security';

/**
 * Registers an invoke handler that only Casebook's own page may reach (Electron's security checklist):
 * any other sender — a frame that navigated elsewhere, or one that is gone — is answered FORBIDDEN and
 * the handler never runs. The one sender check for the contract's operations and the shell's channels.
 */
export function handleFromApp<Args extends unknown[], T>(
  channel: string,
  where: TrustedLocation,
  handler: (event: IpcMainInvokeEvent, ...args: Args) => Promise<Result<T>> | Result<T>,
): void {
  ipcMain.handle(channel, async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<Result<T>> => {
    const frame = event.senderFrame;
    if (!frame || !isAppUrl(frame.url, where)) {
      console.warn(`[ipc] ${channel}: refused a sender that is not Casebook's own page`);
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Only Casebook’s own window may ask for this.' } };
    }
    return handler(event, ...(args as Args));
  });
}
