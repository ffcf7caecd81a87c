import type { TypoClass, TypoPart } from '../../../../shared/domain/lookalike/classes';
import type { LookalikeExportFormat } from '../../stores/useLookalikesStore';

/** dnstwist's fuzzer names, as an officer reads them. */
export const TYPO_CLASS_LABELS = {
  addition: 'Addition',
  bitsquatting: 'Bit flip',
  cyrillic: 'Cyrillic letters',
  homoglyph: 'Homoglyph',
  hyphenation: 'Hyphenation',
  insertion: 'Insertion',
  omission: 'Omission',
  plural: 'Plural',
  repetition: 'Repetition',
  replacement: 'Replacement',
  subdomain: 'Subdomain',
  transposition: 'Transposition',
  'vowel-swap': 'Vowel swap',
  'tld-swap': 'Suffix swap',
  various: 'Various',
} as const satisfies Record<TypoClass, string>;

export const TYPO_PART_LABELS = { name: 'Name', suffix: 'Public suffix' } as const satisfies Record<TypoPart, string>;

export const EXPORT_BUTTON_LABELS = {
  list: 'Plain list',
  csv: 'CSV',
  postfix: 'Postfix access map',
} as const satisfies Record<LookalikeExportFormat, string>;
