import type { TypoClass, TypoPart } from '../../../../shared/domain/lookalike/classes';
import type { Output } from '../../../../shared/contract';

export type Lookalike = Output<'lookalikes:generate'>['items'][number];

/** What the officer narrows the block list to; the export always takes the whole list. */
export type LookalikeFilters = {
  /** Empty means every class. */
  typoClasses: TypoClass[];
  part: TypoPart | 'any';
  onlySeen: boolean;
};

export const NO_FILTERS: LookalikeFilters = { typoClasses: [], part: 'any', onlySeen: false };

/** The lookalikes the filters let through, in the core's order. */
export function filterLookalikes(items: readonly Lookalike[], filters: LookalikeFilters): Lookalike[] {
  return items.filter(
    (l) =>
      (filters.typoClasses.length === 0 || filters.typoClasses.includes(l.typoClass)) &&
      (filters.part === 'any' || l.part === filters.part) &&
      (!filters.onlySeen || l.seenInIncidents > 0),
  );
}
