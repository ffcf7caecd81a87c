import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/openDatabase';
import { createTestCasebook, minimalIncident, type TestCasebook } from '../fixtures/db';

/** Every SQL text an operation prepares, captured by wrapping the handle's prepare. */
function preparedBy(db: Db, run: () => void): string[] {
  const seen = new Set<string>();
  const prepare = db.prepare.bind(db);
  const spy = ((sql: string) => {
    seen.add(sql);
    return prepare(sql);
  }) as Db['prepare'];
  Object.assign(db, { prepare: spy });
  try {
    run();
  } finally {
    Object.assign(db, { prepare });
  }
  return [...seen];
}

/** The query plan of one statement, its parameters bound to placeholders. */
function plan(db: Db, sql: string): string[] {
  const names = [...new Set([...sql.matchAll(/@(\w+)/g)].map((m) => m[1]!))];
  const statement = db.prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`);
  const rows = names.length ? statement.all(Object.fromEntries(names.map((n) => [n, 'x']))) : statement.all(...Array<string>((sql.match(/\?/g) ?? []).length).fill('x'));
  return rows.map((r) => r.detail);
}

/** Full scans of a table (the CTEs and json_each over the caller's own list are fine). */
const tableScans = (lines: string[]) => lines.filter((l) => /^SCAN /.test(l) && !/^SCAN (json_each|w|wanted|appearances)\b/.test(l));

describe('related incidents and lookalike counts read by index', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook({ memory: true });
  });
  afterEach(() => cb.close());

  it('never scans a whole table, however large the register', () => {
    const a = cb.ok('incidents:create', minimalIncident());
    const b = cb.ok('incidents:create', minimalIncident());
    cb.ok('involvements:link', { incidentId: a.id, party: { new: { name: 'Ops', email: 'ops@army.ml' } }, involvement: { roles: ['unintended_recipient'] } });
    cb.ok('involvements:link', { incidentId: b.id, party: { new: { name: 'Cell', email: 'cell@army.ml' } }, involvement: { roles: ['unintended_recipient'] } });
    const statements = preparedBy(cb.db, () => {
      expect(cb.ok('incidents:related', { incidentId: a.id }).groups.map((g) => g.basis)).toEqual(['domain', 'sender']);
      cb.ok('lookalikes:generate', { domains: ['army.mil'] });
    });
    expect(statements.length).toBeGreaterThan(5);
    for (const sql of statements) expect(tableScans(plan(cb.db, sql)), sql).toEqual([]);
  });
});
