import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The end-to-end journey runs in Debian's Chromium against the harness: slow to start, so it has its own config.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/e2e/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
