#!/usr/bin/env node
/**
 * Prepares the SQLite driver for Electron's ABI, run by `npm start` before the build.
 *
 * `npm test` runs under Node and needs node_modules' driver built for Node; Electron needs one built for
 * its own ABI. Rather than rebuilding node_modules at every switch (~90 s), this builds a second copy
 * once into `.native/electron-<version>/better_sqlite3.node`, which electron/main/database.ts passes to
 * the driver as `nativeBinding`. node_modules is never touched: the build happens in a temporary copy.
 *
 * Usage: node scripts/prepareElectronNative.mjs [appRoot]   (appRoot defaults to this repository)
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const DRIVER = 'better-sqlite3-multiple-ciphers';
const BINARY = 'better_sqlite3.node';
const ADVICE = [
  'Building the database driver for Electron needs internet access (to fetch a prebuilt driver or',
  "Electron's headers), and Node 22.12 or newer for Electron's tooling. Without a prebuilt driver it",
  'also needs a C++ toolchain and Python (see https://github.com/nodejs/node-gyp#installation).',
  'Nothing in node_modules was changed: `npm test` still works.',
].join('\n');

/** A missing `npm install`, where the build advice would mislead. */
class NotInstalled extends Error {}

const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..'));

try {
  const version = electronVersion();
  const target = join(root, '.native', `electron-${version}`, BINARY);
  if (existsSync(target)) {
    console.log(`prepareElectronNative: the driver for Electron ${version} is already present (${relative(root, target)}).`);
  } else {
    console.log(`prepareElectronNative: building the database driver for Electron ${version}; this happens once.`);
    build(version, target);
    console.log(`prepareElectronNative: wrote ${relative(root, target)}.`);
  }
} catch (error) {
  const advice = error instanceof NotInstalled ? '' : `\n\n${ADVICE}`;
  console.error(`prepareElectronNative: ${error instanceof Error ? error.message : String(error)}${advice}`);
  process.exit(1);
}

function electronVersion() {
  const manifest = join(root, 'node_modules', 'electron', 'package.json');
  if (!existsSync(manifest)) throw new NotInstalled(`Electron is not installed in ${root} (run "npm install").`);
  return JSON.parse(readFileSync(manifest, 'utf8')).version;
}

/** Builds in a temporary copy of the driver, then moves the result into place in one rename. */
function build(version, target) {
  const source = join(root, 'node_modules', DRIVER);
  if (!existsSync(join(source, 'package.json'))) throw new NotInstalled(`${DRIVER} is not installed in ${root} (run "npm install").`);
  const work = mkdtempSync(join(tmpdir(), 'casebook-native-'));
  try {
    const copy = join(work, DRIVER);
    // The copy leaves out build/, which holds the Node build that `npm test` loads.
    cpSync(source, copy, { recursive: true, filter: (file) => relative(source, file).split(sep)[0] !== 'build' });
    if (!downloadPrebuilt(copy, version)) compile(copy, version);
    const built = join(copy, 'build', 'Release', BINARY);
    if (!existsSync(built)) throw new Error(`the build finished but produced no ${BINARY}.`);
    mkdirSync(dirname(target), { recursive: true });
    const partial = `${target}.partial`;
    copyFileSync(built, partial);
    renameSync(partial, target);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The driver's own first choice (its install script): a prebuilt binary for this runtime, if the network allows. */
function downloadPrebuilt(copy, version) {
  const prebuildInstall = resolveFrom(root, 'prebuild-install/bin.js');
  if (!prebuildInstall) return false;
  console.log('prepareElectronNative: trying a prebuilt driver…');
  return run(copy, [prebuildInstall, '--runtime', 'electron', '--target', version, '--arch', process.arch]);
}

/** Compiles against Electron's headers, kept in their own cache so Node's headers are left alone. */
function compile(copy, version) {
  const nodeGyp = resolveFrom(root, 'node-gyp/bin/node-gyp.js') ?? process.env.npm_config_node_gyp ?? npmBundledNodeGyp();
  if (!nodeGyp) throw new Error('node-gyp was not found (it ships with npm; is npm installed?).');
  console.log("prepareElectronNative: no prebuilt driver; compiling against Electron's headers…");
  const ok = run(copy, [
    nodeGyp,
    'rebuild',
    '--release',
    `--target=${version}`,
    `--arch=${process.arch}`,
    '--dist-url=https://electronjs.org/headers',
    `--devdir=${join(homedir(), '.electron-gyp')}`,
  ]);
  if (!ok) throw new Error(`compiling ${DRIVER} for Electron ${version} failed (see the output above).`);
}

function run(cwd, args) {
  return spawnSync(process.execPath, args, { cwd, stdio: 'inherit' }).status === 0;
}

function resolveFrom(directory, request) {
  try {
    return createRequire(join(directory, 'package.json')).resolve(request);
  } catch {
    return undefined;
  }
}

/** npm carries node-gyp in its own node_modules; `npm_execpath` points into npm when run by `npm start`. */
function npmBundledNodeGyp() {
  const npmCli = process.env.npm_execpath;
  if (!npmCli) return undefined;
  const candidate = join(dirname(npmCli), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  return existsSync(candidate) ? candidate : undefined;
}
