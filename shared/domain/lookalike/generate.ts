import type { TypoClass, TypoPart } from './classes';
import { fuzz, type Variant } from './fuzzers';
import { normaliseDomain, toAsciiHostname } from './hostname';
import { suffixSwapReason, typoReason } from './reasons';
import { isAtOrUnder, isBlockable, isPublicSuffix, splitDomain, type SplitDomain } from './suffixes';
import { SWAP_SUFFIXES } from './tlds';

export interface Permutation {
  /** ASCII form (punycode `xn--` where needed), lowercase, a valid hostname. */
  domain: string;
  /** Display form; equals `domain` when it is ASCII. */
  unicode: string;
  typoClass: TypoClass;
  /** 'name' if the registrable label(s) were changed, 'suffix' if the public suffix was. */
  part: TypoPart;
  /** The configured domain it was generated from (ASCII). */
  source: string;
  reason: string;
}

/**
 * For a suffix entry (`mil`, `gov.uk`) the typo of the suffix is itself the permutation — `ml`, `gv.uk` —
 * kept only when it is blockable (an ICANN suffix or a registrable domain under one). A spelling such
 * as `mill` names nothing anyone can register, so listing it would be noise; the classifier still
 * catches `army.mill` by its edit distance to `.mil`. For a registrable entry, a typo that lands on a
 * public suffix (gob.uk → gov.uk) is dropped: nobody can register it, and listing it would make
 * everything under that suffix look like a lookalike.
 */
function isKept(ascii: string, split: SplitDomain): boolean {
  return split.name ? !isPublicSuffix(ascii) : isBlockable(ascii);
}

/**
 * Typo domains for one configured domain: dnstwist's fuzzers applied to the name *and* to the public
 * suffix, then other suffixes (tld-swap) and the name glued into another domain (various). Each
 * domain appears once, with the plainest explanation found for it. Empty for an invalid source.
 */
export function generateLookalikes(source: string): Permutation[] {
  const normalised = normaliseDomain(source);
  const split = normalised && splitDomain(normalised.ascii);
  if (!split) return [];
  const out = new Map<string, Permutation>();

  // `unicode` is the display form as built; toAsciiHostname accepts only labels that round-trip, so it
  // is also what the ASCII form decodes to.
  const add = (unicode: string, typoClass: TypoClass, part: TypoPart, reason: (ascii: string) => string) => {
    const ascii = toAsciiHostname(unicode);
    if (!ascii || out.has(ascii) || isAtOrUnder(ascii, split.ascii) || !isKept(ascii, split)) return;
    out.set(ascii, { domain: ascii, unicode, typoClass, part, source: split.ascii, reason: reason(ascii) });
  };
  const addVariant = (variant: Variant, part: TypoPart, candidate: string) => {
    const original = part === 'name' ? split.name : split.suffix;
    add(candidate, variant.typoClass, part, (ascii) => typoReason(variant, { original, part, sourceUnicode: split.unicode, unicode: candidate, ascii }));
  };

  if (split.name) for (const v of fuzz(split.name)) addVariant(v, 'name', `${v.text}.${split.suffix}`);
  for (const v of fuzz(split.suffix)) addVariant(v, 'suffix', split.name ? `${split.name}.${v.text}` : v.text);
  if (!split.name) return [...out.values()];

  for (const suffix of SWAP_SUFFIXES) {
    if (suffix !== split.suffix) add(`${split.name}.${suffix}`, 'tld-swap', 'suffix', () => suffixSwapReason(split.suffix, suffix));
  }
  for (const { candidate, how, part } of variousSpellings(split)) add(candidate, 'various', part, () => `${how}: ${candidate}`);
  return [...out.values()];
}

/**
 * The name and suffix run together or nested in another domain, as dnstwist's "various" does. Only
 * 'armymil.mil' keeps the suffix, so only it is a change to the name.
 */
function variousSpellings({ name, suffix }: SplitDomain): { candidate: string; how: string; part: TypoPart }[] {
  const labels = suffix.split('.');
  const spellings = [
    { candidate: `${name}${labels.join('')}.com`, how: 'name and suffix run together under .com' },
    { candidate: `${name}-${labels.join('-')}.com`, how: 'name and suffix joined by hyphens under .com' },
    { candidate: `${name}.${suffix}.com`, how: 'the real domain used as a subdomain of .com' },
  ].map((s) => ({ ...s, part: 'suffix' as const }));
  if (labels.length === 1) return [...spellings, { candidate: `${name}${suffix}.${suffix}`, how: 'name and suffix run together', part: 'name' }];
  const rest = labels.slice(1).join('.');
  const last = labels[labels.length - 1]!;
  return [
    ...spellings,
    { candidate: `${name}${labels[0]}.${rest}`, how: 'name run into the suffix', part: 'suffix' },
    { candidate: `${name}-${labels[0]}.${rest}`, how: 'name joined to the suffix by a hyphen', part: 'suffix' },
    { candidate: `${name}.${last}`, how: `middle of the suffix dropped, leaving .${last}`, part: 'suffix' },
  ];
}
