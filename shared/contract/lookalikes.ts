import { z } from '../zodConfig';
import { TYPO_PARTS } from '../domain/lookalike/classes';
import { DomainEntrySchema, TypoClassSchema } from './domains';
import type { OperationSpec } from './operation';
import { ReportFileSchema } from './reports';

export const LOOKALIKE_EXPORT_FORMATS = ['list', 'csv', 'postfix'] as const;
export const LookalikeSchema = z.object({
  domain: z.string(),
  unicode: z.string(),
  typoClass: TypoClassSchema,
  part: z.enum(TYPO_PARTS),
  source: z.string(),
  reason: z.string(),
  /** Incidents in which this domain has appeared as a recipient's domain. */
  seenInIncidents: z.number().int(),
});
export const LookalikeRequestSchema = z.strictObject({
  /** The domains to protect; empty means every configured internal and partner domain. */
  domains: z.array(DomainEntrySchema).max(50).default([]),
});

export const lookalikeContract = {
  /** Every typo of the protected domains (dnstwist's classes, on the name and on the public suffix). */
  'lookalikes:generate': {
    access: 'read',
    input: LookalikeRequestSchema,
    output: z.object({ sources: z.array(z.string()), items: z.array(LookalikeSchema) }),
  },
  /** The same list as a file: plain list, CSV (domain, class, source partner) or a Postfix access map. */
  'lookalikes:export': {
    access: 'read',
    input: LookalikeRequestSchema.extend({ format: z.enum(LOOKALIKE_EXPORT_FORMATS) }),
    output: ReportFileSchema,
  },
} as const satisfies Record<string, OperationSpec>;
