import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { App } from 'electron';
import { startCore, type CoreClient } from '../core/host/coreClient';

type AppPaths = Pick<App, 'isPackaged' | 'getAppPath' | 'getPath'>;

/** The register file in the officer's profile; backups go beside it, never over it. */
export function registerFile(app: Pick<App, 'getPath'>): string {
  return join(app.getPath('userData'), 'casebook.db');
}

/**
 * The SQLite driver's `.node` file for Electron's ABI in a development checkout, written by
 * scripts/prepareElectronNative.mjs so that node_modules keeps the build `npm test` needs (docs/stack.md#two-native-builds).
 * Undefined means the driver's default: a packaged app, whose driver electron-builder rebuilt for Electron.
 */
export function electronNativeBinding(
  app: Pick<App, 'isPackaged' | 'getAppPath'>,
  electronVersion: string | undefined = process.versions.electron,
  exists: (file: string) => boolean = existsSync,
): string | undefined {
  if (app.isPackaged || !electronVersion) return undefined;
  const file = join(app.getAppPath(), '.native', `electron-${electronVersion}`, 'better_sqlite3.node');
  return exists(file) ? file : undefined;
}

/**
 * The report fonts: copied beside the app's resources when packaged (electron-builder extraResources),
 * read from the source tree in a development checkout.
 */
export function reportFontsDir(app: Pick<App, 'isPackaged' | 'getAppPath'>, resourcesPath: string = process.resourcesPath): string {
  return app.isPackaged ? join(resourcesPath, 'fonts') : join(app.getAppPath(), 'electron', 'core', 'reports', 'fonts');
}

/**
 * The core's worker with the vault over the register in the officer's profile: locked (or in first-run
 * setup) until someone logs in; the register is opened, migrated and backed up before migration at login.
 */
export function startAppCore(app: AppPaths): Promise<CoreClient> {
  const nativeBinding = electronNativeBinding(app);
  return startCore({
    file: registerFile(app),
    backupDir: join(app.getPath('userData'), 'backups'),
    fontsDir: reportFontsDir(app),
    ...(nativeBinding ? { nativeBinding } : {}),
  });
}
