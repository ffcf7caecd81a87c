import { app, BrowserWindow } from 'electron';
import type { AppLocation } from './appLocation';
import { guardWebContents } from './security';

/** Mantine's gray-0: the window's colour before the page paints, so startup shows no white flash. */
const BACKGROUND = '#f8f9fa';

/** The one Casebook window, hardened per docs/architecture.md#security-defaults. It stays hidden until its first paint. */
export function createMainWindow(where: AppLocation): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Casebook',
    width: 1400,
    height: 900,
    minWidth: 1000,
    minHeight: 650,
    show: false,
    backgroundColor: BACKGROUND,
    webPreferences: {
      preload: where.preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false, // Chromium's spell-checker downloads dictionaries: Casebook never touches the network
      disableBlinkFeatures: 'Auxclick', // a middle-click cannot ask for a new window at all (window.open is denied anyway)
      devTools: !app.isPackaged,
    },
  });
  // Also applied through 'web-contents-created'; repeated here so the window is safe on its own.
  guardWebContents(window.webContents, where);
  window.once('ready-to-show', () => window.show());
  return window;
}

/** Loads the dev server's page when electron-vite serves one (unpackaged only), else the built page. */
export function loadApp(window: BrowserWindow, where: AppLocation): Promise<void> {
  return where.devServerUrl !== undefined ? window.loadURL(where.devServerUrl) : window.loadFile(where.rendererFile);
}
