import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { schemaVersion } from '../../electron/core/db/migrate';
import { closeDatabase, openDatabase } from '../../electron/core/db/openDatabase';
import { electronNativeBinding } from '../../electron/main/database';
import { SHELL_CHANNELS } from '../../shared/contract/shell';
import { OPERATIONS } from '../../shared/contract/operationNames';

const appPath = '/opt/Casebook/resources/app.asar';
const admin = { name: 'Alex Admin', password: 'granite kettle orchard lantern 42' };
const trusted = { senderFrame: { url: pathToFileURL(join(appPath, 'out/renderer/index.html')).href } };

let userData: string;
let stubModule: typeof import('./electronStub');

/**
 * Loads electron/main/index.ts afresh, as Electron would at launch, against a fresh stub. (doMock after
 * resetModules: a hoisted vi.mock would keep handing out the first launch's stub.)
 */
async function launch(configure: (stub: (typeof stubModule)['stub']) => void = () => undefined) {
  vi.resetModules();
  stubModule = await import('./electronStub');
  const { electron } = stubModule;
  vi.doMock('electron', () => electron);
  stubModule.resetStub();
  Object.assign(stubModule.stub, { isPackaged: true, appPath, userData });
  // Electron defines process.resourcesPath (where packaged extra resources such as the report fonts live); Node does not.
  Object.defineProperty(process, 'resourcesPath', { value: '/opt/Casebook/resources', configurable: true, writable: true });
  configure(stubModule.stub);
  await import('../../electron/main/index');
  return stubModule;
}

/** Waits for the window to load: after the core's worker has started (seconds, under tsx on a busy machine). */
const shown = (stub: (typeof stubModule)['stub']) => vi.waitFor(() => expect(stub.windows[0]?.loadFile).toHaveBeenCalled(), { timeout: 30_000 });

/** Quits as Electron does: 'will-quit', which main defers until the core's worker has closed the register. */
async function quit() {
  const { electron } = stubModule;
  const quits = electron.app.quit.mock.calls.length;
  const event = stubModule.fakeEvent();
  electron.app.emit('will-quit', event);
  if (event.defaultPrevented) await vi.waitFor(() => expect(electron.app.quit.mock.calls.length).toBeGreaterThan(quits), { timeout: 30_000 });
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('main process lifecycle', { timeout: 90_000 }, () => {
  beforeEach(() => {
    userData = mkdtempSync(join(tmpdir(), 'casebook-main-'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(async () => {
    await quit();
    rmSync(userData, { recursive: true, force: true });
  });

  it('quits at once when another Casebook holds the single-instance lock', async () => {
    const { electron, stub } = await launch((s) => (s.singleInstance = false));
    expect(electron.app.quit).toHaveBeenCalledOnce();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(stub.windows).toHaveLength(0);
    expect(stub.ipcHandlers.size).toBe(0);
  });

  it('opens the vault (first-run setup), registers the operations and shows the window, guards first', async () => {
    const { electron, stub } = await launch();
    await shown(stub);

    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(stub.sequence.indexOf('app.on:web-contents-created')).toBeLessThan(stub.sequence.indexOf('new BrowserWindow'));
    expect(stub.permissionRequest).toBeDefined();
    expect(stub.beforeRequest).toBeDefined();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    expect([...stub.ipcHandlers.keys()].sort()).toEqual([...OPERATIONS, ...SHELL_CHANNELS].sort());
    expect(stub.windows[0]!.loadFile).toHaveBeenCalledWith(join(appPath, 'out/renderer/index.html'));
    expect(await stub.ipcHandlers.get('auth:status')!(trusted, {})).toMatchObject({ ok: true, value: { state: 'setup' } });
    expect(await stub.ipcHandlers.get('session:get')!(trusted, {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(existsSync(join(userData, 'casebook.db'))).toBe(false);
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('sets up an encrypted register, and locks when the OS locks the screen or suspends', async () => {
    const { electron, stub } = await launch();
    await shown(stub);
    const call = (operation: string, input: unknown = {}) => stub.ipcHandlers.get(operation)!(trusted, input) as Promise<{ ok: boolean; value?: { state: string } }>;
    expect((await call('auth:setup', admin)).value).toMatchObject({ state: 'unlocked' });
    expect(readFileSync(join(userData, 'casebook.db')).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    for (const event of ['lock-screen', 'suspend']) {
      electron.powerMonitor.emit(event);
      // The lock travels over the same port ahead of the status request, so it is answered first.
      expect((await call('auth:status')).value).toMatchObject({ state: 'locked' });
      expect((await call('auth:login', admin)).value).toMatchObject({ state: 'unlocked' });
    }
  });

  it('quits when the last window closes, and closes the register on quit', async () => {
    const { electron, stub } = await launch();
    await shown(stub);
    await stub.ipcHandlers.get('auth:setup')!(trusted, admin);
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalled();

    // Closing the last connection checkpoints WAL and removes the -wal file.
    expect(existsSync(join(userData, 'casebook.db-wal'))).toBe(true);
    await quit();
    expect(existsSync(join(userData, 'casebook.db-wal'))).toBe(false);
  });

  it('focuses the open window when a second launch is attempted', async () => {
    const { electron, stub } = await launch();
    await shown(stub);
    electron.app.emit('second-instance');
    expect(stub.windows[0]!.focus).toHaveBeenCalled();
  });

  describe('with a register written by a newer Casebook', () => {
    let register: string;
    beforeEach(() => {
      register = join(userData, 'casebook.db');
      const db = openDatabase(register);
      db.pragma('user_version = 9999');
      closeDatabase(db);
    });

    it('refuses to set up over it, saying so, and leaves the file untouched', async () => {
      const before = sha256(register);
      const { electron, stub } = await launch();
      await shown(stub);
      const result = await stub.ipcHandlers.get('auth:setup')!(trusted, admin);
      expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('newer Casebook') } });
      expect(sha256(register)).toBe(before);
      expect(existsSync(join(userData, 'casebook.db.keys'))).toBe(false);
      expect(existsSync(join(userData, 'backups')) ? readdirSync(join(userData, 'backups')) : []).toEqual([]);
      expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
      const db = openDatabase(register);
      expect(schemaVersion(db)).toBe(9999);
      closeDatabase(db);
    });
  });
});

describe('electronNativeBinding', () => {
  const dev = { isPackaged: false, getAppPath: () => '/work/casebook' };
  const expected = join('/work/casebook', '.native', 'electron-45.5.0', 'better_sqlite3.node');

  it('uses the Electron build in .native when running unpackaged and it exists', () => {
    expect(electronNativeBinding(dev, '45.5.0', (file) => file === expected)).toBe(expected);
  });

  it('falls back to the driver’s default when the file is missing, under plain Node, or packaged', () => {
    expect(electronNativeBinding(dev, '45.5.0', () => false)).toBeUndefined();
    expect(electronNativeBinding(dev, undefined, () => true)).toBeUndefined();
    expect(electronNativeBinding({ ...dev, isPackaged: true }, '45.5.0', () => true)).toBeUndefined();
  });
});
