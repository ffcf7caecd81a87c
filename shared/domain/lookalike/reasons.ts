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
