import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const STORES = join(__dirname, '../../renderer/src/stores');

/**
 * The lock must forget every store: a store added later and left out of resetAllStores would keep its
 * records in memory behind the lock screen. The auth store is the one exception: it is what shows the lock.
 */
describe('the lock’s reset', () => {
  it('resets every store there is, each to its exported initial state', () => {
    const reset = readFileSync(join(STORES, 'resetStores.ts'), 'utf8');
    const stores = readdirSync(STORES).filter((f) => /^use\w+Store\.ts$/.test(f) && f !== 'useAuthStore.ts');
    expect(stores.length).toBeGreaterThan(10);
    for (const file of stores) {
      const name = file.replace(/\.ts$/, '');
      const initial = /export const (initial\w+State)\b/.exec(readFileSync(join(STORES, file), 'utf8'))?.[1];
      expect(initial, `${file} exports no initial…State`).toBeDefined();
      expect(reset, `${name} is not reset on lock`).toContain(`[${name}, ${initial}]`);
    }
  });
});
