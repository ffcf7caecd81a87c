import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase } from '../../electron/core/db/openDatabase';
import { openCasebook } from '../../electron/core/openCasebook';

const REPO = resolve(__dirname, '../..');
/** Each command starts Node and the core's worker thread, both loading TypeScript through tsx: seconds each on a busy machine. */
const CLI_TIMEOUT = 120_000;

type Written = { files: { path: string; bytes: number }[] };

describe('the casebook CLI report command', { timeout: CLI_TIMEOUT }, () => {
  let caller: string;
  const casebook = (...args: string[]) => fed(undefined, ...args);
  /** The same with the report's text options piped on stdin (`--input -`). */
  const fed = (input: unknown, ...args: string[]) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args, '--db', 'casebook.db', '--plain', '--actor', 'A. Morgan'], {
      cwd: REPO,
      env: { ...process.env, INIT_CWD: caller },
      encoding: 'utf8',
      timeout: 60_000,
      input: input === undefined ? '' : JSON.stringify(input),
    });
    return { status: r.status, stderr: r.stderr, json: () => JSON.parse(r.stdout) as Written };
  };
  const head = (path: string, n: number) => readFileSync(path).subarray(0, n).toString('latin1');

  beforeAll(() => {
    caller = mkdtempSync(join(tmpdir(), 'casebook-cli-report-'));
    closeDatabase(openCasebook(join(caller, 'casebook.db')));
    expect(casebook('demo').status).toBe(0);
  }, CLI_TIMEOUT);
  afterAll(() => rmSync(caller, { recursive: true, force: true }));

  it('writes a briefing as PDF and prints the file and its size', () => {
    const r = fed(
      { lines: 'We are in touch with the supplier.' },
      'report',
      'briefing',
      '--incident',
      'INC-2026-0001',
      '--format',
      'pdf',
      '--out',
      'briefing.pdf',
      '--input',
      '-',
    );
    expect(r.status, r.stderr).toBe(0);
    const { files } = r.json();
    expect(files).toEqual([{ path: join(caller, 'briefing.pdf'), bytes: expect.any(Number) }]);
    expect(head(files[0]!.path, 5)).toBe('%PDF-');
    expect(readFileSync(files[0]!.path).length).toBe(files[0]!.bytes);
  });

  it('writes the regulator draft as Word and the register as Excel and CSV (zips and text)', () => {
    const docx = casebook('report', 'regulator', '--incident', 'INC-2026-0001', '--format', 'docx', '--out', 'ico.docx');
    expect(docx.status, docx.stderr).toBe(0);
    expect(head(docx.json().files[0]!.path, 2)).toBe('PK');
    const xlsx = casebook('report', 'register', '--format', 'xlsx', '--status', 'closed,investigating', '--out', 'register.xlsx');
    expect(xlsx.status, xlsx.stderr).toBe(0);
    expect(head(xlsx.json().files[0]!.path, 2)).toBe('PK');
    const csv = casebook('report', 'register', '--format', 'csv', '--out', 'register.csv');
    expect(csv.status, csv.stderr).toBe(0);
    expect(readFileSync(csv.json().files[0]!.path, 'utf8')).toContain('INC-2026-0001');
  });

  it('writes statistics for a period given in UK dates', () => {
    const r = casebook('report', 'statistics', '--from', '01/01/2020', '--to', '31/12/2026', '--format', 'pdf', '--out', 'stats.pdf');
    expect(r.status, r.stderr).toBe(0);
    expect(head(r.json().files[0]!.path, 5)).toBe('%PDF-');
  });

  it('refuses letters until --releasable confirms they may be released, writing nothing', () => {
    const r = casebook('report', 'letters', '--incident', 'INC-2026-0001', '--separate', '--out', 'unconfirmed');
    expect(r.status).toBe(1);
    const { error } = JSON.parse(r.stderr);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((i: { path: string }) => i.path)).toEqual(['request.releasableConfirmed']);
    expect(existsSync(join(caller, 'unconfirmed'))).toBe(false);
  });

  it('writes separate letters into a folder', () => {
    const r = casebook('report', 'letters', '--incident', 'INC-2026-0001', '--releasable', '--marking', 'OFFICIAL-SENSITIVE', '--separate', '--out', 'letters');
    expect(r.status, r.stderr).toBe(0);
    const { files } = r.json();
    expect(files.length).toBeGreaterThan(1);
    for (const f of files) {
      expect(f.path.startsWith(join(caller, 'letters'))).toBe(true);
      expect(head(f.path, 2)).toBe('PK');
    }
  });

  it('fails with NOT_FOUND for an unknown incident, and with a usage error for an unknown report', () => {
    const missing = casebook('report', 'briefing', '--incident', 'INC-1999-0001', '--out', 'x.pdf');
    expect(missing.status).toBe(1);
    expect(JSON.parse(missing.stderr).error.code).toBe('NOT_FOUND');
    expect(casebook('report', 'memoir').status).toBe(2);
    expect(casebook('api', 'session:get', '--format', 'pdf').status).toBe(2);
  });
});
