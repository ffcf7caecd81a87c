import { Badge, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { Lookalike } from './lookalikeFilter';
import { TYPO_CLASS_LABELS, TYPO_PART_LABELS } from './lookalikeLabels';
import classes from './LookalikeTable.module.css';

const ROW_HEIGHT = 40;
const HEADER_HEIGHT = 30;
const COLUMNS = ['Domain', 'Typo class', 'Part', 'Lookalike of', 'Why', 'Seen'];

/**
 * The generated lookalikes as a virtualised grid: a few protected domains give thousands of typos, and
 * only the rows on screen are in the DOM. The grid itself takes focus, so the arrow and page keys scroll it.
 */
export function LookalikeTable({ items }: { items: Lookalike[] }) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollPaddingStart: HEADER_HEIGHT,
  });

  // New results or filters start at the top.
  useEffect(() => {
    scrollerRef.current?.scrollTo({ top: 0 });
  }, [items]);

  return (
    <div
      ref={scrollerRef}
      className={classes.scroller}
      role="table"
      aria-label="Lookalike domains"
      aria-rowcount={items.length + 1}
      tabIndex={0}
      data-testid="lookalike-table"
    >
      <div className={classes.headerRow} role="row">
        {COLUMNS.map((label) => (
          <div key={label} role="columnheader" className={classes.headerCell}>
            {label}
          </div>
        ))}
      </div>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          if (!item) return null;
          return (
            <div
              key={item.domain}
              role="row"
              aria-rowindex={row.index + 2}
              data-testid="lookalike-row"
              className={classes.row}
              style={{ top: row.start, height: ROW_HEIGHT }}
            >
              <div role="cell" className={classes.cell}>
                <Text span size="sm" fw={600}>
                  {item.unicode}
                </Text>
                {item.unicode !== item.domain && (
                  <Text size="xs" c="dimmed" ff="monospace" truncate>
                    {item.domain}
                  </Text>
                )}
              </div>
              <div role="cell" className={classes.cell}>
                {TYPO_CLASS_LABELS[item.typoClass]}
              </div>
              <div role="cell" className={classes.cell}>
                {TYPO_PART_LABELS[item.part]}
              </div>
              <div role="cell" className={classes.cell}>
                {item.source}
              </div>
              <div role="cell" className={classes.cell} title={item.reason}>
                {item.reason}
              </div>
              <div role="cell" className={classes.cell}>
                {item.seenInIncidents > 0 ? (
                  <Badge color="red" variant="light" tt="none" data-testid="lookalike-seen">
                    seen in {item.seenInIncidents} {item.seenInIncidents === 1 ? 'incident' : 'incidents'}
                  </Badge>
                ) : (
                  <Text span size="xs" c="dimmed">
                    not seen
                  </Text>
                )}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
