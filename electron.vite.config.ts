import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY, CSP_PLACEHOLDER } from './shared/csp';

/** Writes the one Content-Security-Policy (shared/csp.ts) into index.html's `<meta>`; a page without the placeholder fails the build. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'casebook-csp',
    transformIndexHtml(html) {
      if (!html.includes(CSP_PLACEHOLDER)) throw new Error(`index.html must carry ${CSP_PLACEHOLDER} where the Content-Security-Policy goes`);
      return html.replaceAll(CSP_PLACEHOLDER, CONTENT_SECURITY_POLICY);
    },
  };
}

export default defineConfig({
  main: {
    build: {
      // The core's worker (coreWorker.js) is built beside main, which starts it from its own folder.
      lib: {
        entry: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          coreWorker: resolve(__dirname, 'electron/core/host/coreWorker.ts'),
        },
      },
    },
  },
  preload: {
    // A sandboxed preload can require only 'electron': bundle everything else into one CommonJS file.
    build: {
      lib: { entry: resolve(__dirname, 'electron/preload/index.ts') },
      externalizeDeps: false,
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), contentSecurityPolicy()],
    build: {
      minify: true,
      // One desktop bundle loaded from disk, never over a network: the dashboard's chart is split out already.
      chunkSizeWarningLimit: 1000,
      rolldownOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
