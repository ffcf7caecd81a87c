import type { Output, ParsedInput } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { domainClassifier } from './currentClassifier';

/** Each domain against the department's lists: internal, partner, lookalike (with the reason) or external. */
export function classifyDomains(ctx: CoreContext, input: ParsedInput<'domains:classify'>): Output<'domains:classify'> {
  const classify = domainClassifier(ctx.db);
  return { items: input.domains.map((d) => classify(d)) };
}
