/**
 * Regressions: each test failed against the first core (filtered pages sorted in a temp b-tree, parties
 * paged by a table-wide rowid scan, the email check scanning every party, details erased by a bare kind,
 * a stray "duplicate of" dropped silently, an incomplete closure checklist, CLI usage and backup gaps)
 * and passes since the fix.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { closeDatabase, openDatabase } from '../../electron/core/db/openDatabase';
import { missingForBreachClosure } from '../../shared/domain/workflow';
import { expectFailure, incidentAt, issuePaths } from '../fixtures/builders';
import { contentFingerprint, createTestCasebook, minimalIncident, type TestCasebook } from '../fixtures/db';
import { buildWorld } from './operationCases';
import { expectedIndex, FILTERS, observePlans, populatedRegister, registerPlan, SORTS } from './planHelpers';

describe('index-backed lists (ARCHITECTURE.md: every list the UI shows is paginated and index-backed)', () => {
  let cb: TestCasebook;
  beforeAll(() => {
    cb = populatedRegister();
    const w = buildWorld(cb);
    for (let i = 0; i < 30; i += 1) {
      cb.ok('involvements:link', { incidentId: w.open.id, party: { new: { name: `Recipient ${i}` } }, involvement: { roles: ['unintended_recipient'] } });
    }
    cb.db.exec('ANALYZE');
  });
  afterAll(() => cb.close());

  const filtered = SORTS.flatMap(([field, direction]) =>
    Object.entries(FILTERS)
      .filter(([name]) => name !== 'no filter')
      .flatMap(([name, filter]) => [false, true].map((withCursor) => [field, direction, name, withCursor, filter] as const)),
  );

  it.each(filtered)(
    'reads the register sorted by %s %s, filtered by %s (later page: %s), in its sort index order with no temp b-tree',
    (field, direction, _name, withCursor, filter) => {
      const lines = registerPlan(cb.db, field, direction, filter, withCursor);
      const text = lines.join(' | ');
      expect(text).toContain(`INDEX ${expectedIndex(field)}`);
      expect(text).not.toContain('TEMP B-TREE');
    },
  );

  it("pages an incident's parties through an index on the incident, in link order, with no temp b-tree and no table-wide rowid scan", () => {
    const incidentId = cb.ok('incidents:list', { filter: { text: 'Recipient' } }).items[0]!.id;
    const first = observePlans(cb.db, () => void cb.ok('involvements:list', { incidentId, limit: 10 }));
    const cursor = cb.ok('involvements:list', { incidentId, limit: 10 }).nextCursor;
    const next = observePlans(cb.db, () => void cb.ok('involvements:list', { incidentId, limit: 10, cursor }));
    const plans = [...first, ...next].filter((p) => /FROM involvements v (INDEXED BY \w+ )?WHERE v\.incident_id/.test(p.sql));
    expect(plans).toHaveLength(2);
    for (const { plan } of plans) {
      expect(plan[0]).toMatch(/^SEARCH v USING (COVERING )?INDEX \w+ \(incident_id=\?/);
      expect(plan.join(' | ')).not.toContain('TEMP B-TREE');
    }
  });

  it('checks a new party’s address for duplicates through the parties_by_email index, not a scan of every party', () => {
    const plans = observePlans(cb.db, () => void cb.ok('parties:create', { name: 'Index probe', email: 'index.probe@example.gov.uk' }));
    const lookup = plans.filter((p) => /FROM parties WHERE email = \?/.test(p.sql));
    expect(lookup.length).toBeGreaterThan(0);
    for (const { plan } of lookup) expect(plan.join(' | ')).toMatch(/USING (COVERING )?INDEX parties_by_email/);
  });
});

describe('incidents:update', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook({ memory: true });
  });
  afterEach(() => cb.close());

  it('does not silently erase the details when the unchanged kind is sent without them', () => {
    const created = cb.ok('incidents:create', minimalIncident());
    const result = cb.core.call('incidents:update', { id: created.id, version: 1, patch: { kind: created.kind } });
    // Either refuse (details must travel with the kind) or keep them; erasing them is data loss.
    if (result.ok) expect(result.value.details).toEqual(created.details);
    else expect(result.error.code).toBe('INVALID_INPUT');
  });
});

describe('incidents:transition', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook({ memory: true });
  });
  afterEach(() => cb.close());

  it('refuses "duplicate of" on a closure whose outcome is not duplicate, instead of dropping it', () => {
    const incident = incidentAt(cb, 'triage');
    const before = contentFingerprint(cb.db);
    const error = expectFailure(
      cb.core.call('incidents:transition', {
        id: incident.id,
        version: incident.version,
        to: 'closed',
        reason: 'Nothing left our control',
        outcome: 'near_miss',
        duplicateOf: 'INC-2099-0042',
      }),
      'INVALID_INPUT',
    );
    expect(issuePaths(error)).toEqual(['duplicateOf']);
    expect(contentFingerprint(cb.db)).toBe(before);
  });
});

describe('missingForBreachClosure', () => {
  it('lists both the Art. 34 ground and its rationale when people are not told and neither is recorded', () => {
    const missing = missingForBreachClosure({
      discoveredAt: Date.UTC(2026, 10, 26),
      severityBand: 'low',
      dataCategories: ['basic_identifiers'],
      likelyConsequences: 'Unwanted contact.',
      regulatorDelayReason: '',
      regulatorNotify: false,
      regulatorRationale: 'Low risk.',
      regulatorNotifiedAt: null,
      icoReference: '',
      subjectsNotify: false,
      subjectsRationale: '',
      subjectsExemption: null,
      rootCause: 'Autocomplete.',
      lessons: 'Block .ml.',
    });
    expect(missing).toEqual([expect.stringMatching(/Art\. 34 ground/), expect.stringMatching(/rationale for not telling/i)]);
  });
});

describe('the casebook CLI', () => {
  let caller: string;
  beforeEach(() => {
    caller = mkdtempSync(join(tmpdir(), 'casebook-cli-bugs-'));
  });
  afterEach(() => rmSync(caller, { recursive: true, force: true }));

  const casebook = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args], {
      cwd: resolve(__dirname, '../..'),
      env: { ...process.env, INIT_CWD: caller },
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('reports a missing command as a usage error in the {"error":…} shape on stderr', () => {
    const r = casebook();
    expect(r.status).toBe(2);
    expect((JSON.parse(r.stderr) as { error: { code: string } }).error.code).toBe('INVALID_INPUT');
  });

  it('copies an older database aside before migrating it (ARCHITECTURE.md: VACUUM INTO before a migration)', () => {
    const file = join(caller, 'older.db');
    const db = openDatabase(file);
    migrate(db, [{ version: 5, name: 'earlier', sql: 'CREATE TABLE earlier_notes (x TEXT) STRICT;' }]);
    closeDatabase(db);
    expect(casebook('api', 'session:get', '--db', 'older.db', '--plain').status).toBe(0);
    const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
    const copiesAtVersion5 = files(caller)
      .filter((f) => f !== file && f.endsWith('.db'))
      .filter((f) => {
        const copy = openDatabase(f, { readonly: true });
        const version = copy.pragma('user_version', { simple: true });
        closeDatabase(copy);
        return version === 5;
      });
    expect(copiesAtVersion5).toHaveLength(1);
  });
});
