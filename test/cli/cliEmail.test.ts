import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase } from '../../electron/core/db/openDatabase';
import { openCasebook } from '../../electron/core/openCasebook';
import { MINIMAL_EML, MINIMAL_EXCHANGE_LOG } from '../fixtures/emailFiles';
import { misdirectedMsg, receivedLabelledMsg } from '../fixtures/msgSamples';

const REPO = resolve(__dirname, '../..');
/** Each command starts Node and the core's worker thread, both loading TypeScript through tsx: seconds each on a busy machine. */
const CLI_TIMEOUT = 120_000;

describe('the casebook CLI for emails, gateway logs and block lists', { timeout: CLI_TIMEOUT }, () => {
  let caller: string;
  beforeAll(() => {
    caller = mkdtempSync(join(tmpdir(), 'casebook-cli-email-'));
    writeFileSync(join(caller, 'orders.eml'), MINIMAL_EML);
    writeFileSync(join(caller, 'Movement orders.msg'), misdirectedMsg());
    writeFileSync(join(caller, 'Crew list.msg'), receivedLabelledMsg());
    writeFileSync(join(caller, 'MSGTRK2023031409-1.LOG'), MINIMAL_EXCHANGE_LOG);
    writeFileSync(join(caller, 'not-an-email.eml'), 'shopping list\r\neggs\r\n');
    writeFileSync(join(caller, 'semicolons.csv'), 'Received;Sender address;Recipient address\n1;2;3\n');
    for (const db of ['cli.db', 'log.db', 'ref.db', 'aware.db', 'dup.db', 'msg.db']) closeDatabase(openCasebook(join(caller, db)));
  });
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

  it('prints a Postfix access map for the named domains without any register', () => {
    const r = casebook('lookalikes', 'army.mil', '--format', 'postfix');
    expect(r.status, r.stderr).toBe(0);
    const entries = r.stdout.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(entries.some((e) => e.startsWith('army.ml\tREJECT Lookalike of army.mil'))).toBe(true);
    expect(entries.every((e) => /^[a-z0-9.-]+\tREJECT /.test(e))).toBe(true);
  });

  it('writes the CSV to --out, relative to the caller’s folder', () => {
    const r = casebook('lookalikes', 'mod.gov.uk', '--format', 'csv', '--out', 'block.csv');
    expect(r.status, r.stderr).toBe(0);
    expect(r.json()).toEqual({ path: join(caller, 'block.csv') });
    expect(readFileSync(join(caller, 'block.csv'), 'utf8')).toContain('mod.gov.uj');
  });

  it('refuses an unknown format or option with a usage error (exit 2)', () => {
    expect(casebook('lookalikes', 'army.mil', '--format', 'bind').status).toBe(2);
    expect(casebook('import-eml', 'orders.eml', '--db', 'x.db', '--format', 'pdf').status).toBe(2);
  });

  it('imports an .eml as a new incident of the proposed kind, then refuses a file that is not an email', () => {
    const ok = casebook('import-eml', 'orders.eml', '--db', 'cli.db', '--plain', '--actor', 'CLI Officer', '--aware-at', 'now');
    expect(ok.status, ok.stderr).toBe(0);
    const [first] = ok.json().imported as { ok: boolean; reference: string; created: boolean }[];
    expect(first).toMatchObject({ ok: true, created: true, reference: expect.stringMatching(/^INC-\d{4}-0001$/) });

    const bad = casebook('import-eml', 'not-an-email.eml', '--db', 'cli.db', '--plain', '--actor', 'CLI Officer', '--aware-at', '2026-11-27T08:00Z');
    expect(bad.status).toBe(1);
    expect(bad.error()).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('not-an-email.eml') });
  });

  it('imports Outlook .msg files with import-email, the label’s marking kept as the material’s; the same email as .eml is then refused', () => {
    const args = ['--db', 'msg.db', '--plain', '--actor', 'CLI Officer', '--aware-at', '2026-11-27T08:00Z'];
    const r = casebook('import-email', 'Movement orders.msg', 'Crew list.msg', ...args);
    expect(r.status, r.stderr).toBe(0);
    const imported = r.json().imported as { ok: boolean; file: string; created: boolean; partiesLinked: number }[];
    expect(imported.map((i) => [i.file, i.ok, i.created, i.partiesLinked])).toEqual([
      ['Movement orders.msg', true, true, 4],
      ['Crew list.msg', true, true, 3],
    ]);
    const db = openCasebook(join(caller, 'msg.db'));
    try {
      expect(
        db
          .prepare<[], { m: string | null }>('SELECT material_marking AS m FROM incidents ORDER BY reference')
          .all()
          .map((i) => i.m),
      ).toEqual([null, 'OFFICIAL-SENSITIVE']);
      expect(
        db
          .prepare<[], { t: string }>('SELECT media_type AS t FROM evidence ORDER BY seq')
          .all()
          .map((e) => e.t),
      ).toEqual(['application/vnd.ms-outlook', 'application/vnd.ms-outlook']);
    } finally {
      closeDatabase(db);
    }
    // orders.eml carries the Message-ID of Movement orders.msg: one email, refused as a second incident by the old name too.
    const twin = casebook('import-eml', 'orders.eml', ...args);
    expect(twin.status).toBe(1);
    expect(twin.error()).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('the same Message-ID') });
  });

  it('refuses the same email as a second incident, naming the one that holds it; into that incident it is already attached', () => {
    const args = ['--db', 'dup.db', '--plain', '--actor', 'CLI Officer'];
    const first = casebook('import-eml', 'orders.eml', ...args, '--aware-at', 'now');
    expect(first.status, first.stderr).toBe(0);
    const { reference } = (first.json().imported as { reference: string }[])[0]!;
    const again = casebook('import-eml', 'orders.eml', ...args, '--aware-at', 'now');
    expect(again.status).toBe(1);
    expect(again.error()).toMatchObject({ code: 'CONFLICT', holder: { reference } });
    const into = casebook('import-eml', 'orders.eml', ...args, '--incident', reference);
    expect(into.status, into.stderr).toBe(0);
    expect(into.json().imported).toMatchObject([{ ok: true, reference, created: false, alreadyAttached: true }]);
  });

  it('imports a gateway log, detecting its format, and prints what it found', () => {
    const r = casebook('import-log', 'MSGTRK2023031409-1.LOG', '--db', 'log.db', '--plain', '--actor', 'CLI Officer', '--aware-at', '2026-11-27T08:00+00:00');
    expect(r.status, r.stderr).toBe(0);
    const result = r.json() as { rowCount: number; groups: { domain: string; lookalikeOf: string }[] };
    expect(result.groups.map((g) => g.domain).sort()).toEqual(['army.ml', 'navy.ml']);
  });

  it('refuses a log it cannot read, without --format, with the core’s own message naming the file', () => {
    const r = casebook('import-log', 'semicolons.csv', '--db', 'log.db', '--plain', '--actor', 'CLI Officer', '--aware-at', 'now');
    expect(r.status, r.stderr).toBe(1);
    expect(r.error()).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/^semicolons\.csv, line 1: the columns are separated by semicolons/) });
    expect(r.error().message).not.toContain('--format must be one of');
  });

  it('never starts the 72-hour clock unasked: an import of new incidents without --aware-at, or with a time it cannot read, is a usage error naming it', () => {
    for (const args of [
      ['import-eml', 'orders.eml'],
      ['import-log', 'MSGTRK2023031409-1.LOG'],
      ['import-eml', 'orders.eml', '--aware-at', '27/11/2026 08:00'],
      ['import-eml', 'orders.eml', '--aware-at', '2026-11-27T08:00'],
    ]) {
      const r = casebook(...args, '--db', 'aware.db', '--plain', '--actor', 'CLI Officer');
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('--aware-at');
    }
  });

  it('answers NOT_FOUND for an incident reference that does not exist', () => {
    const r = casebook('import-eml', 'orders.eml', '--db', 'ref.db', '--plain', '--actor', 'CLI Officer', '--incident', 'INC-2026-9999');
    expect(r.status).toBe(1);
    expect(r.error().code).toBe('NOT_FOUND');
  });
});
