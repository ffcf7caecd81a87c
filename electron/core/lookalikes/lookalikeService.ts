import { generateLookalikes } from '../../../shared/domain/lookalike';
import type { Output, ParsedInput } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { domainClassifier } from '../domains/currentClassifier';
import { readDomainLists } from '../domains/domainSettings';
import { incidentsSeenPerDomain } from './seenInIncidents';
import { renderLookalikeFile } from './lookalikeFiles';

type Lookalikes = Output<'lookalikes:generate'>;

/**
 * The block list: every typo permutation of the protected domains (the given ones, or every configured
 * internal and partner domain), minus anything the department's own lists cover — a block list that
 * rejected mail to a partner would be a fault of its own — each marked with how many incidents it has
 * already appeared in.
 */
export function generateLookalikeList(ctx: CoreContext, input: ParsedInput<'lookalikes:generate'>): Lookalikes {
  const lists = readDomainLists(ctx.db);
  const sources = input.domains.length > 0 ? [...new Set(input.domains)] : [...new Set([...lists.internal, ...lists.partners])];
  const classify = domainClassifier(ctx.db);
  const byDomain = new Map<string, Omit<Lookalikes['items'][number], 'seenInIncidents'>>();
  for (const source of sources) {
    for (const p of generateLookalikes(source)) {
      if (byDomain.has(p.domain)) continue;
      const trust = classify(p.domain).domainClass;
      if (trust === 'internal' || trust === 'partner') continue;
      byDomain.set(p.domain, { domain: p.domain, unicode: p.unicode, typoClass: p.typoClass, part: p.part, source: p.source, reason: p.reason });
    }
  }
  const seen = incidentsSeenPerDomain(
    ctx.db,
    [...byDomain.values()].flatMap((l) => (l.unicode === l.domain ? [l.domain] : [l.domain, l.unicode])),
  );
  const items = [...byDomain.values()].map((l) => ({
    ...l,
    seenInIncidents: Math.max(seen.get(l.domain) ?? 0, seen.get(l.unicode) ?? 0),
  }));
  return { sources, items };
}

export function exportLookalikes(ctx: CoreContext, input: ParsedInput<'lookalikes:export'>): Output<'lookalikes:export'> {
  const { sources, items } = generateLookalikeList(ctx, { domains: input.domains });
  return renderLookalikeFile(input.format, sources, items, ctx.now());
}
