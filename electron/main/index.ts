/**
 * Casebook's main process: lifecycle only. Starts the core's worker (whose vault opens the register at
 * login), registers the contract's operations against it, locks it when the laptop is left, and shows the
 * one hardened window. Behaviour lives in electron/core, off this thread, so the window never waits on it.
 */
import { app, BrowserWindow, Menu, powerMonitor, session } from 'electron';
import type { CoreClient } from '../core/host/coreClient';
import { appLocation } from './appLocation';
import { registerFile, startAppCore } from './database';
import { createAppMenu } from './menu';
import { forwardCoreEvents } from './coreEvents';
import { registerIpc } from './registerIpc';
import { installPowerLock } from './powerLock';
import { installSecurityGuards } from './security';
import { showStartupErrorDialog } from './startupError';
import { createMainWindow, loadApp } from './window';

let core: CoreClient | undefined;
let stopPowerLock: (() => void) | undefined;
let mainWindow: BrowserWindow | undefined;

async function start(): Promise<void> {
  const where = appLocation(app);
  installSecurityGuards(app, session, where);
  Menu.setApplicationMenu(createAppMenu(!app.isPackaged));
  try {
    core = await startAppCore(app);
    registerIpc(core, where);
    forwardCoreEvents(core.events, () => mainWindow);
    stopPowerLock = installPowerLock(powerMonitor, core);
    mainWindow = createMainWindow(where);
    mainWindow.on('closed', () => (mainWindow = undefined));
    await loadApp(mainWindow, where);
  } catch (error) {
    mainWindow?.destroy();
    await closeRegister();
    await showStartupErrorDialog(error, registerFile(app));
    app.exit(1);
  }
}

async function closeRegister(): Promise<void> {
  stopPowerLock?.();
  const closing = core;
  core = undefined;
  await closing?.close();
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
  // The register is closed (and the key dropped) by the core's thread before the process ends.
  app.on('will-quit', (event) => {
    if (!core) return;
    event.preventDefault();
    void closeRegister().then(() => app.quit());
  });
  void app.whenReady().then(start);
}
