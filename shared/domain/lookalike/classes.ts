/**
 * The closed vocabularies of domain analysis. The typo classes are dnstwist's fuzzers (docs/domain.md#typo-classes,
 * minus `dictionary`, which needs a word list the officer does not have) — Casebook applies each of them
 * to the registrable name *and* to the public suffix, which dnstwist never does (`.mil` → `.ml`).
 */
export const TYPO_CLASSES = [
  'addition',
  'bitsquatting',
  'cyrillic',
  'homoglyph',
  'hyphenation',
  'insertion',
  'omission',
  'plural',
  'repetition',
  'replacement',
  'subdomain',
  'transposition',
  'vowel-swap',
  'tld-swap',
  'various',
] as const;
export type TypoClass = (typeof TYPO_CLASSES)[number];

/** Which part of the partner's domain the typo changed. */
export const TYPO_PARTS = ['name', 'suffix'] as const;
export type TypoPart = (typeof TYPO_PARTS)[number];

/** Where a recipient's domain stands in relation to the department. */
export const DOMAIN_CLASSES = ['internal', 'partner', 'lookalike', 'external', 'invalid'] as const;
export type DomainClass = (typeof DOMAIN_CLASSES)[number];

export const DOMAIN_CLASS_LABELS = {
  internal: 'Internal',
  partner: 'Trusted partner',
  lookalike: 'Lookalike',
  external: 'Other external',
  invalid: 'Not a valid domain',
} as const satisfies Record<DomainClass, string>;
