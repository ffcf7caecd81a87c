import { z } from '../zodConfig';
import { DOMAIN_CLASSES, TYPO_CLASSES, TYPO_PARTS } from './lookalike/classes';
import { IdSchema, IncidentSummarySchema, InstantSchema, MarkingSchema } from './schemas';

/**
 * The email issue's contract: the department's own and partner domains, files handed to the core,
 * .eml import, gateway-log import as a job, lookalike block lists, and related incidents.
 */

/** Where a piece of evidence came from. */
export const EVIDENCE_SOURCES = ['email', 'gateway_log'] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

/** The mail-gateway log formats Casebook reads; `csv` is any other CSV, through a column mapping. */
export const GATEWAY_LOG_FORMATS = ['exchange', 'm365', 'csv'] as const;
export type GatewayLogFormat = (typeof GATEWAY_LOG_FORMATS)[number];
export const GATEWAY_LOG_FORMAT_LABELS = {
  exchange: 'Exchange Server message tracking log',
  m365: 'Microsoft 365 message trace (CSV)',
  csv: 'Other CSV (map the columns)',
} as const satisfies Record<GatewayLogFormat, string>;

/** The header field a recipient was written in; `unknown` when a gateway log does not say. */
export const RECIPIENT_FIELDS = ['to', 'cc', 'bcc', 'unknown'] as const;
export type RecipientField = (typeof RECIPIENT_FIELDS)[number];

export const DomainClassSchema = z.enum(DOMAIN_CLASSES);
export const TypoClassSchema = z.enum(TYPO_CLASSES);

const domainEntry = z
  .string()
  .trim()
  .min(1, 'Enter a domain such as mod.gov.uk')
  .max(253)
  .transform((d) => d.toLowerCase().replace(/^\.+|\.+$/g, ''));
const domainList = z.array(domainEntry).max(2000);

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

/**
 * A file handed to the core: the shell (Electron) or the harness (upload) registers the bytes or the chosen
 * path and gives the renderer this handle. The core never opens a path the renderer names.
 */
export const FileIdSchema = z.string().regex(/^file-[A-Za-z0-9_-]{16,64}$/, 'Not a file handle; choose the file again');
export const FileRefSchema = z.object({ fileId: FileIdSchema, name: z.string(), size: z.number().int().min(0) });
export type FileRef = z.output<typeof FileRefSchema>;

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

export const ParsedEmailSchema = z.object({
  subject: z.string(),
  from: z.object({ address: z.string(), name: z.string() }).nullable(),
  sentAt: InstantSchema.nullable(),
  messageId: z.string(),
  recipients: z.array(EmailRecipientSchema),
  attachmentNames: z.array(z.string()),
});
export type ParsedEmail = z.output<typeof ParsedEmailSchema>;

export const EmailKindSchema = z.enum(['misdirected_email', 'cc_exposure']);

/** What Casebook read from an .eml and what it proposes to do with it. */
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
  warnings: z.array(z.string()),
});
export type EmailPreview = z.output<typeof EmailPreviewSchema>;

export const EmailImportTargetSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('new'),
    kind: EmailKindSchema,
    title: z.string().trim().min(1).max(300).optional(),
    recordMarking: MarkingSchema.default('OFFICIAL-SENSITIVE'),
    /** When the officer became aware; defaults to now. */
    discoveredAt: InstantSchema.optional(),
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
});

export const EvidenceSchema = z.object({
  id: IdSchema,
  incidentId: IdSchema,
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  source: z.enum(EVIDENCE_SOURCES),
  addedAt: InstantSchema,
  addedBy: z.string(),
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
  subject: z.string(),
  messageId: z.string(),
  partyId: IdSchema.nullable(),
});

/** The fields a gateway-log row must give Casebook; the CSV mapping names a column for each. */
export const LOG_FIELDS = ['sentAt', 'sender', 'recipients', 'subject', 'messageId'] as const;
export const REQUIRED_LOG_FIELDS = ['sentAt', 'sender', 'recipients'] as const;
export const ColumnMappingSchema = z.strictObject({
  sentAt: z.string().min(1),
  sender: z.string().min(1),
  recipients: z.string().min(1),
  subject: z.string().min(1).optional(),
  messageId: z.string().min(1).optional(),
});
export type ColumnMapping = z.output<typeof ColumnMappingSchema>;

export const LogInspectionSchema = z.object({
  fileName: z.string(),
  size: z.number().int(),
  /** The format recognised from the header line, or null when the officer must map columns. */
  detectedFormat: z.enum(GATEWAY_LOG_FORMATS).nullable(),
  columns: z.array(z.string()),
  sampleRows: z.array(z.array(z.string())).max(5),
  suggestedMapping: ColumnMappingSchema.partial(),
});

export const GatewayImportRequestSchema = z.strictObject({
  fileId: FileIdSchema,
  format: z.enum(GATEWAY_LOG_FORMATS),
  mapping: ColumnMappingSchema.optional(),
  /** Put every lookalike message in this incident, rather than one new incident per lookalike domain. */
  incidentId: IdSchema.optional(),
  recordMarking: MarkingSchema.default('OFFICIAL-SENSITIVE'),
});

export const GatewayImportResultSchema = z.object({
  importId: IdSchema,
  fileName: z.string(),
  sha256: z.string(),
  rowCount: z.number().int(),
  messageCount: z.number().int(),
  /** Rows by the recipient domain's class: only lookalike messages are kept (data minimisation). */
  byClass: z.record(z.enum(DOMAIN_CLASSES), z.number().int()),
  groups: z.array(
    z.object({
      domain: z.string(),
      lookalikeOf: z.string(),
      reason: z.string(),
      messageCount: z.number().int(),
      incidentId: IdSchema,
      reference: z.string(),
      created: z.boolean(),
    }),
  ),
  partiesCreated: z.number().int(),
});
export type GatewayImportResult = z.output<typeof GatewayImportResultSchema>;

/** A long piece of work (ARCHITECTURE.md wall 7). */
export const JobIdSchema = z.string().regex(/^job-[A-Za-z0-9_-]{8,64}$/);
export const JOB_PHASES = ['reading', 'writing'] as const;
export const JobProgressSchema = z.object({
  phase: z.enum(JOB_PHASES),
  rows: z.number().int(),
  bytesRead: z.number().int(),
  totalBytes: z.number().int(),
  rowsPerSecond: z.number(),
});
export type JobProgress = z.output<typeof JobProgressSchema>;
export const JOB_STATES = ['running', 'done', 'cancelled', 'failed'] as const;
export const JobSchema = z.object({
  jobId: JobIdSchema,
  kind: z.enum(['gateway-import']),
  state: z.enum(JOB_STATES),
  progress: JobProgressSchema,
  result: GatewayImportResultSchema.nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type Job = z.output<typeof JobSchema>;

/** Events that flow from the core to the UI: over one preload subscription, or server-sent events. */
export const CoreEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('job:progress'), jobId: JobIdSchema, progress: JobProgressSchema }),
  z.object({ type: z.literal('job:finished'), job: JobSchema }),
  z.object({ type: z.literal('data:changed'), entities: z.array(z.enum(['incidents', 'parties', 'settings'])) }),
  /** The register was closed (idle, the OS locked or suspended, or someone chose to): show the login, drop all data. */
  z.object({ type: z.literal('session:locked'), reason: z.enum(['idle', 'os', 'user']) }),
]);
export type CoreEvent = z.output<typeof CoreEventSchema>;

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
  domains: z.array(domainEntry).max(50).default([]),
});

/** Other incidents sharing something with this one. */
export const RELATED_BASES = ['domain', 'sender', 'party'] as const;
export const RelatedGroupSchema = z.object({
  basis: z.enum(RELATED_BASES),
  key: z.string(),
  /** In words: "army.ml has appeared in 7 other incidents since January 2023". */
  summary: z.string(),
  count: z.number().int(),
  since: InstantSchema.nullable(),
  incidents: z.array(IncidentSummarySchema),
});

export const IncidentRefSchema = z.strictObject({ incidentId: IdSchema });
