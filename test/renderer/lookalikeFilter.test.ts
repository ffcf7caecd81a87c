import { describe, expect, it } from 'vitest';
import { filterLookalikes, NO_FILTERS, type Lookalike } from '../../renderer/src/features/lookalikes/lookalikeFilter';

const lookalike = (domain: string, p: Partial<Lookalike> = {}): Lookalike => ({
  domain,
  unicode: domain,
  typoClass: 'omission',
  part: 'name',
  source: 'army.mil',
  reason: '',
  seenInIncidents: 0,
  ...p,
});

const items = [
  lookalike('army.ml', { part: 'suffix', seenInIncidents: 3 }),
  lookalike('arm.mil'),
  lookalike('amry.mil', { typoClass: 'transposition' }),
  lookalike('army.mil.ml', { typoClass: 'subdomain', part: 'suffix' }),
];
const domains = (list: Lookalike[]) => list.map((l) => l.domain);

describe('the block list filters', () => {
  it('let everything through when none is set', () => {
    expect(filterLookalikes(items, NO_FILTERS)).toEqual(items);
  });

  it('combine typo classes (any of them), the part changed and only those already seen', () => {
    expect(domains(filterLookalikes(items, { ...NO_FILTERS, typoClasses: ['transposition', 'subdomain'] }))).toEqual(['amry.mil', 'army.mil.ml']);
    expect(domains(filterLookalikes(items, { ...NO_FILTERS, part: 'suffix' }))).toEqual(['army.ml', 'army.mil.ml']);
    expect(domains(filterLookalikes(items, { ...NO_FILTERS, part: 'suffix', onlySeen: true }))).toEqual(['army.ml']);
    expect(filterLookalikes(items, { typoClasses: ['transposition'], part: 'suffix', onlySeen: false })).toEqual([]);
  });
});
