/**
 * Keys a finger slips onto, for the three layouts British and NATO-partner staff type on. Each layout
 * is its four rows as printed, with the stagger of each row in key widths; neighbours are worked out
 * from the geometry (same row ±1, and any key on the row above or below whose centre is within three
 * quarters of a key), so a layout is written once, as it looks, rather than as a hand-kept table.
 */
type Layout = readonly { keys: string; offset: number }[];

const QWERTY: Layout = [
  { keys: '1234567890', offset: 0 },
  { keys: 'qwertyuiop', offset: 0.5 },
  { keys: 'asdfghjkl', offset: 0.75 },
  { keys: 'zxcvbnm', offset: 1.25 },
];
const QWERTZ: Layout = [
  { keys: '1234567890', offset: 0 },
  { keys: 'qwertzuiop', offset: 0.5 },
  { keys: 'asdfghjkl', offset: 0.75 },
  { keys: 'yxcvbnm', offset: 1.25 },
];
const AZERTY: Layout = [
  { keys: '1234567890', offset: 0 },
  { keys: 'azertyuiop', offset: 0.5 },
  { keys: 'qsdfghjklm', offset: 0.75 },
  { keys: 'wxcvbn', offset: 1.25 },
];

const KEYBOARD_LAYOUTS = { qwerty: QWERTY, qwertz: QWERTZ, azerty: AZERTY } as const;

function neighboursOf(layout: Layout): Map<string, string[]> {
  const map = new Map<string, string[]>();
  layout.forEach((row, r) => {
    [...row.keys].forEach((key, i) => {
      const x = row.offset + i;
      const near: string[] = [];
      if (i > 0) near.push(row.keys[i - 1]!);
      if (i < row.keys.length - 1) near.push(row.keys[i + 1]!);
      for (const other of [layout[r - 1], layout[r + 1]]) {
        if (!other) continue;
        [...other.keys].forEach((k, j) => {
          if (Math.abs(other.offset + j - x) <= 0.75) near.push(k);
        });
      }
      map.set(key, near);
    });
  });
  return map;
}

const ADJACENT: ReadonlyMap<string, readonly string[]> = (() => {
  const union = new Map<string, string[]>();
  for (const layout of Object.values(KEYBOARD_LAYOUTS)) {
    for (const [key, near] of neighboursOf(layout)) {
      const list = union.get(key) ?? [];
      for (const k of near) if (!list.includes(k)) list.push(k);
      union.set(key, list);
    }
  }
  return union;
})();

/** Keys next to `key` on any of the layouts, in a fixed order; empty for anything not on a key. */
export function adjacentKeys(key: string): readonly string[] {
  return ADJACENT.get(key) ?? [];
}

/** Whether `b` sits next to `a` on any of the layouts. */
export function areAdjacentKeys(a: string, b: string): boolean {
  return adjacentKeys(a).includes(b);
}
