import type { RELATED_BASES } from '../../../../shared/contract/incidents';

type Group = { basis: (typeof RELATED_BASES)[number]; key: string; summary: string; count: number; incidents: readonly { id: string }[] };

/** Other lookalike domains named in the line before the rest are summed up. */
const DOMAINS_NAMED = 3;

/**
 * The one line under an incident's header: the first group's sentence in full (most often the lookalike
 * domain — the pattern that matters), then the others in a few words, e.g.
 * "army.ml has appeared in 7 other incidents since January 2023 · navy.ml in 1 · same sender in 2 ·
 * shares parties with 3". Senders are summed into one phrase (a gateway import has hundreds), counting
 * each incident once. Empty when nothing is related.
 */
export function relatedLine(groups: readonly Group[]): string {
  const [first, ...rest] = groups;
  if (!first) return '';
  const domains = rest.filter((g) => g.basis === 'domain');
  const senders = [first, ...rest].filter((g) => g.basis === 'sender');
  const parties = rest.filter((g) => g.basis === 'party');
  const parts = [first.summary, ...domains.slice(0, DOMAINS_NAMED).map((g) => `${g.key} in ${g.count}`)];
  const more = domains.length - DOMAINS_NAMED;
  if (more > 0) parts.push(`${more} more lookalike ${more === 1 ? 'domain' : 'domains'}`);
  const fromSenders = senders.filter((g) => g !== first);
  if (fromSenders.length > 0) {
    const incidents = new Set(senders.flatMap((g) => g.incidents.map((i) => i.id)));
    const count = Math.max(incidents.size, ...senders.map((g) => g.count));
    parts.push(first.basis === 'sender' ? `other senders in ${count}` : `same sender in ${count}`);
  }
  for (const g of parties) parts.push(`shares parties with ${g.count}`);
  return parts.join(' · ');
}
