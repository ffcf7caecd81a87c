import { z } from '../zodConfig';
import { IdSchema, InstantSchema, page, pageRequest } from './common';
import { DomainClassificationSchema, DomainClassSchema, TypoClassSchema } from './domains';
import { FileIdSchema } from './files';
import { MarkingSchema } from './incidents';
import type { OperationSpec } from './operation';

/** The media types email evidence is kept under: an Internet message (.eml) or an Outlook item (.msg). */
export const EML_MEDIA_TYPE = 'message/rfc822';
export const MSG_MEDIA_TYPE = 'application/vnd.ms-outlook';

/** Where an imported piece of evidence came from (the evidence table's sources; attached files are kept in their own table). */
export const EVIDENCE_SOURCES = ['email', 'gateway_log'] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

/** The header field a recipient was written in; `unknown` when a gateway log does not say. */
export const RECIPIENT_FIELDS = ['to', 'cc', 'bcc', 'unknown'] as const;
export type RecipientField = (typeof RECIPIENT_FIELDS)[number];

/** One address from a header, with the field it was in and its domain classified. */
export const EmailRecipientSchema = z.object({
  address: z.string(),
  name: z.string(),
  field: z.enum(RECIPIENT_FIELDS),
  classification: DomainClassificationSchema,
  /** Visible to the other To/Cc recipients of a mailing (so disclosed to them): never true for Bcc. */
  exposed: z.boolean(),
});
export type EmailRecipient = z.output<typeof EmailRecipientSchema>;

/** A file attached to the message, as the message names it; the content stays inside the kept .eml. */
export const EmailAttachmentSchema = z.object({ fileName: z.string(), mediaType: z.string(), size: z.number().int().min(0) });
export type EmailAttachment = z.output<typeof EmailAttachmentSchema>;

export const ParsedEmailSchema = z.object({
  subject: z.string(),
  from: z.object({ address: z.string(), name: z.string() }).nullable(),
  sentAt: InstantSchema.nullable(),
  messageId: z.string(),
  recipients: z.array(EmailRecipientSchema),
  attachments: z.array(EmailAttachmentSchema),
});
export type ParsedEmail = z.output<typeof ParsedEmailSchema>;

/**
 * A Microsoft Purview sensitivity label read from the message's `msip_labels` header: its name as the
 * department set it, and the Government Security Classification it names, if it names one.
 */
export const SensitivityLabelSchema = z.object({ name: z.string(), marking: MarkingSchema.nullable() });
export type SensitivityLabel = z.output<typeof SensitivityLabelSchema>;

export const EmailKindSchema = z.enum(['misdirected_email', 'cc_exposure']);

/** What Casebook read from an email file (.eml or Outlook .msg) and what it proposes to do with it. */
export const EmailPreviewSchema = z.object({
  fileName: z.string(),
  sha256: z.string(),
  size: z.number().int(),
  /** True when the file was a forward and the attached original (message/rfc822) was used. */
  usedAttachedOriginal: z.boolean(),
  email: ParsedEmailSchema,
  proposedKind: EmailKindSchema,
  proposedTitle: z.string(),
  /** Why that kind, in words ("12 external recipients could see each other in To/Cc"). */
  kindReason: z.string(),
  /** The label the message carried, offered for the marking of the material compromised; null when none. */
  sensitivityLabel: SensitivityLabelSchema.nullable(),
  warnings: z.array(z.string()),
});
export type EmailPreview = z.output<typeof EmailPreviewSchema>;

export const EmailImportTargetSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('new'),
    kind: EmailKindSchema,
    title: z.string().trim().min(1).max(300).optional(),
    recordMarking: MarkingSchema.default('OFFICIAL-SENSITIVE'),
    /** The marking of the material compromised, as the officer confirmed it (often the message's own label). */
    materialMarking: MarkingSchema.nullable().default(null),
    /**
     * When the officer became aware: the new incident's discoveredAt, which starts the 72-hour clock, so it
     * is never assumed. Not in the future, not before the email was sent.
     */
    awareAt: InstantSchema,
  }),
  z.strictObject({ type: z.literal('existing'), incidentId: IdSchema }),
]);

export const EmailImportResultSchema = z.object({
  incidentId: IdSchema,
  reference: z.string(),
  created: z.boolean(),
  evidenceId: IdSchema,
  sha256: z.string(),
  partiesLinked: z.number().int(),
  partiesCreated: z.number().int(),
  affectedCount: z.number().int(),
  /** The same file was already kept in that incident: nothing was added or changed. */
  alreadyAttached: z.boolean(),
});

export const EmailMessageSchema = z.object({
  seq: z.number().int(),
  incidentId: IdSchema,
  source: z.enum(['eml', 'gateway_log']),
  sentAt: InstantSchema.nullable(),
  sender: z.string(),
  recipient: z.string(),
  recipientDomain: z.string(),
  recipientField: z.enum(RECIPIENT_FIELDS),
  domainClass: DomainClassSchema,
  lookalikeOf: z.string().nullable(),
  typoClass: TypoClassSchema.nullable(),
  /** Why the domain was classified so, as it stood at import ("army.ml imitates army.mil — …"); empty for rows imported before it was kept. */
  domainReason: z.string(),
  subject: z.string(),
  messageId: z.string(),
  partyId: IdSchema.nullable(),
});

/** Emails as evidence: .eml and .msg files read and recorded, the evidence kept, the messages behind an incident. */
export const emailContract = {
  /** Reads an uploaded .eml or Outlook .msg (the attached original, when it is a forward) and proposes an incident. Writes nothing. */
  'emails:preview': { access: 'read', async: true, input: z.strictObject({ fileId: FileIdSchema }), output: EmailPreviewSchema },
  /**
   * Records an .eml or .msg: a new incident of the proposed kind or an existing one, its fields filled from the
   * message, the file kept as evidence (SHA-256), every recipient linked as a party. One transaction.
   */
  'emails:import': {
    access: 'write',
    async: true,
    input: z.strictObject({ fileId: FileIdSchema, target: EmailImportTargetSchema }),
    output: EmailImportResultSchema,
  },
  /** The messages behind an email incident: from imported .eml files and gateway logs. */
  'messages:list': {
    access: 'read',
    input: z.strictObject({ incidentId: IdSchema, ...pageRequest(500, 100) }),
    output: page(EmailMessageSchema).extend({ total: z.number().int().min(0) }),
  },
} as const satisfies Record<string, OperationSpec>;
