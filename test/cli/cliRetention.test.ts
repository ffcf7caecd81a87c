import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase } from '../../electron/core/db/openDatabase';
import { openCasebook } from '../../electron/core/openCasebook';
import { createCore } from '../fixtures/core';
import { minimalIncident } from '../fixtures/db';

const REPO = resolve(__dirname, '../..');
const CLI_TIMEOUT = 240_000;

describe('retention from the CLI', { timeout: CLI_TIMEOUT }, () => {
  let caller: string;
  let reference: string;
  let partyId: string;
  beforeEach(() => {
    caller = mkdtempSync(join(tmpdir(), 'casebook-cli-retention-'));
    const db = openCasebook(join(caller, 'casebook.db'));
    const core = createCore(db, { actor: () => 'Priya Raman', log: { error: () => {}, info: () => {} } });
    const value = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }) => {
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value;
    };
    const incident = value(
      core.call('incidents:create', minimalIncident({ title: 'Papers about Mira Castellanos left on a train', kind: 'lost_document', details: {} })),
    );
    partyId = value(
      core.call('involvements:link', {
        incidentId: incident.id,
        party: { new: { name: 'Mira Castellanos' } },
        involvement: { roles: ['data_subject'], dataCategories: ['health'] },
      }),
    ).party.id;
    const current = value(core.call('incidents:get', { id: incident.id })).incident;
    value(core.call('incidents:transition', { id: incident.id, version: current.version, to: 'closed', reason: 'Recovered.', outcome: 'near_miss' }));
    reference = incident.reference;
    closeDatabase(db);
  });
  afterEach(() => rmSync(caller, { recursive: true, force: true }));

  function casebook(input: unknown, ...args: string[]) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', '--db', 'casebook.db', '--plain', ...args], {
      cwd: REPO,
      env: { ...process.env, INIT_CWD: caller },
      encoding: 'utf8',
      timeout: 90_000,
      input: input === undefined ? '' : JSON.stringify(input),
    });
    return { status: r.status, stderr: r.stderr, json: () => JSON.parse(r.stdout) as Record<string, unknown> };
  }

  it('lists what is due, proposes an erasure by one account, refuses its confirmation by the same, and confirms it by a second', () => {
    expect(casebook(undefined, 'retention', 'list').json()).toMatchObject({ count: 0, scheduleConfirmed: false });

    const preview = casebook(undefined, 'erase', '--incident', reference, '--actor', 'Olu Officer');
    expect(preview.status).toBe(2);
    expect(preview.stderr).toMatch(/Nothing was done/);
    expect((preview.json().preview as { label: string }).label).toBe(reference);

    const proposed = casebook(undefined, 'erase', '--incident', reference, '--yes', '--actor', 'Olu Officer');
    expect(proposed.status, proposed.stderr).toBe(0);
    const id = proposed.json().id as string;
    const own = casebook(undefined, 'erase', '--confirm', id, '--yes', '--actor', 'Olu Officer');
    expect(own.status).toBe(1);
    expect(JSON.parse(own.stderr).error.code).toBe('FORBIDDEN');
    const confirmed = casebook(undefined, 'erase', '--confirm', id, '--yes', '--actor', 'Priya Raman');
    expect(confirmed.status, confirmed.stderr).toBe(0);
    expect(confirmed.json().counts).toMatchObject({ people: 1 });

    const sar = casebook(undefined, 'sar', '--party', partyId, '--out', 'sar.json');
    expect(sar.status, sar.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(caller, 'sar.json'), 'utf8')).person.name).toBe('[erased]');
    expect(casebook(undefined, 'verify').json()).toMatchObject({ ok: true });
  });

  it('takes a hold’s reason on stdin, never in argv, and lifts it', () => {
    const refused = casebook(undefined, 'hold', '--party', partyId, '--reason', 'A claim');
    expect(refused.status).toBe(2);
    const held = casebook({ reason: 'A claim by the person' }, 'hold', '--party', partyId, '--input', '-');
    expect(held.status, held.stderr).toBe(0);
    expect(held.json()).toMatchObject({ reason: 'A claim by the person', subject: { type: 'party', id: partyId } });
    const released = casebook(undefined, 'release', '--hold', held.json().id as string);
    expect(released.json()).toEqual({ released: true });
  });
});
