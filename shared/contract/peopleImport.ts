import { z } from '../zodConfig';
import { DATA_CATEGORIES } from '../domain/vocabulary';
import { IdSchema } from './common';
import { FileIdSchema } from './files';
import { DataCategorySchema } from './incidents';
import type { OperationSpec } from './operation';
import { PartyRoleSchema } from './parties';

/**
 * Importing the people affected from a spreadsheet (CSV or XLSX) into one incident: docs/people-import.md.
 * The officer maps the columns, reads the preview with each row's problems and matches, then imports the
 * batch with one role, one set of data categories and one notification status.
 */

/** The fields a row can give: a name (or a first name with `familyName`), and the rest optional. */
export const PEOPLE_FIELDS = ['name', 'familyName', 'email', 'phone', 'organisation', 'dataCategories'] as const;
export type PeopleField = (typeof PEOPLE_FIELDS)[number];
export const PEOPLE_FIELD_LABELS = {
  name: 'Name (or first name)',
  familyName: 'Surname (own column)',
  email: 'Email',
  phone: 'Phone',
  organisation: 'Organisation',
  dataCategories: 'Data categories',
} as const satisfies Record<PeopleField, string>;

const column = z.string().min(1).max(300);
/** The column chosen for each field, by its name in the preview's `columns`. */
export const PeopleMappingSchema = z.strictObject({
  name: column,
  familyName: column.optional(),
  email: column.optional(),
  phone: column.optional(),
  organisation: column.optional(),
  dataCategories: column.optional(),
});
export type PeopleMapping = z.output<typeof PeopleMappingSchema>;

/** The statuses a whole batch may start with: the others need a date and a method, person by person. */
export const BATCH_NOTIFICATION_STATUSES = ['undecided', 'pending', 'not_required'] as const;

/** Most rows one import takes, and the largest file: a list longer than this is several imports. */
export const PEOPLE_IMPORT_MAX_ROWS = 50_000;
export const PEOPLE_IMPORT_MAX_BYTES = 50 * 1024 * 1024;

const fileChoice = {
  fileId: FileIdSchema,
  incidentId: IdSchema,
  /** The workbook's sheet to read; the first visible sheet with data when not given. */
  sheet: z.string().min(1).max(100).optional(),
  /** The columns to read; the mapping suggested from the header when not given. */
  mapping: PeopleMappingSchema.optional(),
};

export const PeopleImportRequestSchema = z.strictObject({
  ...fileChoice,
  role: PartyRoleSchema.default('data_subject'),
  /** Given to every person in the batch, beside the categories a mapped column gives each. */
  dataCategories: z.array(DataCategorySchema).max(DATA_CATEGORIES.length).default([]),
  notificationStatus: z.enum(BATCH_NOTIFICATION_STATUSES).default('undecided'),
  /** Import the other rows when some have problems; without it, any problem refuses the import. */
  skipRowsWithProblems: z.boolean().default(false),
});

export const SHEET_STATES = ['visible', 'hidden', 'veryHidden'] as const;

export const PeopleRowProblemSchema = z.object({ field: z.enum(PEOPLE_FIELDS), message: z.string() });

export const PeopleRowSchema = z.object({
  /** The row's number as the spreadsheet shows it (the header is usually row 1). */
  row: z.number().int().min(1),
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  organisation: z.string(),
  dataCategories: z.array(DataCategorySchema),
  /** The row was hidden in the workbook (or sat in a hidden sheet). */
  hidden: z.boolean(),
  /** Problems that keep the row out of the import. */
  problems: z.array(PeopleRowProblemSchema),
  /** The earlier row this one repeats: it is imported once, as that row. */
  duplicateOf: z.number().int().nullable(),
  /** The party already on the register that this row is. */
  match: z.object({ partyId: IdSchema, name: z.string(), by: z.enum(['email', 'namePhone']), alreadyLinked: z.boolean(), note: z.string().nullable() }).nullable(),
});
export type PeopleRow = z.output<typeof PeopleRowSchema>;

export const PeoplePreviewSchema = z.object({
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  /** Every sheet of a workbook, hidden ones included (none for a CSV). */
  sheets: z.array(z.object({ name: z.string(), state: z.enum(SHEET_STATES), rowCount: z.number().int() })),
  sheet: z.string().nullable(),
  /** The header's columns, by the name the mapping uses, with the spreadsheet's column letter. */
  columns: z.array(z.object({ name: z.string(), letter: z.string(), hidden: z.boolean() })),
  suggestedMapping: PeopleMappingSchema.partial(),
  /** The mapping the rows were read with; null until a name column is chosen. */
  mapping: PeopleMappingSchema.nullable(),
  /** What the workbook hid, said in plain words (a hidden sheet, rows, columns). */
  hiddenNotes: z.array(z.string()),
  counts: z.object({
    rows: z.number().int(),
    /** People who will become new parties. */
    newParties: z.number().int(),
    /** Rows that are parties already on the register. */
    matched: z.number().int(),
    /** Of those, parties already linked to this incident (they gain the role and categories). */
    alreadyLinked: z.number().int(),
    duplicates: z.number().int(),
    withProblems: z.number().int(),
    hiddenRows: z.number().int(),
  }),
  /** The rows worth a look (problems, duplicates, matches, hidden) and the first few, in row order. */
  rows: z.array(PeopleRowSchema),
  /** Rows worth a look that did not fit in `rows`. */
  rowsNotShown: z.number().int(),
});
export type PeoplePreview = z.output<typeof PeoplePreviewSchema>;

export const PeopleImportResultSchema = z.object({
  incidentId: IdSchema,
  reference: z.string(),
  /** People linked by this import (each once), new parties and existing ones together. */
  linked: z.number().int(),
  partiesCreated: z.number().int(),
  matched: z.number().int(),
  alreadyLinked: z.number().int(),
  duplicatesMerged: z.number().int(),
  /** Rows left out for their problems (only with skipRowsWithProblems). */
  skipped: z.number().int(),
});
export type PeopleImportResult = z.output<typeof PeopleImportResultSchema>;

export const peopleImportContract = {
  /** Reads a CSV or XLSX of people: its columns, a suggested mapping, each row's problems and matches. Writes nothing. */
  'parties:importPreview': { access: 'read', async: true, input: z.strictObject(fileChoice), output: PeoplePreviewSchema },
  /** Imports the people as parties linked to the incident, in one transaction with one audit entry. */
  'parties:import': { access: 'write', async: true, input: PeopleImportRequestSchema, output: PeopleImportResultSchema },
} as const satisfies Record<string, OperationSpec>;
