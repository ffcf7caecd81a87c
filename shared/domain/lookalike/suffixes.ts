import { parse } from 'tldts';
import { toUnicodeHostname } from './hostname';

/**
 * Everything the engine asks of the Public Suffix List, in one place. Only the ICANN section counts
 * (private registrations such as blogspot.com are ordinary domains here), and suffix and registrable
 * domain always come from tldts, never from counting dots.
 */
const TLDTS_OPTIONS = { allowPrivateDomains: false } as const;

/** Registrable domain and public suffix of a hostname, ASCII; null where there is none. */
export function suffixParts(ascii: string): { registrable: string | null; publicSuffix: string | null } {
  const parsed = parse(ascii, TLDTS_OPTIONS);
  return { registrable: parsed.domain, publicSuffix: parsed.isIp ? null : parsed.publicSuffix };
}

/** A hostname split at its public suffix: `name` is empty for a suffix itself, such as `mil` or `gov.uk`. */
export interface SplitDomain {
  ascii: string;
  unicode: string;
  /** Everything before the suffix, display form ('army', or 'mail.army' for mail.army.mil). */
  name: string;
  /** The suffix in display form, and as it appears in `ascii`. */
  suffix: string;
  asciiSuffix: string;
}

export function splitDomain(ascii: string): SplitDomain | null {
  const { registrable, publicSuffix } = suffixParts(ascii);
  if (!publicSuffix) return null;
  const unicode = toUnicodeHostname(ascii);
  const suffix = toUnicodeHostname(publicSuffix);
  const name = registrable === null ? '' : unicode.slice(0, unicode.length - suffix.length - 1);
  return { ascii, unicode, name, suffix, asciiSuffix: publicSuffix };
}

/** Itself a public suffix: nobody can register it. */
export function isPublicSuffix(ascii: string): boolean {
  return parse(ascii, TLDTS_OPTIONS).domain === null;
}

/**
 * An ICANN public suffix, or a registrable domain directly under one: a name a mail gateway can block
 * whole, as DoD blocked all of `.ml`.
 */
export function isBlockable(ascii: string): boolean {
  const parsed = parse(ascii, TLDTS_OPTIONS);
  return parsed.isIcann === true && (parsed.domain === null || parsed.domain === ascii);
}

/** Equal to `entry`, or a subdomain of it. */
export function isAtOrUnder(domain: string, entry: string): boolean {
  return domain === entry || domain.endsWith(`.${entry}`);
}
