import { z } from '../zodConfig';
import { IdSchema, InstantSchema } from './common';
import { IncidentFilterSchema, MarkingSchema } from './incidents';
import type { OperationSpec } from './operation';

/**
 * Reports: what the officer asks for, and the document model every format is rendered from.
 * One model per report means the in-app preview, the PDF and the Word file say the same thing.
 */
export const REPORT_KINDS = ['briefing', 'regulator', 'register', 'statistics', 'letters'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_FORMATS = ['pdf', 'docx', 'xlsx', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The formats each report is offered in. */
export const FORMATS_BY_KIND = {
  briefing: ['pdf', 'docx'],
  regulator: ['pdf', 'docx'],
  register: ['csv', 'xlsx'],
  statistics: ['pdf', 'xlsx'],
  letters: ['docx'],
} as const satisfies Record<ReportKind, readonly ReportFormat[]>;

export const REPORT_KIND_LABELS = {
  briefing: 'Ministerial briefing',
  regulator: 'ICO notification draft',
  register: 'Breach register',
  statistics: 'Periodic statistics',
  letters: 'Letters to the people affected',
} as const satisfies Record<ReportKind, string>;

export const ReportRequestSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('briefing'),
    incidentId: IdSchema,
    /** The officer's own "lines to take" paragraph, edited before generating. */
    linesToTake: z.string().trim().max(5000).default(''),
  }),
  z.strictObject({ kind: z.literal('regulator'), incidentId: IdSchema }),
  z.strictObject({
    kind: z.literal('register'),
    filter: IncidentFilterSchema.default({ statuses: [], kinds: [], markings: [], text: '' }),
  }),
  z
    .strictObject({ kind: z.literal('statistics'), from: InstantSchema, to: InstantSchema })
    .refine((r) => r.from < r.to, { path: ['to'], message: 'The end of the period must be after its start' }),
  z.strictObject({
    kind: z.literal('letters'),
    incidentId: IdSchema,
    /** The parties to write to; empty means every party marked for notification (pending). */
    partyIds: z.array(IdSchema).max(10_000).default([]),
    /** One merged document, or one document per party. */
    merged: z.boolean().default(true),
    /** The marking the officer decided each letter carries (DOMAIN.md §9); OFFICIAL lets it go to a member of the public. */
    marking: MarkingSchema.default('OFFICIAL'),
    /** The officer has read each letter and confirms what it contains may be released to its recipient: required to generate. */
    releasableConfirmed: z.boolean().default(false),
  }),
]);
export type ReportRequest = z.input<typeof ReportRequestSchema>;
export type ParsedReportRequest = z.output<typeof ReportRequestSchema>;

export const ReportBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), text: z.string(), level: z.union([z.literal(1), z.literal(2)]) }),
  /** `missing` text is what is not yet known: shown as such, never invented. */
  z.object({ type: z.literal('paragraph'), text: z.string(), tone: z.enum(['normal', 'missing', 'note']) }),
  z.object({
    type: z.literal('fields'),
    rows: z.array(z.object({ label: z.string(), value: z.string(), isMissing: z.boolean() })),
  }),
  z.object({ type: z.literal('table'), columns: z.array(z.string()), rows: z.array(z.array(z.string())) }),
  z.object({ type: z.literal('bullets'), items: z.array(z.string()) }),
  z.object({
    type: z.literal('chart'),
    title: z.string(),
    categories: z.array(z.string()),
    series: z.array(z.object({ name: z.string(), values: z.array(z.number()) })),
  }),
  z.object({ type: z.literal('pageBreak') }),
]);
export type ReportBlock = z.output<typeof ReportBlockSchema>;

export const ReportDocumentSchema = z.object({
  /** The protective marking of the content: printed as a banner at the top and bottom of every page. */
  marking: MarkingSchema,
  title: z.string(),
  subtitle: z.string(),
  /** File name without extension, e.g. "INC-2026-0042 ministerial briefing". */
  fileStem: z.string(),
  blocks: z.array(ReportBlockSchema),
  /** A line for every page's footer, e.g. "Generated 27 Nov 2026 10:30 by A. Morgan from Casebook". */
  footer: z.string(),
});
export type ReportDocument = z.output<typeof ReportDocumentSchema>;

/** A tabular report (the register, statistics tables) as typed cells, for CSV and Excel. */
export const SheetSchema = z.object({
  name: z.string(),
  columns: z.array(z.object({ header: z.string(), type: z.enum(['text', 'number', 'date', 'datetime']), width: z.number() })),
  /** Dates and date-times as UTC ms; rendered in Europe/London. */
  rows: z.array(z.array(z.union([z.string(), z.number(), z.null()]))),
});
export type Sheet = z.output<typeof SheetSchema>;

export const ReportFileSchema = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });
export type ReportFile = z.output<typeof ReportFileSchema>;

export const reportContract = {
  /** What a report will say, for the in-app preview: its documents, or its sheet (first 500 rows) for tables. */
  'reports:preview': {
    access: 'read',
    input: ReportRequestSchema,
    output: z.object({
      documents: z.array(ReportDocumentSchema),
      sheet: SheetSchema.nullable(),
      /** Rows in the whole sheet, when the preview shows only the first ones. */
      sheetRowCount: z.number().int().min(0).nullable(),
    }),
  },
  /** Renders a report offline as files (base64) and records in the audit trail who generated what, when. */
  'reports:generate': {
    access: 'report',
    async: true,
    input: z.strictObject({ request: ReportRequestSchema, format: z.enum(REPORT_FORMATS) }),
    output: z.object({ files: z.array(ReportFileSchema).min(1) }),
  },
} as const satisfies Record<string, OperationSpec>;
