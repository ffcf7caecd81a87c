import type { domainContract } from '../../../shared/contract/domains';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../operations';
import { classifyDomains } from './classifyDomains';
import { getDomains, updateDomains } from './domainSettings';

export function domainOperations(ctx: CoreContext): HandlersOf<keyof typeof domainContract> {
  return {
    'domains:get': () => getDomains(ctx),
    'domains:update': (i) => updateDomains(ctx, i),
    'domains:classify': (i) => classifyDomains(ctx, i),
  };
}
