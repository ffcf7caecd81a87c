import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allPages } from '../../fixtures/builders';
import { createTestCasebook, type TestCasebook } from '../../fixtures/db';
import { observePlans } from '../planHelpers';

/**
 * Party search walks the name index when matches are dense (more than 2,000 and more than 1/64 of all
 * parties) and fetches and sorts them otherwise (partyService.ts). Both must list every match once, by name.
 */
describe('parties:search at both densities', () => {
  let cb: TestCasebook;
  const patels: string[] = [];
  beforeAll(() => {
    cb = createTestCasebook({ memory: true });
    for (let i = 0; i < 2100; i += 1) {
      const name = `Patel ${String.fromCharCode(65 + (i % 26))}${(i * 7919) % 2100}`;
      patels.push(name);
      cb.ok('parties:create', { name });
    }
    for (let i = 0; i < 30; i += 1) cb.ok('parties:create', { name: `Zed Rare ${i}`, organisation: 'Mali Dili' });
    cb.db.exec('ANALYZE');
  });
  afterAll(() => cb.close());

  const byName = (a: string, b: string) => {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  };

  it('lists every one of 2,100 matches exactly once, in name order, reading the name index', () => {
    const plans = observePlans(cb.db, () => void cb.ok('parties:search', { text: 'patel', limit: 50 }));
    expect(plans.some((p) => p.sql.includes('INDEXED BY parties_by_name'))).toBe(true);
    const names = allPages((cursor) => cb.ok('parties:search', { text: 'patel', limit: 200, cursor })).map((p) => p.name);
    expect(names).toEqual([...patels].sort(byName));
  });

  it('fetches a few matches and sorts them, without walking the name index', () => {
    const plans = observePlans(cb.db, () => void cb.ok('parties:search', { text: 'mali dili', limit: 50 }));
    expect(plans.some((p) => p.sql.includes('INDEXED BY'))).toBe(false);
    const names = allPages((cursor) => cb.ok('parties:search', { text: 'mali dili', limit: 7, cursor })).map((p) => p.name);
    expect(names).toEqual(Array.from({ length: 30 }, (_, i) => `Zed Rare ${i}`).sort(byName));
  });
});
