import fc from 'fast-check';
import punycode from 'punycode.js';
import { describe, expect, it } from 'vitest';
import { createDomainClassifier, generateLookalikes, isValidHostname, normaliseDomain, type Permutation } from '../../shared/domain/lookalike';

/**
 * Properties over configurations drawn from real department, military and alliance domains, bare
 * suffixes (`mil`, `gov.uk`) and random names under real suffixes. Generating a domain's permutations
 * takes tens of milliseconds, so each is generated once and the run counts are kept modest.
 */
const POOL = [
  'army.mil',
  'navy.mil',
  'mil',
  'mod.gov.uk',
  'homeoffice.gov.uk',
  'gov.uk',
  'nato.int',
  'mod.uk',
  'police.uk',
  'nhs.net',
  'defence.gov.au',
  'forces.gc.ca',
  'bundeswehr.de',
  'mil.be',
  'fco.gov.uk',
];
const SUFFIXES = ['com', 'mil', 'gov.uk', 'int', 'org', 'co.uk', 'de', 'ml', 'fr', 'gov.au'];

const label = fc.stringMatching(/^[a-z][a-z0-9]{1,7}$/);
const domain = fc.oneof(
  fc.constantFrom(...POOL),
  fc.tuple(label, fc.constantFrom(...SUFFIXES)).map(([l, s]) => `${l}.${s}`),
);
const lists = fc.record({
  internal: fc.uniqueArray(domain, { minLength: 0, maxLength: 2 }),
  partners: fc.uniqueArray(domain, { minLength: 1, maxLength: 3 }),
});

const generated = new Map<string, { list: Permutation[]; domains: Set<string> }>();
function generatedFor(entry: string) {
  let found = generated.get(entry);
  if (!found) {
    const list = generateLookalikes(entry);
    generated.set(entry, (found = { list, domains: new Set(list.map((p) => p.domain)) }));
  }
  return found;
}
const lookalikesOf = (entry: string) => generatedFor(entry).list;

const isAtOrUnder = (d: string, entry: string) => d === entry || d.endsWith(`.${entry}`);
/** Each run builds a classifier, which generates every entry's permutations; allow for a loaded machine. */
const PROPERTY_TIMEOUT_MS = 120_000;

describe('lookalike: properties', () => {
  it(
    'never calls a configured domain or a subdomain of one a lookalike',
    () => {
      fc.assert(
        fc.property(lists, fc.array(label, { maxLength: 2 }), (config, prefix) => {
          const classify = createDomainClassifier(config);
          for (const entry of [...config.internal, ...config.partners]) {
            for (const d of [entry, [...prefix, entry].join('.')]) {
              const r = classify(d);
              expect(r.domainClass, `${d} with ${JSON.stringify(config)}`).toBe(config.internal.some((i) => isAtOrUnder(d, i)) ? 'internal' : 'partner');
            }
          }
        }),
        { numRuns: 25 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'every permutation is a valid hostname whose punycode round-trips and whose display form matches it',
    () => {
      fc.assert(
        fc.property(domain, (entry) => {
          const source = normaliseDomain(entry)!.ascii;
          const bad = lookalikesOf(entry).filter(
            (p) =>
              !isValidHostname(p.domain) ||
              punycode.toASCII(punycode.toUnicode(p.domain)) !== p.domain ||
              p.unicode !== punycode.toUnicode(p.domain) ||
              normaliseDomain(p.unicode)?.ascii !== p.domain ||
              p.source !== source ||
              isAtOrUnder(p.domain, source),
          );
          expect(bad).toEqual([]);
        }),
        { numRuns: 30 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'classifies every generated permutation that is not configured as a lookalike of the first entry that generates it',
    () => {
      // Internal entries come before partners, each list in its given order. A permutation that is also
      // a permutation of an earlier entry is attributed to that one, so lookalikeOf is the first entry in
      // that order whose generateLookalikes contains the domain — its source, unless an earlier entry shares it.
      fc.assert(
        fc.property(lists, (config) => {
          const classify = createDomainClassifier(config);
          const entries = [...new Set([...config.internal, ...config.partners].map((e) => normaliseDomain(e)!.ascii))];
          const wrong: string[] = [];
          for (const entry of entries) {
            for (const p of lookalikesOf(entry)) {
              if (entries.some((e) => isAtOrUnder(p.domain, e))) continue;
              const r = classify(p.domain);
              const firstGenerator = entries.find((e) => generatedFor(e).domains.has(p.domain));
              if (r.domainClass !== 'lookalike' || r.lookalikeOf !== firstGenerator) wrong.push(`${p.domain}: ${r.domainClass} of ${r.lookalikeOf}`);
            }
          }
          expect(wrong).toEqual([]);
        }),
        { numRuns: 15 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'the permutations of a domain are deterministic and bounded',
    () => {
      for (const entry of POOL) {
        const again = generateLookalikes(entry);
        expect(again).toEqual(lookalikesOf(entry));
        expect(new Set(again.map((p) => p.domain)).size).toBe(again.length);
        expect(again.length).toBeLessThan(12_000);
      }
      fc.assert(
        fc.property(fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/), fc.constantFrom(...SUFFIXES), (name, suffix) => {
          expect(generateLookalikes(`${name}.${suffix}`).length).toBeLessThan(30_000);
        }),
        { numRuns: 20 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
