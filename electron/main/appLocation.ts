import { join } from 'node:path';
import type { App } from 'electron';

/** Where the built app lives, and the Vite dev server when one is in use. */
export type AppLocation = {
  /** Set by `electron-vite dev`; honoured only in an unpackaged app, so an installed Casebook cannot be pointed at a web page. */
  devServerUrl?: string;
  /** The built renderer page (electron-vite's `out/renderer/index.html`). */
  rendererFile: string;
  /** The built preload: CommonJS `index.js`, because package.json has no `"type": "module"`. */
  preloadFile: string;
};

export function appLocation(app: Pick<App, 'isPackaged' | 'getAppPath'>, env: NodeJS.ProcessEnv = process.env): AppLocation {
  const root = app.getAppPath();
  const devServerUrl = app.isPackaged ? undefined : env.ELECTRON_RENDERER_URL;
  return {
    rendererFile: join(root, 'out', 'renderer', 'index.html'),
    preloadFile: join(root, 'out', 'preload', 'index.js'),
    ...(devServerUrl ? { devServerUrl } : {}),
  };
}
