import { parse } from 'tldts';
import type { TypoClass, TypoPart } from './classes';
import { fuzz, type Variant } from './fuzzers';
import { normaliseDomain, toAsciiHostname, toUnicodeHostname } from './hostname';
import { suffixSwapReason, typoReason } from './reasons';
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

const TLDTS_OPTIONS = { allowPrivateDomains: false } as const;

/** A configured domain split by the Public Suffix List: `name` is empty for a suffix entry such as `mil`. */
export interface SplitDomain {
  ascii: string;
  unicode: string;
  name: string;
  /** Display form, and the ASCII form the suffix has in `ascii`. */
  suffix: string;
  asciiSuffix: string;
}

/** Splits a normalised hostname at its public suffix (tldts, ICANN section only); null if it has none. */
export function splitDomain(ascii: string): SplitDomain | null {
  const parsed = parse(ascii, TLDTS_OPTIONS);
  const suffix = parsed.publicSuffix;
  if (!suffix || parsed.isIp) return null;
  const unicode = toUnicodeHostname(ascii);
  const unicodeSuffix = toUnicodeHostname(suffix);
  const name = parsed.domain === null ? '' : unicode.slice(0, unicode.length - unicodeSuffix.length - 1);
  return { ascii, unicode, name, suffix: unicodeSuffix, asciiSuffix: suffix };
}

/** Equal to `entry`, or a subdomain of it. */
export function isAtOrUnder(domain: string, entry: string): boolean {
  return domain === entry || domain.endsWith(`.${entry}`);
}

/**
 * For a suffix entry (`mil`, `gov.uk`) the typo of the suffix is itself the permutation — `ml`, `gv.uk` —
 * and is kept only when tldts knows it as an ICANN public suffix or as a registrable domain under one:
 * those are the names a mail gateway can block whole, as DoD blocked all of `.ml`. A spelling such as
 * `mill` names nothing anyone can register, so listing it would be noise; the classifier still catches
 * `army.mill` by its edit distance to `.mil`.
 */
function isBlockable(ascii: string): boolean {
  const parsed = parse(ascii, TLDTS_OPTIONS);
  return parsed.isIcann === true && (parsed.domain === null || parsed.domain === ascii);
}

/**
 * A typo of a registrable domain that lands on a public suffix (gob.uk → gov.uk) is dropped: nobody
 * can register it, and listing it would make everything under that suffix look like a lookalike.
 */
function isPublicSuffix(ascii: string): boolean {
  return parse(ascii, TLDTS_OPTIONS).domain === null;
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

  const add = (unicodeCandidate: string, typoClass: TypoClass, part: TypoPart, reason: (ascii: string, unicode: string) => string) => {
    const ascii = toAsciiHostname(unicodeCandidate);
    if (!ascii || out.has(ascii) || isAtOrUnder(ascii, split.ascii)) return;
    if (split.name ? isPublicSuffix(ascii) : !isBlockable(ascii)) return;
    // toAsciiHostname accepted only labels that round-trip, so the candidate is already the display form.
    const unicode = unicodeCandidate;
    out.set(ascii, { domain: ascii, unicode, typoClass, part, source: split.ascii, reason: reason(ascii, unicode) });
  };
  const addVariant = (variant: Variant, part: TypoPart, candidate: string) => {
    const original = part === 'name' ? split.name : split.suffix;
    add(candidate, variant.typoClass, part, (ascii, unicode) =>
      typoReason(variant, { original, part, sourceUnicode: split.unicode, unicode, ascii }),
    );
  };

  if (split.name) for (const v of fuzz(split.name)) addVariant(v, 'name', `${v.text}.${split.suffix}`);
  for (const v of fuzz(split.suffix)) addVariant(v, 'suffix', split.name ? `${split.name}.${v.text}` : v.text);
  if (!split.name) return [...out.values()];

  for (const suffix of SWAP_SUFFIXES) {
    if (suffix !== split.suffix) add(`${split.name}.${suffix}`, 'tld-swap', 'suffix', () => suffixSwapReason(split.suffix, suffix));
  }
  for (const [candidate, how] of variousSpellings(split)) {
    const part: TypoPart = splitDomain(toAsciiHostname(candidate) ?? '')?.suffix === split.suffix ? 'name' : 'suffix';
    add(candidate, 'various', part, (_ascii, unicode) => `${how}: ${unicode}`);
  }
  return [...out.values()];
}

/** The name and suffix run together or nested in another domain, as dnstwist's "various" does. */
function variousSpellings({ name, suffix }: SplitDomain): [string, string][] {
  const labels = suffix.split('.');
  const last = labels[labels.length - 1]!;
  const spellings: [string, string][] = [
    [`${name}${labels.join('')}.com`, 'name and suffix run together under .com'],
    [`${name}-${labels.join('-')}.com`, 'name and suffix joined by hyphens under .com'],
    [`${name}.${suffix}.com`, 'the real domain used as a subdomain of .com'],
  ];
  if (labels.length === 1) spellings.push([`${name}${suffix}.${suffix}`, 'name and suffix run together']);
  else {
    const rest = labels.slice(1).join('.');
    spellings.push([`${name}${labels[0]}.${rest}`, 'name run into the suffix']);
    spellings.push([`${name}-${labels[0]}.${rest}`, 'name joined to the suffix by a hyphen']);
    spellings.push([`${name}.${last}`, `middle of the suffix dropped, leaving .${last}`]);
  }
  return spellings;
}
