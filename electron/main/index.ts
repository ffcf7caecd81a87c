/**
 * Casebook's main process: lifecycle only. Opens the vault (which opens the register at login), registers
 * the contract's operations against it, locks it when the laptop is left, and shows the one hardened
 * window. Behaviour lives in electron/core.
 */
import { app, BrowserWindow, Menu, powerMonitor, session } from 'electron';
import type { Vault } from '../core/vault/vault';
import { appLocation } from './appLocation';
import { openAppVault, registerFile } from './database';
import { createAppMenu } from './menu';
import { forwardCoreEvents } from './coreEvents';
import { registerIpc } from './registerIpc';
import { installPowerLock } from './powerLock';
import { installSecurityGuards } from './security';
import { showStartupErrorDialog } from './startupError';
import { createMainWindow, loadApp } from './window';

let vault: Vault | undefined;
let stopPowerLock: (() => void) | undefined;
let mainWindow: BrowserWindow | undefined;

async function start(): Promise<void> {
  const where = appLocation(app);
  installSecurityGuards(app, session, where);
  Menu.setApplicationMenu(createAppMenu(!app.isPackaged));
  try {
    vault = openAppVault(app);
    registerIpc(vault, where);
    forwardCoreEvents(vault.events, () => mainWindow);
    stopPowerLock = installPowerLock(powerMonitor, vault);
    mainWindow = createMainWindow(where);
    mainWindow.on('closed', () => (mainWindow = undefined));
    await loadApp(mainWindow, where);
  } catch (error) {
    mainWindow?.destroy();
    closeRegister();
    await showStartupErrorDialog(error, registerFile(app));
    app.exit(1);
  }
}

function closeRegister(): void {
  stopPowerLock?.();
  vault?.close();
  vault = undefined;
}

// Two processes writing one SQLite file invite corruption: a second launch focuses the first and exits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Every renderer sandboxed, whatever a later window's options say (must precede 'ready').
  app.enableSandbox();
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', closeRegister);
  void app.whenReady().then(start);
}
