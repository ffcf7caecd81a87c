import { z } from '../zodConfig';
import { DOMAIN_CLASSES } from '../domain/lookalike/classes';
import { IdSchema, InstantSchema, JobIdSchema } from './common';
import { FileIdSchema } from './files';
import { MarkingSchema } from './incidents';
import type { OperationSpec } from './operation';

/** The mail-gateway log formats Casebook reads; `csv` is any other CSV, through a column mapping. */
export const GATEWAY_LOG_FORMATS = ['exchange', 'm365', 'csv'] as const;
export type GatewayLogFormat = (typeof GATEWAY_LOG_FORMATS)[number];
export const GATEWAY_LOG_FORMAT_LABELS = {
  exchange: 'Exchange Server message tracking log',
  m365: 'Microsoft 365 message trace (CSV)',
  csv: 'Other CSV (map the columns)',
} as const satisfies Record<GatewayLogFormat, string>;

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

export const GatewayImportRequestSchema = z
  .strictObject({
    fileId: FileIdSchema,
    format: z.enum(GATEWAY_LOG_FORMATS),
    mapping: ColumnMappingSchema.optional(),
    /** Put every lookalike message in this incident, rather than one new incident per lookalike domain. */
    incidentId: IdSchema.optional(),
    recordMarking: MarkingSchema.default('OFFICIAL-SENSITIVE'),
    /**
     * When the officer became aware of what the log shows: the discoveredAt of every incident it creates,
     * which starts the 72-hour clock, so it is never assumed. Not in the future. Required unless
     * the messages go into an existing incident, which keeps its own.
     */
    awareAt: InstantSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.incidentId === undefined && v.awareAt === undefined) {
      ctx.addIssue({ code: 'custom', path: ['awareAt'], message: 'Say when you became aware of what the log shows: it starts the 72-hour clock' });
    }
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
      /** Added to an open incident that already held messages to this domain, rather than a new one. */
      openForDomain: z.boolean(),
    }),
  ),
  partiesCreated: z.number().int(),
});
export type GatewayImportResult = z.output<typeof GatewayImportResultSchema>;

export const gatewayLogContract = {
  /** Reads a gateway log's header and first rows: the format recognised, its columns, a suggested mapping. */
  'gatewayLogs:inspect': { access: 'read', input: z.strictObject({ fileId: FileIdSchema }), output: LogInspectionSchema },
  /** Starts importing a gateway log as a job; progress and the result arrive as events (and jobs:get). */
  'gatewayLogs:import': { access: 'write', input: GatewayImportRequestSchema, output: z.object({ jobId: JobIdSchema }) },
} as const satisfies Record<string, OperationSpec>;
