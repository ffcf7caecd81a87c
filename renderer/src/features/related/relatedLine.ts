import type { RELATED_BASES } from '../../../../shared/domain/emailSchemas';

type Group = { basis: (typeof RELATED_BASES)[number]; key: string; summary: string; count: number };

/**
 * The one line under an incident's header: the first group's sentence in full (most often the lookalike
 * domain — the pattern that matters), then the others in a few words, e.g.
 * "army.ml has appeared in 7 other incidents since January 2023 · same sender in 2 · shares parties with 3".
 * Empty when nothing is related.
 */
export function relatedLine(groups: readonly Group[]): string {
  const [first, ...rest] = groups;
  if (!first) return '';
  return [first.summary, ...rest.map(shortForm)].join(' · ');
}

function shortForm(group: Group): string {
  switch (group.basis) {
    case 'domain':
      return `${group.key} in ${group.count}`;
    case 'sender':
      return `same sender in ${group.count}`;
    case 'party':
      return `shares parties with ${group.count}`;
  }
}
