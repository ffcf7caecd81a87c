import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Script } from 'node:vm';
import { resolveConfig } from 'electron-vite';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

const repo = resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { main: string; dependencies: Record<string, string> };

/** Every `require("…")` in a CommonJS bundle. */
const requires = (code: string) => [...code.matchAll(/\brequire\((["'`])([^"'`]+)\1\)/g)].map((m) => m[2]!);

/**
 * Builds main and preload with the project's own electron.vite.config.ts into a temporary folder (the
 * renderer is built and tested separately, and out/ may be in use by others).
 */
describe('electron-vite build of main and preload', () => {
  let out: string;
  let preload: string;
  let main: string;
  let worker: string;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'casebook-build-'));
    const { config } = await resolveConfig(
      { configFile: join(repo, 'electron.vite.config.ts'), root: repo, build: { outDir: out, emptyOutDir: true }, logLevel: 'warn' },
      'build',
      'production',
    );
    await build(config!.main!);
    await build(config!.preload!);
    preload = readFileSync(join(out, 'preload', 'index.js'), 'utf8');
    main = readFileSync(join(out, 'main', 'index.js'), 'utf8');
    worker = readFileSync(join(out, 'main', 'coreWorker.js'), 'utf8');
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes the preload as CommonJS index.js, where the window looks for it, and main where package.json points', () => {
    expect(pkg.main).toBe('out/main/index.js');
    expect(preload).toContain('exposeInMainWorld');
  });

  it('produces a preload that parses as a plain script and requires only electron', () => {
    expect(() => new Script(preload)).not.toThrow();
    expect(new Set(requires(preload))).toEqual(new Set(['electron']));
  });

  it('keeps zod and the schemas out of the preload', () => {
    // Comments survive (no minification), so look for zod's code, not its name.
    expect(preload).not.toMatch(/ZodError|safeParse|\$Zod|jitless/);
    expect(preload).not.toMatch(/ipcRenderer\.(send|sendSync)\b/);
  });

  it('listens on exactly one channel, the core events', () => {
    const subscriptions = [...preload.matchAll(/ipcRenderer\.on\(([^,]+),/g)].map((m) => m[1]);
    expect(subscriptions).toHaveLength(1);
    expect(preload).toMatch(new RegExp(`${subscriptions[0]!.trim()}\\s*=\\s*"casebook:event"`));
  });

  it('produces main and the core’s worker beside it, requiring only electron, Node built-ins, declared dependencies and their shared chunks', () => {
    const allowed = new Set(['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`), ...Object.keys(pkg.dependencies)]);
    const outside = (code: string) => requires(code).filter((name) => !allowed.has(name) && !/^\.\/[\w.-]+\.js$/.test(name));
    for (const bundle of [main, worker]) {
      expect(() => new Script(bundle)).not.toThrow();
      expect(outside(bundle)).toEqual([]);
    }
    // The database lives in the worker: main's thread never opens it.
    expect(requires(worker)).toContain('better-sqlite3-multiple-ciphers');
    expect(requires(main)).not.toContain('better-sqlite3-multiple-ciphers');
    expect(main).toMatch(/"coreWorker\.js"/);
  });

  it('never calls shell.openExternal', () => {
    expect(main).not.toMatch(/openExternal\s*\(/);
    expect(preload).not.toMatch(/openExternal\s*\(/);
  });
});

describe('electron-vite build of the renderer page', () => {
  let out: string;
  let html: string;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'casebook-build-renderer-'));
    const { config } = await resolveConfig(
      { configFile: join(repo, 'electron.vite.config.ts'), root: repo, build: { outDir: out, emptyOutDir: true }, logLevel: 'warn' },
      'build',
      'production',
    );
    await build(config!.renderer!);
    html = readFileSync(join(out, 'renderer', 'index.html'), 'utf8');
  }, 180_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('carries exactly the one Content-Security-Policy from shared/csp.ts, and no other', () => {
    const policies = [...html.matchAll(/http-equiv="Content-Security-Policy"\s+content="([^"]*)"/g)].map((m) => m[1]);
    expect(policies).toEqual([CONTENT_SECURITY_POLICY]);
    expect(html).not.toContain('%CASEBOOK_CSP%');
  });
});
