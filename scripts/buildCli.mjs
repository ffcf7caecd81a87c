#!/usr/bin/env node
// `npm run build:cli` (and `npm run build`, `npm test`, `npm run bench`): bundles the command line into
// out/cli/ with esbuild, so `node bin/casebook.js` starts without compiling TypeScript on every run.
// Two files, as Electron's build has them: casebook.js, and coreWorker.js beside it, where startCore looks
// for the worker of a built host. The SQLite driver always stays in node_modules, where its native build is.
import { cpSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'out', 'cli');
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' };

// A file left from an earlier layout must not be taken for part of this build.
rmSync(outdir, { recursive: true, force: true });
await Promise.all([
  // The host is our code and zod: one file, because loading zod's hundred small files costs a tenth of the start.
  build({ ...common, entryPoints: { casebook: join(root, 'electron/cli/index.ts') }, outdir, external: ['better-sqlite3-multiple-ciphers'] }),
  // The worker keeps its packages in node_modules, as the app's main build does, so the report and import
  // libraries find their own files beside them.
  build({ ...common, entryPoints: { coreWorker: join(root, 'electron/core/host/coreWorker.ts') }, outdir, packages: 'external' }),
]);
// The core looks for the report fonts beside its own file when the host names no folder.
cpSync(join(root, 'electron/core/reports/fonts'), join(outdir, 'reports', 'fonts'), { recursive: true });
