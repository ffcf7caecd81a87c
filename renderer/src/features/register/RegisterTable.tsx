import { Center, Loader, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type RefObject } from 'react';
import type { IncidentSummary } from '../../../../shared/contract/incidents';
import { useShallow } from 'zustand/react/shallow';
import { useNow } from '../../lib/useNow';
import { useIncidentsStore } from '../../stores/useIncidentsStore';
import { useUiStore } from '../../stores/useUiStore';
import { REGISTER_COLUMNS } from './registerColumns';
import { gridOf, visibleColumns } from './registerLayout';
import classes from './RegisterTable.module.css';

const ROW_HEIGHT = 34;
const HEADER_HEIGHT = 30;
/** Start fetching the next page this many rows before the end, so scrolling rarely waits. */
const PREFETCH_ROWS = 30;

/**
 * The register as a virtualised grid: only the rows on screen are in the DOM, and pages are fetched
 * as the officer scrolls, so it stays instant with 100,000 incidents.
 */
export function RegisterTable() {
  const { rows, sort, nextCursor, isLoadingMore } = useIncidentsStore(
    useShallow((s) => ({ rows: s.rows, sort: s.sort, nextCursor: s.nextCursor, isLoadingMore: s.isLoadingMore })),
  );
  const loadMore = useIncidentsStore((s) => s.loadMore);
  const toggleSort = useIncidentsStore((s) => s.toggleSort);
  const openIncident = useUiStore((s) => s.openIncident);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const now = useNow(30_000);
  const width = useInnerWidth(scrollerRef);
  const shown = visibleColumns(width);
  const shownKey = shown.join(',');
  // Kept the same between renders while the columns are, so the memoised rows below are not redrawn on every scroll.
  const { columns, gridStyle } = useMemo(() => {
    const keys = shownKey.split(',') as typeof shown;
    const grid = gridOf(keys);
    return { columns: REGISTER_COLUMNS.filter((c) => keys.includes(c.key)), gridStyle: { gridTemplateColumns: grid.template, minWidth: grid.minWidth } };
  }, [shownKey]);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (nextCursor !== null && lastIndex >= rows.length - PREFETCH_ROWS) void loadMore();
  }, [lastIndex, rows.length, nextCursor, loadMore]);

  // A new query starts at the top.
  useEffect(() => {
    scrollerRef.current?.scrollTo({ top: 0 });
  }, [sort]);

  const focusRow = (index: number) => {
    if (index < 0 || index >= rows.length) return;
    virtualizer.scrollToIndex(index);
    requestAnimationFrame(() => scrollerRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus());
  };

  // Read through a ref, so the handler the rows hold stays the same while rows load and the window scrolls.
  const latest = useRef({ rowCount: rows.length, focusRow });
  latest.current = { rowCount: rows.length, focusRow };
  const onRowKeyDown = useCallback(
    (event: KeyboardEvent, index: number, reference: string) => {
      const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: latest.current.rowCount - 1 };
      if (event.key === 'Enter') openIncident(reference);
      else if (event.key in moves) {
        event.preventDefault();
        latest.current.focusRow(moves[event.key] ?? index);
      }
    },
    [openIncident],
  );

  return (
    <div ref={scrollerRef} className={classes.scroller} role="table" aria-label="Incidents" aria-rowcount={rows.length + 1}>
      <div className={classes.headerRow} role="row" style={gridStyle}>
        {columns.map((column) => {
          const { sortField } = column;
          if (!sortField) {
            return (
              <div key={column.key} role="columnheader" className={classes.headerCell} data-align={column.align}>
                {column.label}
              </div>
            );
          }
          const isSorted = sort.field === sortField;
          return (
            <div
              key={column.key}
              role="columnheader"
              aria-sort={isSorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
              className={classes.headerCell}
              data-align={column.align}
            >
              <UnstyledButton className={classes.headerCell} onClick={() => toggleSort(sortField)}>
                {column.label}
                {isSorted && <span aria-hidden>{sort.direction === 'asc' ? '▲' : '▼'}</span>}
              </UnstyledButton>
            </div>
          );
        })}
      </div>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <RegisterRow
              key={row.id}
              row={row}
              index={item.index}
              top={item.start}
              columns={columns}
              gridStyle={gridStyle}
              now={now}
              onOpen={openIncident}
              onKeyDown={onRowKeyDown}
            />
          );
        })}
      </div>
      {isLoadingMore && (
        <Center py="xs">
          <Loader size="xs" />
          <Text size="xs" c="dimmed" ml="xs">
            Loading more incidents…
          </Text>
        </Center>
      )}
    </div>
  );
}

type RegisterRowProps = {
  row: IncidentSummary;
  index: number;
  top: number;
  columns: typeof REGISTER_COLUMNS;
  gridStyle: CSSProperties;
  now: number;
  onOpen: (reference: string) => void;
  onKeyDown: (event: KeyboardEvent, index: number, reference: string) => void;
};

/**
 * One row, drawn again only when what it shows changes: scrolling moves the window over the rows, and
 * redrawing every row in it each frame cost more than a frame at 100,000 incidents (npm run bench).
 */
const RegisterRow = memo(function RegisterRow({ row, index, top, columns, gridStyle, now, onOpen, onKeyDown }: RegisterRowProps) {
  return (
    <div
      role="row"
      tabIndex={0}
      data-index={index}
      data-testid="register-row"
      aria-rowindex={index + 2}
      className={classes.row}
      style={{ ...gridStyle, top, height: ROW_HEIGHT }}
      onClick={() => onOpen(row.reference)}
      onKeyDown={(e) => onKeyDown(e, index, row.reference)}
    >
      {columns.map((column) => (
        <div key={column.key} role="cell" className={classes.cell} data-align={column.align}>
          {column.render(row, now)}
        </div>
      ))}
    </div>
  );
});

/** The scroller's width inside its scroll bar, followed as the window is resized; wide until first measured. */
function useInnerWidth(ref: RefObject<HTMLDivElement | null>): number {
  const [width, setWidth] = useState(Number.POSITIVE_INFINITY);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
