import { afterEach, describe, expect, it } from 'vitest';
import { createTestCasebook, minimalIncident, type TestCasebook } from '../fixtures/db';

describe('a fresh Casebook', () => {
  let cb: TestCasebook;
  afterEach(() => cb.close());

  it('records an incident with the first reference of the year and finds it by a recipient domain', () => {
    cb = createTestCasebook();
    const created = cb.ok('incidents:create', minimalIncident());
    expect(created.reference).toBe('INC-2026-0001');
    const found = cb.ok('incidents:list', { filter: { text: 'army.ml' } });
    expect(found.items.map((i) => i.id)).toEqual([created.id]);
    expect(cb.ok('incidents:list', { filter: { text: 'navy.ml' } }).total).toBe(0);
  });
});
