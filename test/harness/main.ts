import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { DEFAULT_RENDERER_DIR, startHarness } from './server';

/**
 * `npm run web -- [--db PATH] [--port N] [--no-build] [--plain]`: builds the renderer, then serves it with the
 * core over HTTP, through the vault as the app does (setup, login, lock, an encrypted register); --plain opens
 * the register directly, unencrypted, with nobody to log in. Prints one line
 * `Casebook: http://127.0.0.1:PORT/?token=TOKEN` once listening.
 */
function parse(argv: string[]) {
  let db = 'casebook-web.db';
  let port = 5178;
  let build = true;
  let vault = true;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--db' && argv[i + 1]) db = argv[++i]!;
    else if (arg === '--port' && argv[i + 1] && /^\d+$/.test(argv[i + 1]!) && Number(argv[i + 1]) < 65536) port = Number(argv[++i]);
    else if (arg === '--no-build') build = false;
    else if (arg === '--plain') vault = false;
    else throw new Error(`Unknown or incomplete option ${arg}. Usage: npm run web -- [--db PATH] [--port N] [--no-build] [--plain]`);
  }
  const base = process.env.INIT_CWD ?? process.cwd();
  return { db: isAbsolute(db) ? db : resolve(base, db), port, build, vault };
}

async function main() {
  const options = parse(process.argv.slice(2));
  if (options.build || !existsSync(join(DEFAULT_RENDERER_DIR, 'index.html'))) {
    const root = resolve(__dirname, '../..');
    const built = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (built.status !== 0) throw new Error('Building the renderer failed (see above).');
  }
  const harness = await startHarness({ dbFile: options.db, port: options.port, vault: options.vault });
  process.stdout.write(`Casebook: ${harness.url}\n`);
  const stop = () => void harness.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
