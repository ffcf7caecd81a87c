import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DENSE_MATCHES, listSql } from '../../../electron/core/incidents/incidentList';
import { contract } from '../../../shared/contract';
import type { TestCasebook } from '../../fixtures/db';
import { FILTERS, observePlans, populatedRegister, SORTS } from '../planHelpers';

/**
 * The register picks its plan from the number of matches (incidentList.ts): many matches are walked in
 * sort-index order, few are fetched and sorted. Both plans must show the same page.
 */
describe('the register page plan, chosen by the number of matches', () => {
  let cb: TestCasebook;
  beforeAll(() => {
    cb = populatedRegister();
    cb.db.exec('ANALYZE');
  });
  afterAll(() => cb.close());

  const filters = { ...FILTERS, 'text "army.ml"': { text: 'army.ml' }, 'text and kind': { text: 'email', kinds: ['misdirected_email'] } };
  const cases = SORTS.flatMap(([field, direction]) => Object.entries(filters).map(([name, filter]) => [field, direction, name, filter] as const));

  it.each(cases)('sorted by %s %s, filtered by %s: the sparse and the dense plan give the same rows', (field, direction, _name, filter) => {
    const input = contract['incidents:list'].input.parse({ filter, sort: { field, direction }, limit: 25 });
    const run = (matches: number) => {
      const { sql, params } = listSql(input, false, matches);
      return cb.db.prepare(sql).all({ ...params, limit: 25 });
    };
    expect(run(0)).toEqual(run(Number.POSITIVE_INFINITY));
  });

  it('fetches and sorts a handful of matches instead of walking the whole sort index', () => {
    const plans = observePlans(cb.db, () => void cb.ok('incidents:list', { filter: { statuses: ['closed'] }, sort: { field: 'title', direction: 'asc' } }));
    const page = plans.find((p) => p.sql.includes('ORDER BY'))!;
    expect(page.sql).not.toContain('INDEXED BY');
    expect(page.plan.join(' | ')).toMatch(/SEARCH incidents USING (COVERING )?INDEX incidents_by_status \(status=\?/);
  });

  it('walks the sort index when matches are many', () => {
    const input = contract['incidents:list'].input.parse({ filter: { kinds: ['other'] }, sort: { field: 'title', direction: 'asc' } });
    const { sql } = listSql(input, false, DENSE_MATCHES + 1);
    expect(sql).toContain('INDEXED BY incidents_by_title');
  });

  it('counts a text-only search in the search index, and the whole register without a WHERE', () => {
    const text = contract['incidents:list'].input.parse({ filter: { text: 'army.ml' } });
    expect(listSql(text, false).countSql).toContain('FROM incident_search WHERE incident_search MATCH');
    const all = contract['incidents:list'].input.parse({});
    expect(listSql(all, false).countSql).toBe('SELECT count(*) AS n FROM incidents');
    expect(cb.ok('incidents:list', { filter: { text: 'army.ml' } }).total).toBe(80);
  });
});
