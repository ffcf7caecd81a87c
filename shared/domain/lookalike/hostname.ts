import punycode from 'punycode.js';

const LDH_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const ACE_PREFIX = 'xn--';

/**
 * True when a Unicode label is made of letters, marks, digits and hyphens and would survive a mail
 * system or browser unchanged: already NFC, and not something UTS #46 folds to another spelling
 * (upper case, compatibility forms such as 'ﬁ'). Rules out punycode that decodes to control characters.
 */
function isStableUnicodeLabel(label: string): boolean {
  return /^[\p{L}\p{M}\p{N}-]+$/u.test(label) && label === label.normalize('NFC') && label === label.normalize('NFKC').toLowerCase();
}

/** One ASCII label: LDH rules, and an `xn--` label must be punycode that decodes and re-encodes to itself. */
function isValidLabel(label: string): boolean {
  if (!LDH_LABEL.test(label)) return false;
  if (!label.startsWith(ACE_PREFIX)) return true;
  let decoded: string;
  try {
    decoded = punycode.decode(label.slice(ACE_PREFIX.length));
  } catch {
    return false;
  }
  // An ACE label that decodes to plain ASCII is a disguise, not an IDN.
  if (!/[^\x00-\x7f]/.test(decoded) || !isStableUnicodeLabel(decoded)) return false;
  return ACE_PREFIX + punycode.encode(decoded) === label;
}

/**
 * A lowercase ASCII hostname: labels of 1–63 letters, digits and inner hyphens, at most 253 characters,
 * IDN labels as round-tripping punycode, and a last label that is not all digits (so an IPv4 address
 * is not mistaken for a domain).
 */
export function isValidHostname(ascii: string): boolean {
  if (ascii.length === 0 || ascii.length > 253) return false;
  const labels = ascii.split('.');
  if (/^[0-9]+$/.test(labels[labels.length - 1]!)) return false;
  return labels.every(isValidLabel);
}

/** ASCII (punycode) form of a Unicode hostname, label by label; null if a label cannot be a stable IDN. */
export function toAsciiHostname(unicode: string): string | null {
  const labels = unicode.split('.').map((label) => {
    if (!/[^\x00-\x7f]/.test(label)) return label;
    return isStableUnicodeLabel(label) ? ACE_PREFIX + punycode.encode(label) : null;
  });
  if (labels.some((label) => label === null)) return null;
  const ascii = labels.join('.');
  return isValidHostname(ascii) ? ascii : null;
}

/** Display form of a valid ASCII hostname. */
export function toUnicodeHostname(ascii: string): string {
  return ascii.includes(ACE_PREFIX) ? punycode.toUnicode(ascii) : ascii;
}

/**
 * What an officer pastes, as the hostname it denotes: trimmed, lowercased (IDN after NFKC, as UTS #46
 * does), ideographic full stops read as dots, one trailing dot dropped, IDN labels as punycode.
 * Null when the result is not a valid hostname.
 */
export function normaliseDomain(input: string): { ascii: string; unicode: string } | null {
  let text = input
    .trim()
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u3002\uff0e\uff61]/g, '.');
  if (text.endsWith('.')) text = text.slice(0, -1);
  if (text.length === 0) return null;
  const labels = text.split('.');
  const asciiLabels: string[] = [];
  for (const label of labels) {
    if (label.startsWith(ACE_PREFIX) || !/[^\x00-\x7f]/.test(label)) asciiLabels.push(label);
    else asciiLabels.push(ACE_PREFIX + punycode.encode(label));
  }
  const ascii = asciiLabels.join('.');
  if (!isValidHostname(ascii)) return null;
  return { ascii, unicode: toUnicodeHostname(ascii) };
}

/** The domain of an e-mail address (after the last '@', without a closing '>'), normalised; null if none. */
export function domainOfAddress(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 0) return null;
  const domain = address.slice(at + 1).replace(/>\s*$/, '');
  return normaliseDomain(domain)?.ascii ?? null;
}
