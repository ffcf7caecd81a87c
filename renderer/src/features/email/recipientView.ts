import type { TypoClass } from '../../../../shared/domain/lookalike/classes';
import type { RecipientField } from '../../../../shared/contract/emails';

/** The header field as mail clients print it; a gateway log often does not say which field. */
export const RECIPIENT_FIELD_LABELS = { to: 'To', cc: 'Cc', bcc: 'Bcc', unknown: '—' } as const satisfies Record<RecipientField, string>;

/**
 * Both forms of a domain when they differ: a Cyrillic `аrmy.mil` looks like the partner's own in Unicode
 * and is only told apart by its punycode (`xn--rmy-…`). Null when the domain is plain ASCII.
 */
export function domainForms(classification: { domain: string; unicode: string }): { unicode: string; ascii: string } | null {
  return classification.unicode !== classification.domain ? { unicode: classification.unicode, ascii: classification.domain } : null;
}

/** "tld-swap" → "TLD swap": dnstwist's fuzzer names, readable. */
export function typoClassText(typoClass: TypoClass | null): string {
  if (typoClass === null) return '—';
  const words = typoClass.replace(/-/g, ' ').replace(/^tld\b/, 'TLD');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "INC-2026-0012: email recorded, 55 parties linked" — the toast after an import. */
export function importNotice(result: { reference: string; created: boolean; partiesLinked: number; alreadyAttached: boolean }): string {
  if (result.alreadyAttached) return `${result.reference}: this file is already attached; nothing was added`;
  const parties = `${result.partiesLinked.toLocaleString('en-GB')} ${result.partiesLinked === 1 ? 'party' : 'parties'} linked`;
  return `${result.reference}: ${result.created ? 'email recorded' : 'email added'}, ${parties}`;
}

/** "12.4 KB": file sizes as officers read them. */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
