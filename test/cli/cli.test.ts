import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { plainRegisterKey } from '../../electron/core/audit/plainRegisterKey';
import { createContext } from '../../electron/core/context';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrate';
import { closeDatabase, openDatabase } from '../../electron/core/db/openDatabase';
import { DEMO_INCIDENTS } from '../../electron/core/demo/demoData';
import { setOfficer } from '../../electron/core/session/sessionService';
import { openCasebook } from '../../electron/core/openCasebook';
import { OPERATIONS } from '../../shared/contract/operationNames';
import { UNKNOWN_ID } from '../fixtures/builders';

const REPO = resolve(__dirname, '../..');
/** Each command starts Node and the core's worker thread, both loading TypeScript through tsx: seconds each on a busy machine. */
const CLI_TIMEOUT = 120_000;

type Run = { status: number | null; stdout: string; stderr: string; json: () => unknown; error: () => { code: string; message: string; issues?: unknown } };

describe('the casebook CLI', { timeout: CLI_TIMEOUT }, () => {
  let caller: string;
  beforeEach(() => {
    caller = mkdtempSync(join(tmpdir(), 'casebook-cli-'));
    closeDatabase(openCasebook(join(caller, 'casebook.db')));
  });
  afterEach(() => rmSync(caller, { recursive: true, force: true }));

  /** Runs the CLI as `npm run -s casebook` does: from the package root, with the caller's folder in INIT_CWD. */
  function casebook(...args: string[]): Run {
    return fed(undefined, ...args);
  }

  /** The same with `input` piped on stdin, as `api` takes its JSON. */
  function fed(input: unknown, ...args: string[]): Run {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args], {
      cwd: REPO,
      env: { ...process.env, INIT_CWD: caller },
      encoding: 'utf8',
      timeout: 60_000,
      input: input === undefined ? '' : typeof input === 'string' ? input : JSON.stringify(input),
    });
    return {
      status: r.status,
      stdout: r.stdout,
      stderr: r.stderr,
      json: () => JSON.parse(r.stdout) as unknown,
      error: () => (JSON.parse(r.stderr) as { error: { code: string; message: string; issues?: unknown } }).error,
    };
  }

  it('runs an operation and prints its result as JSON on stdout, exiting 0', () => {
    const r = casebook('api', 'session:get', '--db', 'casebook.db', '--plain');
    expect(r.status, r.stderr).toBe(0);
    expect(r.json()).toEqual({ officer: null, incidentCount: 0, demoIncidentCount: 0, schemaVersion: LATEST_SCHEMA_VERSION });
    expect(r.stderr).toBe('');
  });

  it('resolves a relative --db against the caller’s folder (INIT_CWD), not the package’s', () => {
    expect(casebook('setup', '--db', 'nested.db', '--plain').status).toBe(0);
    expect(existsSync(join(caller, 'nested.db'))).toBe(true);
    expect(existsSync(join(REPO, 'nested.db'))).toBe(false);
    expect(casebook('api', 'session:get', '--plain', `--db=${join(caller, 'casebook.db')}`).status).toBe(0);
  });

  it('refuses a missing register, creating nothing, and tells how to create one', () => {
    for (const args of [
      ['api', 'session:get'],
      ['demo', '--plain'],
      ['verify', '--account', 'Alex'],
      ['backup', caller, '--plain'],
    ]) {
      const r = casebook(...args, '--db', 'missing.db');
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.error()).toEqual({ code: 'NOT_FOUND', message: `No register at ${join(caller, 'missing.db')} — create one with setup.` });
    }
    expect(existsSync(join(caller, 'missing.db'))).toBe(false);
  });

  it('opens a plain register only when --plain names it, saying so', () => {
    const r = casebook('api', 'session:get', '--db', 'casebook.db');
    expect(r.status).toBe(2);
    expect(r.error().message).toMatch(/^The register at .* is plain \(unencrypted, no accounts\): pass --plain to open it/);
    expect(casebook('setup', '--db', 'casebook.db', '--plain').error().code).toBe('CONFLICT');
  });

  it('stops quietly when the reader closes the pipe early (EPIPE)', () => {
    // The operation list is larger than a pipe's buffer, so the CLI is still writing when head has gone.
    const cli = `${JSON.stringify(process.execPath)} --import tsx electron/cli/index.ts api list`;
    const r = spawnSync('bash', ['-c', `set -o pipefail; ${cli} | head -c 10`], {
      cwd: REPO,
      env: { ...process.env, INIT_CWD: caller },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('[\n  {\n    ');
  });

  it('reports a failed operation as {"error":{code,message}} on stderr and exits 1', () => {
    const r = fed({ id: UNKNOWN_ID }, 'api', 'incidents:get', '--db', 'casebook.db', '--plain');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.error()).toEqual({ code: 'NOT_FOUND', message: expect.any(String) });
  });

  it('reads api input from --input FILE or stdin, naming the source, line and column of malformed JSON', () => {
    writeFileSync(join(caller, 'party.json'), JSON.stringify({ name: 'Grace Okafor' }));
    const made = casebook('api', 'parties:create', '--input', 'party.json', '--db', 'casebook.db', '--plain', '--actor', 'Priya Raman');
    expect(made.status, made.stderr).toBe(0);
    expect(made.json()).toMatchObject({ name: 'Grace Okafor' });
    writeFileSync(join(caller, 'bad.json'), '{\n  "name": "x",\n  oops\n}');
    const bad = casebook('api', 'parties:create', '--input', 'bad.json', '--db', 'casebook.db', '--plain');
    expect(bad.status).toBe(2);
    expect(bad.error().message).toContain('--input bad.json is not valid JSON (line 3, column 3)');
    const piped = fed('{name: "x"}', 'api', 'parties:create', '--db', 'casebook.db', '--plain');
    expect(piped.status).toBe(2);
    expect(piped.error().message).toContain('the input on stdin is not valid JSON (line 1, column 2)');
  });

  it('reports invalid operation input with its field issues and exits 1', () => {
    const r = fed({ name: '', email: 'nope' }, 'api', 'parties:create', '--db', 'casebook.db', '--plain', '--actor', 'Priya Raman');
    expect(r.status).toBe(1);
    const error = r.error();
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'name' }), expect.objectContaining({ path: 'email' })]));
  });

  it.each([
    ['an unknown command', ['frobnicate', '--db', 'x.db']],
    ['an unknown operation', ['api', 'incidents:delete', '--db', 'x.db']],
    ['input on the command line', ['api', 'parties:create', '{"name":"Grace Okafor"}', '--db', 'x.db']],
    ['register text in a report option', ['report', 'register', '--text', 'Okafor', '--db', 'x.db']],
    ['a missing --db', ['api', 'session:get']],
    ['--db without a value', ['api', 'session:get', '--db']],
    ['an unknown option', ['api', 'session:get', '--db', 'x.db', '--force']],
  ])('exits 2 on a usage error: %s, with the error as JSON on stderr and no database created', (_what, args) => {
    const r = casebook(...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.error().code).toBe('INVALID_INPUT');
    expect(r.error().message).toMatch(/Usage:/);
    expect(existsSync(join(caller, 'x.db'))).toBe(false);
  });

  it('lists every contract operation with its input JSON schema, without needing a database', () => {
    const r = casebook('api', 'list');
    expect(r.status, r.stderr).toBe(0);
    type Schema = { type?: string; properties: object; oneOf?: Schema[]; anyOf?: Schema[] };
    const listed = r.json() as { operation: string; input: Schema }[];
    expect(listed.map((o) => o.operation)).toEqual([...OPERATIONS]);
    // An object, or (a report request) a choice between objects.
    const objectTypes = (s: Schema): string[] => (s.oneOf ?? s.anyOf)?.flatMap(objectTypes) ?? [s.type ?? 'none'];
    for (const o of listed) expect(new Set(objectTypes(o.input)), o.operation).toEqual(new Set(['object']));
    const create = listed.find((o) => o.operation === 'incidents:create')!;
    expect(Object.keys(create.input.properties)).toEqual(expect.arrayContaining(['title', 'kind', 'discoveredAt', 'details']));
  });

  it('loads the demo data, then verifies integrity and the audit chain with entry count and head hash, exiting 0', () => {
    const demo = casebook('demo', '--db', 'casebook.db', '--plain', '--actor', 'Priya Raman');
    expect(demo.status, demo.stderr).toBe(0);
    expect(demo.json()).toMatchObject({ incidents: DEMO_INCIDENTS.length });

    const verify = casebook('verify', '--db', 'casebook.db', '--plain');
    expect(verify.status, verify.stderr).toBe(0);
    const report = verify.json() as { ok: boolean; integrity: string; foreignKeyViolations: number; audit: { ok: boolean; entryCount: number; headHash: string } };
    const db = openDatabase(join(caller, 'casebook.db'), { readonly: true });
    const head = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get()!;
    closeDatabase(db);
    expect(report).toEqual({
      ok: true,
      integrity: 'ok',
      foreignKeyViolations: 0,
      audit: { ok: true, entryCount: head.seq, headHash: head.hash, firstBadSeq: null, problem: null },
    });
    expect(head.seq).toBeGreaterThan(DEMO_INCIDENTS.length);
  });

  it('exits 1 from verify once an audit entry has been tampered with, naming the entry', () => {
    expect(casebook('demo', '--db', 'casebook.db', '--plain', '--actor', 'Priya Raman').status).toBe(0);
    const db = openDatabase(join(caller, 'casebook.db'));
    db.exec(`DROP TRIGGER audit_log_no_update; UPDATE audit_log SET summary = 'Nothing to see' WHERE seq = 7;`);
    closeDatabase(db);
    const r = casebook('verify', '--db', 'casebook.db', '--plain');
    expect(r.status).toBe(1);
    expect(r.json()).toMatchObject({ ok: false, integrity: 'ok', audit: { ok: false, firstBadSeq: 7 } });
  });

  it('attributes writes to --actor, and otherwise to the officer recorded in the database', () => {
    const named = fed({ name: 'Grace Okafor' }, 'api', 'parties:create', '--db', 'casebook.db', '--plain', '--actor', 'Priya Raman');
    expect(named.status, named.stderr).toBe(0);
    const recorded = openDatabase(join(caller, 'casebook.db'));
    // The plain register signs its writes with its own key (docs/audit-format.md); so does this one.
    setOfficer(createContext(recorded, plainRegisterKey(join(caller, 'casebook.db'))), { name: 'Claire Ashdown', businessUnit: '' });
    closeDatabase(recorded);
    expect(fed({ name: 'Rajesh Menon' }, 'api', 'parties:create', '--db', 'casebook.db', '--plain').status).toBe(0);
    const db = openDatabase(join(caller, 'casebook.db'), { readonly: true });
    const actors = db.prepare(`SELECT action, actor FROM audit_log ORDER BY seq`).all();
    closeDatabase(db);
    expect(actors).toEqual([
      // The register's first signed write marks where signatures begin (docs/audit-format.md).
      { action: 'audit.format_changed', actor: 'Priya Raman' },
      { action: 'party.created', actor: 'Priya Raman' },
      { action: 'settings.officer_set', actor: 'Claire Ashdown' },
      { action: 'party.created', actor: 'Claire Ashdown' },
    ]);
  });

  it('refuses a database from a newer build with exit 1, leaving it untouched', () => {
    const file = join(caller, 'future.db');
    const db = openDatabase(file);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 10}`);
    closeDatabase(db);
    const r = casebook('api', 'session:get', '--db', 'future.db', '--plain');
    expect(r.status).toBe(1);
    expect(r.error().message).toMatch(/newer Casebook/);
    const after = openDatabase(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 10);
    closeDatabase(after);
  });
});
