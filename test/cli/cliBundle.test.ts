import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrate';
import { closeDatabase } from '../../electron/core/db/openDatabase';
import { openCasebook } from '../../electron/core/openCasebook';
import { OPERATIONS } from '../../shared/contract/operationNames';

const REPO = resolve(__dirname, '../..');
const BIN = join(REPO, 'bin', 'casebook.js');
/** The built CLI starts in a fraction of a second, but the machine may be busy with other suites. */
const CLI_TIMEOUT = 60_000;

/*
 * The command as officers run it: `node bin/casebook.js …`, which runs the esbuild bundle in out/cli/
 * (`npm run build`, and `npm test` before this suite) rather than the TypeScript. The other CLI suites run
 * the source through tsx; this one shows the bundle is whole: its own worker beside it, the SQLite
 * driver's native build found, the report fonts found.
 */
describe('the built casebook CLI (bin/casebook.js)', { timeout: CLI_TIMEOUT }, () => {
  let caller: string;
  const run = (bin: string, input: unknown, ...args: string[]) => {
    const r = spawnSync(process.execPath, [bin, ...args], {
      cwd: REPO,
      env: { ...process.env, INIT_CWD: caller },
      encoding: 'utf8',
      timeout: CLI_TIMEOUT,
      input: input === undefined ? '' : JSON.stringify(input),
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) as unknown };
  };
  const casebook = (...args: string[]) => run(BIN, undefined, ...args);
  const onRegister = (...args: string[]) => [...args, '--db', 'casebook.db', '--plain', '--actor', 'A. Morgan'];

  beforeAll(() => {
    caller = mkdtempSync(join(tmpdir(), 'casebook-cli-bundle-'));
    closeDatabase(openCasebook(join(caller, 'casebook.db')));
  });
  afterAll(() => rmSync(caller, { recursive: true, force: true }));

  it('prints its usage for help, exiting 0', () => {
    const r = casebook('help');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('Usage: node bin/casebook.js <command> --db PATH --account NAME');
    expect(r.stdout).toBe('');
  });

  it('lists every operation of the contract with its input schema for api list', () => {
    const r = casebook('api', 'list');
    expect(r.status, r.stderr).toBe(0);
    const listed = r.json() as { operation: string; input: { type?: string } }[];
    expect(listed.map((o) => o.operation)).toEqual([...OPERATIONS]);
    expect(listed.every((o) => typeof o.input === 'object')).toBe(true);
  });

  it('runs an operation with its JSON input on stdin in the bundled worker, over the real register', () => {
    const r = run(BIN, { kinds: [] }, ...onRegister('api', 'session:get'));
    // session:get takes no fields: the bundled worker's contract refuses the stray one, naming it.
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stderr)).toMatchObject({ error: { code: 'INVALID_INPUT', issues: [{ path: 'kinds' }] } });
    const ok = run(BIN, {}, ...onRegister('api', 'session:get'));
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.json()).toEqual({ officer: null, incidentCount: 0, demoIncidentCount: 0, schemaVersion: LATEST_SCHEMA_VERSION });
  });

  it('writes a briefing PDF, finding the report fonts beside the bundled worker', () => {
    expect(casebook(...onRegister('demo')).status).toBe(0);
    const r = run(
      BIN,
      { lines: 'We are in touch with the supplier.' },
      ...onRegister('report', 'briefing', '--incident', 'INC-2026-0001', '--format', 'pdf', '--out', 'b.pdf', '--input', '-'),
    );
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(caller, 'b.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('says how to build it when the build is missing, and does nothing else', () => {
    const checkout = join(caller, 'unbuilt');
    mkdirSync(join(checkout, 'bin'), { recursive: true });
    copyFileSync(BIN, join(checkout, 'bin', 'casebook.js'));
    const r = run(join(checkout, 'bin', 'casebook.js'), undefined, 'setup', '--db', 'new.db', '--plain');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(r.stderr)).toEqual({
      error: { code: 'INTERNAL', message: `Casebook’s command line is not built: run npm run build in ${checkout}, then try again.` },
    });
    expect(existsSync(join(caller, 'new.db'))).toBe(false);
  });

  it('is left out of the packaged app, which has no use for it', () => {
    const files = readFileSync(join(REPO, 'electron-builder.yml'), 'utf8')
      .split(/^files:$/m)[1]!
      .split(/^\S/m)[0]!;
    expect(files).toMatch(/^ {2}- out\/\*\*$/m);
    expect(files).toMatch(/^ {2}- '!out\/cli\/\*\*'$/m);
  });
});
