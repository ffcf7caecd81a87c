import { z } from '../zodConfig';
import { DOMAIN_CLASSES, TYPO_CLASSES, TYPO_PARTS } from '../domain/lookalike/classes';
import { empty } from './common';
import type { OperationSpec } from './operation';

export const DomainClassSchema = z.enum(DOMAIN_CLASSES);
export const TypoClassSchema = z.enum(TYPO_CLASSES);

/** A domain as an officer types it: trimmed, lower case, without leading or trailing dots. */
export const DomainEntrySchema = z
  .string()
  .trim()
  .min(1, 'Enter a domain such as mod.gov.uk')
  .max(253)
  .transform((d) => d.toLowerCase().replace(/^\.+|\.+$/g, ''));
const domainList = z.array(DomainEntrySchema).max(2000);

/** Who we are (internal) and who we write to (trusted partners). Every change is audited. */
export const DomainSettingsSchema = z.strictObject({
  internal: domainList,
  partners: domainList,
});
export type DomainSettings = z.output<typeof DomainSettingsSchema>;
export const DomainSettingsViewSchema = DomainSettingsSchema.extend({
  /** The defaults Casebook offers (UK government and defence); the officer chooses which to keep. */
  suggested: DomainSettingsSchema,
});

export const DomainClassificationSchema = z.object({
  domain: z.string(),
  unicode: z.string(),
  registrable: z.string().nullable(),
  publicSuffix: z.string().nullable(),
  domainClass: DomainClassSchema,
  lookalikeOf: z.string().nullable(),
  typoClass: TypoClassSchema.nullable(),
  part: z.enum(TYPO_PARTS).nullable(),
  reason: z.string(),
});

export const domainContract = {
  /** The department's own domains and its trusted partners', with the defaults Casebook suggests. */
  'domains:get': { access: 'read', input: empty, output: DomainSettingsViewSchema },
  /** Replaces both lists (one audited change naming what was added and removed). */
  'domains:update': { access: 'admin', input: DomainSettingsSchema, output: DomainSettingsViewSchema },
  /** Classifies domains against the lists: internal, partner, lookalike (with the reason) or external. */
  'domains:classify': {
    access: 'read',
    input: z.strictObject({ domains: z.array(z.string().max(320)).min(1).max(1000) }),
    output: z.object({ items: z.array(DomainClassificationSchema) }),
  },
} as const satisfies Record<string, OperationSpec>;
