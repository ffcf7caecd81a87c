import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appLocation } from '../../electron/main/appLocation';
import { createAppMenu } from '../../electron/main/menu';
import { createMainWindow, loadApp } from '../../electron/main/window';
import { electron, fakeEvent, resetStub, stub } from './electronStub';

vi.mock('electron', () => import('./electronStub').then((m) => m.electron));

const where = appLocation({ isPackaged: true, getAppPath: () => '/opt/Casebook/resources/app.asar' });

describe('appLocation', () => {
  it('points at electron-vite’s CommonJS preload and built page inside the app', () => {
    expect(where).toEqual({
      preloadFile: '/opt/Casebook/resources/app.asar/out/preload/index.js',
      rendererFile: '/opt/Casebook/resources/app.asar/out/renderer/index.html',
    });
  });

  it('honours the dev server URL only in an unpackaged app', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };
    expect(appLocation({ isPackaged: false, getAppPath: () => '/work/casebook' }, env).devServerUrl).toBe('http://localhost:5173');
    expect(appLocation({ isPackaged: true, getAppPath: () => '/work/casebook' }, env).devServerUrl).toBeUndefined();
  });
});

describe('createMainWindow', () => {
  beforeEach(resetStub);

  it('creates a hidden, hardened window with the built preload', () => {
    stub.isPackaged = true;
    const window = createMainWindow(where);
    expect(window).toBe(stub.windows[0]);
    const options = stub.windows[0]!.options;
    expect(options).toMatchObject({ title: 'Casebook', width: 1400, height: 900, minWidth: 1000, minHeight: 650, show: false });
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options.webPreferences).toEqual({
      preload: where.preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
  });

  it('allows DevTools only in an unpackaged app', () => {
    stub.isPackaged = false;
    createMainWindow(where);
    expect(stub.windows[0]!.options.webPreferences?.devTools).toBe(true);
  });

  it('shows the window on its first paint', () => {
    createMainWindow(where);
    const window = stub.windows[0]!;
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('prevents navigation to the web and denies window.open', () => {
    createMainWindow(where);
    const contents = stub.windows[0]!.webContents;
    const away = fakeEvent('https://example.com');
    contents.emit('will-navigate', away, away.url);
    expect(away.defaultPrevented).toBe(true);
    const redirect = fakeEvent('https://example.com/login');
    contents.emit('will-redirect', redirect, redirect.url);
    expect(redirect.defaultPrevented).toBe(true);
    const reload = fakeEvent(pathToFileURL(where.rendererFile).href);
    contents.emit('will-navigate', reload, reload.url);
    expect(reload.defaultPrevented).toBe(false);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });
});

describe('loadApp', () => {
  beforeEach(resetStub);

  it('loads the built page from its file', async () => {
    const window = createMainWindow(where);
    await loadApp(window, where);
    expect(stub.windows[0]!.loadFile).toHaveBeenCalledWith(where.rendererFile);
    expect(stub.windows[0]!.loadURL).not.toHaveBeenCalled();
  });

  it('loads the dev server page when there is one', async () => {
    const dev = { ...where, devServerUrl: 'http://localhost:5173' };
    const window = createMainWindow(dev);
    await loadApp(window, dev);
    expect(stub.windows[0]!.loadURL).toHaveBeenCalledWith('http://localhost:5173');
    expect(stub.windows[0]!.loadFile).not.toHaveBeenCalled();
  });
});

describe('createAppMenu', () => {
  beforeEach(resetStub);

  type Item = { role?: string; label?: string; click?: unknown; submenu?: Item[] };
  const items = (template: Item[]): Item[] => template.flatMap((item) => [item, ...items(item.submenu ?? [])]);

  it('replaces the default menu with built-in roles only: no Help links, no click handlers', () => {
    createAppMenu(false);
    const all = items(stub.menuTemplate as Item[]);
    expect(all.some((item) => item.click !== undefined)).toBe(false);
    expect(all.map((item) => item.role)).not.toContain('help');
    expect(all.map((item) => item.role)).not.toContain('toggleDevTools');
    expect(electron.Menu.buildFromTemplate).toHaveBeenCalledOnce();
  });

  it('offers reload and DevTools in development', () => {
    createAppMenu(true);
    expect(items(stub.menuTemplate as Item[]).map((item) => item.role)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });
});
