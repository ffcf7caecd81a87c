import type { TypoPart } from './classes';
import type { Variant } from './fuzzers';

/** "top-level domain" for a single label such as mil, "public suffix" for one such as gov.uk. */
export function suffixKind(...suffixes: string[]): string {
  return suffixes.some((s) => s.includes('.')) ? 'public suffix' : 'top-level domain';
}

export interface Spelling {
  /** The name ('army') or suffix ('gov.uk') that was mistyped, in display form. */
  original: string;
  part: TypoPart;
  /** The source and the permutation, in display form, and the permutation's ASCII form. */
  sourceUnicode: string;
  unicode: string;
  ascii: string;
}

/**
 * The sentence for one fuzzed spelling. A suffix typo names both suffixes first, since that is what the
 * officer compares ("top-level domain typo: .mil → .ml (the 'i' was omitted)"); a look-alike that only
 * shows as the original is spelled out in both forms, since the screen cannot show the difference.
 */
export function typoReason(variant: Variant, spelling: Spelling): string {
  const { original, part, sourceUnicode, unicode, ascii } = spelling;
  if (unicode !== ascii) {
    const where = part === 'suffix' ? `.${original}` : original;
    return `${variant.detail} in '${where}' — shown as ${unicode}, really ${ascii}`;
  }
  if (part === 'suffix') {
    return `${suffixKind(original, variant.text)} typo: .${original} → .${variant.text} (${variant.detail})`;
  }
  return `${variant.detail} (${sourceUnicode} → ${unicode})`;
}

export function suffixSwapReason(from: string, to: string): string {
  return `different ${suffixKind(from, to)}: .${from} → .${to}`;
}

const regionNames = new Intl.DisplayNames(['en-GB'], { type: 'region', fallback: 'none' });

/**
 * "; .ml is a country-code domain (Mali)" when a lookalike moved the mail into another country's top-level
 * domain: who runs that domain decides who reads what lands there (docs: DOMAIN.md §5.3, .mil → .ml). Empty
 * when the top-level domain is unchanged or is not a two-letter country code.
 */
export function countryDomainNote(lookalike: string, imitated: string): string {
  const tld = lookalike.slice(lookalike.lastIndexOf('.') + 1);
  if (!/^[a-z]{2}$/.test(tld) || tld === imitated.slice(imitated.lastIndexOf('.') + 1)) return '';
  const country = regionNames.of(tld.toUpperCase());
  return country ? `; .${tld} is a country-code domain (${country})` : '';
}
