/**
 * Casebook's main process: lifecycle only. Opens the register through the Electron-free core, registers
 * the contract's operations, and shows the one hardened window. Behaviour lives in electron/core.
 */
import { app, BrowserWindow, Menu, session } from 'electron';
import { createCore } from '../core/api';
import { closeDatabase, type Db } from '../core/db/openDatabase';
import { appLocation } from './appLocation';
import { openRegister, registerFile, reportFontsDir } from './database';
import { createAppMenu } from './menu';
import { forwardCoreEvents } from './coreEvents';
import { registerIpc } from './registerIpc';
import { installSecurityGuards } from './security';
import { showStartupErrorDialog } from './startupError';
import { createMainWindow, loadApp } from './window';

let db: Db | undefined;
let mainWindow: BrowserWindow | undefined;

async function start(): Promise<void> {
  const where = appLocation(app);
  installSecurityGuards(app, session, where);
  Menu.setApplicationMenu(createAppMenu(!app.isPackaged));
  try {
    db = openRegister(app);
    const core = createCore(db, { fontsDir: reportFontsDir(app) });
    registerIpc(core, where);
    forwardCoreEvents(core.context.events, () => mainWindow);
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
  if (db) closeDatabase(db);
  db = undefined;
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
