import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase } from '../../electron/core/db/openDatabase';
import { openCasebook } from '../../electron/core/openCasebook';
import { minimalIncident } from '../fixtures/db';

const REPO = resolve(__dirname, '../..');
const CLI_TIMEOUT = 120_000;

/** Issue 14 §3: `import-people`, the people of a spreadsheet linked to an incident from the command line. */
describe('the casebook CLI’s import-people', { timeout: CLI_TIMEOUT }, () => {
  let caller: string;
  let reference: string;
  const DB = ['--db', 'cli.db', '--plain', '--actor', 'CLI Officer'];
  beforeAll(() => {
    caller = mkdtempSync(join(tmpdir(), 'casebook-cli-people-'));
    writeFileSync(join(caller, 'people.csv'), 'Name,Email\nJo Harper,jo@example.org\nSam Okoro,sam@example.org\n');
    writeFileSync(join(caller, 'problems.csv'), 'Name,Email\nJo Harper,jo@\nSam Okoro,sam@example.org\n');
    writeFileSync(join(caller, 'incident.json'), JSON.stringify(minimalIncident()));
    closeDatabase(openCasebook(join(caller, 'cli.db')));
    const created = casebook('api', 'incidents:create', '--input', 'incident.json', ...DB);
    expect(created.status, created.stderr).toBe(0);
    reference = created.json().reference as string;
  }, CLI_TIMEOUT);
  afterAll(() => rmSync(caller, { recursive: true, force: true }));

  function casebook(...args: string[]) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args], {
      cwd: REPO,
      env: { ...process.env, INIT_CWD: caller },
      encoding: 'utf8',
      timeout: 60_000,
    });
    return {
      ...r,
      json: () => JSON.parse(r.stdout) as Record<string, unknown>,
      error: () => (JSON.parse(r.stderr) as { error: { code: string; message: string } }).error,
    };
  }

  it('refuses a file with problem rows naming them, then imports the rest when told to leave them out', () => {
    const refused = casebook('import-people', 'problems.csv', ...DB, '--incident', reference);
    expect(refused.status).toBe(1);
    expect(refused.error().message).toContain('1 row of problems.csv has a problem (row 2; row 2: “jo@” is not an email address)');
    const r = casebook('import-people', 'problems.csv', ...DB, '--incident', reference, '--skip-problem-rows', '--categories', 'health', '--status', 'pending');
    expect(r.status, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ reference, linked: 1, partiesCreated: 1, skipped: 1, mapping: { name: 'Name', email: 'Email' } });
  });

  it('imports people, finding those already on the register by email', () => {
    const r = casebook('import-people', 'people.csv', ...DB, '--incident', reference, '--role', 'data_subject');
    expect(r.status, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ linked: 2, partiesCreated: 1, matched: 1, alreadyLinked: 1 });
  });

  it('refuses an unknown role or category as a usage error', () => {
    expect(casebook('import-people', 'people.csv', ...DB, '--incident', reference, '--role', 'victim').status).toBe(2);
    expect(casebook('import-people', 'people.csv', ...DB, '--incident', reference, '--categories', 'shoes').status).toBe(2);
  });
});
