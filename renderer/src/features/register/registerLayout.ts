/**
 * How the register's columns share the width: the title gets the room, and when it would have less
 * than TITLE_MIN_PX the lower-priority columns step aside, one at a time, rather than squeezing every
 * column into an unreadable strip. Reference, title, status and the ICO clock always stay: they are
 * what an officer scans the register for.
 */
export type ColumnLayout = {
  /** Fixed width in px; the title has none, it takes what is left. */
  width: number | 'rest';
  /** Columns with a drop order step aside at narrow widths, the lowest first. */
  dropOrder?: number;
};

export const REGISTER_COLUMN_LAYOUT = {
  reference: { width: 100 },
  title: { width: 'rest' },
  kind: { width: 122, dropOrder: 2 },
  status: { width: 108 },
  severity: { width: 78, dropOrder: 6 },
  // "Overdue 1539 d" for the oldest demo incidents must fit without truncating.
  ico: { width: 120 },
  recordMarking: { width: 124, dropOrder: 4 },
  discoveredAt: { width: 116, dropOrder: 5 },
  owner: { width: 108, dropOrder: 1 },
  affectedCount: { width: 56, dropOrder: 3 },
} as const satisfies Record<string, ColumnLayout>;

export type RegisterColumnKey = keyof typeof REGISTER_COLUMN_LAYOUT;

/** Below this the title truncates to a few words; 300 px holds about 40 characters at the register's size. */
export const TITLE_MIN_PX = 300;
/** The title never gets less than this, even when the window is too narrow for the columns that always stay. */
const TITLE_FLOOR_PX = 160;
export const COLUMN_GAP_PX = 10;
export const ROW_PADDING_PX = 16;

/** The keys of the columns that fit in `width` px (the register's inner width), in the register's order. */
export function visibleColumns(width: number): RegisterColumnKey[] {
  const keys = Object.keys(REGISTER_COLUMN_LAYOUT) as RegisterColumnKey[];
  const dropping = keys.filter((k) => dropOrderOf(k) !== undefined).sort((a, b) => (dropOrderOf(a) ?? 0) - (dropOrderOf(b) ?? 0));
  let shown = keys;
  for (const key of [undefined, ...dropping]) {
    if (key !== undefined) shown = shown.filter((k) => k !== key);
    if (titleWidth(shown, width) >= TITLE_MIN_PX) return shown;
  }
  return shown;
}

/** The CSS grid columns for the shown keys, and the width below which the row scrolls sideways. */
export function gridOf(keys: readonly RegisterColumnKey[]): { template: string; minWidth: number } {
  const template = keys.map((k) => {
    const { width } = REGISTER_COLUMN_LAYOUT[k];
    return width === 'rest' ? `minmax(${TITLE_FLOOR_PX}px, 1fr)` : `${width}px`;
  });
  return { template: template.join(' '), minWidth: fixedWidth(keys) + TITLE_FLOOR_PX + 2 * ROW_PADDING_PX };
}

function dropOrderOf(key: RegisterColumnKey): number | undefined {
  const layout: ColumnLayout = REGISTER_COLUMN_LAYOUT[key];
  return layout.dropOrder;
}

function fixedWidth(keys: readonly RegisterColumnKey[]): number {
  const columns = keys.reduce((sum, k) => {
    const { width } = REGISTER_COLUMN_LAYOUT[k];
    return sum + (width === 'rest' ? 0 : width);
  }, 0);
  return columns + COLUMN_GAP_PX * (keys.length - 1);
}

function titleWidth(keys: readonly RegisterColumnKey[], width: number): number {
  return width - 2 * ROW_PADDING_PX - fixedWidth(keys);
}
