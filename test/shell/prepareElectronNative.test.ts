import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const script = resolve(__dirname, '../../scripts/prepareElectronNative.mjs');

/** Runs the script against a scratch app root (the build itself needs the network, so it is not run here). */
const prepare = (root: string) => spawnSync(process.execPath, [script, root], { encoding: 'utf8' });

describe('scripts/prepareElectronNative.mjs', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'casebook-native-test-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('does nothing when the driver for this Electron version is already built', () => {
    mkdirSync(join(root, 'node_modules', 'electron'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'electron', 'package.json'), JSON.stringify({ version: '45.5.0' }));
    mkdirSync(join(root, '.native', 'electron-45.5.0'), { recursive: true });
    writeFileSync(join(root, '.native', 'electron-45.5.0', 'better_sqlite3.node'), '');

    const run = prepare(root);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('already present');
  });

  it('fails with a clear message when Electron is not installed', () => {
    const run = prepare(root);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('Electron is not installed');
    expect(run.stderr).toContain('npm install');
  });
});
