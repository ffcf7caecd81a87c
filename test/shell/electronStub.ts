/**
 * A recording stand-in for the `electron` module (the binary cannot run on our machines). It records
 * what the shell asks of Electron — window options, IPC registrations, session handlers, app and
 * webContents listeners — and lets tests fire the events Electron would.
 *
 * Use: `vi.mock('electron', () => import('./electronStub').then((m) => m.electron))`, then import this
 * module in the test for `stub`. After `vi.resetModules()`, import both again.
 */
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  /** Calls every listener for `event` as Electron would. */
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => unknown)(...args);
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

export type WindowOpenHandler = (details: { url: string }) => { action: string };

export class FakeWebContents extends Emitter {
  windowOpenHandler: WindowOpenHandler | undefined;
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
}

/** An Electron-style event whose `preventDefault` is recorded. */
export function fakeEvent(url = ''): { url: string; defaultPrevented: boolean; preventDefault(): void } {
  return {
    url,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export const stub = {
  /** Every recorded call in order, e.g. 'app.on:web-contents-created', 'new BrowserWindow'. */
  sequence: [] as string[],
  isPackaged: false,
  appPath: '/opt/Casebook/resources/app.asar',
  userData: '/tmp/casebook-user-data',
  singleInstance: true,
  dialogResponse: 0,
  /** What the next native save dialog answers: cancelled, or a chosen path. */
  saveDialogResult: { canceled: true, filePath: '' } as { canceled: boolean; filePath: string },
  /** What the next native open dialog answers: cancelled, or the chosen paths. */
  openDialogResult: { canceled: true, filePaths: [] } as { canceled: boolean; filePaths: string[] },
  windows: [] as FakeBrowserWindow[],
  ipcHandlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  menuTemplate: undefined as unknown,
  exposed: new Map<string, unknown>(),
  /** Listeners the preload subscribed with ipcRenderer.on. */
  rendererListeners: [] as { channel: string; listener: (...args: unknown[]) => void }[],
  beforeRequest: undefined as ((details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void) | undefined,
  headersReceived: undefined as
    | ((details: { url: string; responseHeaders?: Record<string, string[]> }, callback: (response: { responseHeaders?: Record<string, string[]> }) => void) => void)
    | undefined,
  permissionRequest: undefined as ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined,
  permissionCheck: undefined as ((contents: unknown, permission: string) => boolean) | undefined,
  spellChecker: undefined as boolean | undefined,
};

export class FakeBrowserWindow extends Emitter {
  readonly webContents = new FakeWebContents();
  readonly show = vi.fn();
  readonly destroy = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly isMinimized = vi.fn(() => false);
  readonly loadURL = vi.fn((_url: string) => Promise.resolve());
  readonly loadFile = vi.fn((_file: string) => Promise.resolve());
  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return stub.windows.find((w) => w.webContents === contents) ?? null;
  }
  constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
    super();
    stub.sequence.push('new BrowserWindow');
    stub.windows.push(this);
  }
}

class FakeApp extends Emitter {
  get isPackaged(): boolean {
    return stub.isPackaged;
  }
  readonly getAppPath = () => stub.appPath;
  readonly getPath = (name: string) => (name === 'userData' ? stub.userData : `/tmp/${name}`);
  readonly getVersion = () => '0.1.0';
  readonly requestSingleInstanceLock = vi.fn(() => stub.singleInstance);
  readonly enableSandbox = vi.fn();
  readonly whenReady = vi.fn(() => Promise.resolve());
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  override on(event: string, listener: Listener): this {
    stub.sequence.push(`app.on:${event}`);
    return super.on(event, listener);
  }
}
const app = new FakeApp();

/** Electron's power monitor: tests fire 'lock-screen' or 'suspend' and set the system idle time. */
class FakePowerMonitor extends Emitter {
  idleSeconds = 0;
  readonly getSystemIdleTime = vi.fn(() => this.idleSeconds);
}
const powerMonitor = new FakePowerMonitor();

export const electron = {
  app,
  powerMonitor,
  BrowserWindow: FakeBrowserWindow,
  ipcMain: {
    handle: vi.fn((channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
      // Electron refuses a second handler for one channel; so does the stub.
      if (stub.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      stub.ipcHandlers.set(channel, handler);
    }),
    on: vi.fn(),
    once: vi.fn(),
    handleOnce: vi.fn(),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler: typeof stub.permissionRequest) => (stub.permissionRequest = handler),
      setPermissionCheckHandler: (handler: typeof stub.permissionCheck) => (stub.permissionCheck = handler),
      setSpellCheckerEnabled: (enabled: boolean) => (stub.spellChecker = enabled),
      webRequest: {
        onBeforeRequest: (listener: typeof stub.beforeRequest) => (stub.beforeRequest = listener),
        onHeadersReceived: (listener: typeof stub.headersReceived) => (stub.headersReceived = listener),
      },
    },
  },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown) => {
      stub.menuTemplate = template;
      return { template };
    }),
    setApplicationMenu: vi.fn(),
  },
  dialog: {
    showMessageBox: vi.fn(() => Promise.resolve({ response: stub.dialogResponse, checkboxChecked: false })),
    showSaveDialog: vi.fn((..._args: unknown[]) => Promise.resolve({ ...stub.saveDialogResult })),
    showOpenDialog: vi.fn((..._args: unknown[]) => Promise.resolve({ ...stub.openDialogResult })),
  },
  clipboard: { writeText: vi.fn() },
  shell: { openExternal: vi.fn() },
  contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => stub.exposed.set(key, api)) },
  ipcRenderer: {
    invoke: vi.fn((_channel: string, ..._args: unknown[]): Promise<unknown> => Promise.resolve({ ok: true, value: null })),
    on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => void stub.rendererListeners.push({ channel, listener })),
    removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      stub.rendererListeners = stub.rendererListeners.filter((l) => l.channel !== channel || l.listener !== listener);
    }),
  },
};

/** Forgets everything recorded, for a fresh start in the next test. */
export function resetStub(): void {
  Object.assign(stub, {
    sequence: [],
    isPackaged: false,
    singleInstance: true,
    dialogResponse: 0,
    saveDialogResult: { canceled: true, filePath: '' },
    openDialogResult: { canceled: true, filePaths: [] },
    windows: [],
    menuTemplate: undefined,
    beforeRequest: undefined,
    headersReceived: undefined,
    permissionRequest: undefined,
    permissionCheck: undefined,
    spellChecker: undefined,
    rendererListeners: [],
  });
  stub.ipcHandlers.clear();
  stub.exposed.clear();
  app.listeners.clear();
  powerMonitor.listeners.clear();
  powerMonitor.idleSeconds = 0;
  vi.clearAllMocks();
}

/** The shape of an IPC invoke event, with the sender frame at `url` (or no frame at all). */
export function invokeEvent(url: string | null): { senderFrame: { url: string } | null } {
  return { senderFrame: url === null ? null : { url } };
}
