import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      lib: { entry: resolve(__dirname, 'electron/main/index.ts') },
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
    plugins: [react()],
    build: {
      minify: true,
      // One desktop bundle loaded from disk, never over a network: the dashboard's chart is split out already.
      chunkSizeWarningLimit: 1000,
      rolldownOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
