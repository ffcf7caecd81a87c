import { z } from '../zodConfig';
import {
  AuditEntrySchema,
  AuditVerificationSchema,
  CursorSchema,
  IdSchema,
  IncidentFilterSchema,
  IncidentPatchSchema,
  IncidentSchema,
  IncidentStatusSchema,
  IncidentSummarySchema,
  InvolvementFieldsSchema,
  LinkedPartySchema,
  NewIncidentSchema,
  NewPartySchema,
  NoteSchema,
  OfficerSchema,
  OutcomeSchema,
  PartyIncidentSchema,
  PartyPatchSchema,
  PartySchema,
  SessionSchema,
  SortFieldSchema,
  StatusChangeSchema,
  VersionSchema,
} from '../domain/schemas';
import {
  ActionPatchSchema,
  ActionSchema,
  AssessmentSchema,
  ClockSettingsSchema,
  DashboardSchema,
  ExternalNotificationSchema,
  MarkNotifiedSchema,
  NewActionSchema,
  NewAssessmentSchema,
  NewExternalNotificationSchema,
  NewRegulatorReportSchema,
  OrganisationSchema,
  RegulatorReportSchema,
} from '../domain/investigationSchemas';
import { ReportDocumentSchema, ReportFileSchema, ReportRequestSchema, REPORT_FORMATS, SheetSchema } from '../domain/reportSchemas';
import {
  DomainClassificationSchema,
  DomainSettingsSchema,
  DomainSettingsViewSchema,
  EmailImportResultSchema,
  EmailImportTargetSchema,
  EmailMessageSchema,
  EmailPreviewSchema,
  EvidenceSchema,
  FileIdSchema,
  GatewayImportRequestSchema,
  IncidentRefSchema,
  JobIdSchema,
  JobSchema,
  LogInspectionSchema,
  LookalikeRequestSchema,
  LookalikeSchema,
  LOOKALIKE_EXPORT_FORMATS,
  RelatedGroupSchema,
} from '../domain/emailSchemas';
import {
  AccountNameSchema,
  AccountSchema,
  AuthStatusSchema,
  BackupSchema,
  FolderIdSchema,
  LoginSchema,
  NewAccountSchema,
  PasswordAdviceSchema,
  PasswordChangeSchema,
  PasswordSchema,
  SecuritySettingsSchema,
  SetupSchema,
} from '../domain/accountSchemas';
import type { Operation } from './operations';

const empty = z.strictObject({});
const limit = (max: number, fallback: number) => z.number().int().min(1).max(max).default(fallback);
const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/**
 * Every operation the UI can ask of the core, with the zod schemas of its input and output
 * (ARCHITECTURE.md wall 1). The core's dispatcher parses every input with these; tests parse every output.
 */
export const contract = {
  /** Who is using this laptop, and what the database holds: drives the first-run screens. */
  'session:get': { input: empty, output: SessionSchema },
  /** Records the officer's name and business unit; every later audit entry names them. */
  'session:setOfficer': { input: OfficerSchema, output: OfficerSchema },

  /** One page of the register, filtered, searched and sorted, keyset-paginated. */
  'incidents:list': {
    input: z.strictObject({
      filter: IncidentFilterSchema.default({ statuses: [], kinds: [], markings: [], text: '' }),
      sort: z
        .strictObject({ field: SortFieldSchema, direction: z.enum(['asc', 'desc']) })
        .default({ field: 'discoveredAt', direction: 'desc' }),
      cursor: CursorSchema.nullable().default(null),
      limit: limit(500, 100),
    }),
    output: page(IncidentSummarySchema).extend({ total: z.number().int().min(0) }),
  },
  /** One incident with its status history. */
  'incidents:get': {
    input: z.strictObject({ id: IdSchema }),
    output: z.object({ incident: IncidentSchema, statusHistory: z.array(StatusChangeSchema) }),
  },
  /** Records a new incident and gives it the next reference of the year, INC-YYYY-NNNN. */
  'incidents:create': { input: NewIncidentSchema, output: IncidentSchema },
  /** Changes fields of an open incident; `version` must be the one the officer was looking at. */
  'incidents:update': {
    input: z.strictObject({ id: IdSchema, version: VersionSchema, patch: IncidentPatchSchema }),
    output: IncidentSchema,
  },
  /** Moves an incident along the workflow (DOMAIN.md §6). */
  'incidents:transition': {
    input: z.strictObject({
      id: IdSchema,
      version: VersionSchema,
      to: IncidentStatusSchema,
      reason: z.string().trim().max(5000).default(''),
      outcome: OutcomeSchema.nullable().default(null),
      duplicateOf: z.string().trim().max(100).nullable().default(null),
    }),
    output: IncidentSchema,
  },
  /** Every recorded change to an incident, newest first, read from the audit log. */
  'incidents:history': {
    input: z.strictObject({ id: IdSchema, cursor: CursorSchema.nullable().default(null), limit: limit(500, 100) }),
    output: page(AuditEntrySchema),
  },

  'notes:list': {
    input: z.strictObject({ incidentId: IdSchema, cursor: CursorSchema.nullable().default(null), limit: limit(500, 100) }),
    output: page(NoteSchema),
  },
  'notes:add': {
    input: z.strictObject({ incidentId: IdSchema, body: z.string().trim().min(1, 'Write the note first').max(20_000) }),
    output: NoteSchema,
  },

  /** Parties by name, email or organisation; empty text lists them all, by name. */
  'parties:search': {
    input: z.strictObject({
      text: z.string().trim().max(200).default(''),
      cursor: CursorSchema.nullable().default(null),
      limit: limit(200, 50),
    }),
    output: page(PartySchema),
  },
  'parties:get': { input: z.strictObject({ id: IdSchema }), output: PartySchema },
  'parties:create': { input: NewPartySchema, output: PartySchema },
  'parties:update': {
    input: z.strictObject({ id: IdSchema, version: VersionSchema, patch: PartyPatchSchema }),
    output: PartySchema,
  },
  /** Every incident that touches a party, most recently discovered first. */
  'parties:incidents': {
    input: z.strictObject({ partyId: IdSchema, cursor: CursorSchema.nullable().default(null), limit: limit(500, 100) }),
    output: page(PartyIncidentSchema),
  },

  /** The parties linked to an incident, by name. */
  'involvements:list': {
    input: z.strictObject({ incidentId: IdSchema, cursor: CursorSchema.nullable().default(null), limit: limit(500, 100) }),
    output: page(LinkedPartySchema).extend({ total: z.number().int().min(0) }),
  },
  /** Links an existing party, or creates one and links it, in one step. */
  'involvements:link': {
    input: z.strictObject({
      incidentId: IdSchema,
      party: z.union([z.strictObject({ id: IdSchema }), z.strictObject({ new: NewPartySchema })]),
      involvement: InvolvementFieldsSchema,
    }),
    output: LinkedPartySchema,
  },
  'involvements:update': {
    input: z.strictObject({
      incidentId: IdSchema,
      partyId: IdSchema,
      version: VersionSchema,
      involvement: InvolvementFieldsSchema,
    }),
    output: LinkedPartySchema,
  },
  'involvements:unlink': {
    input: z.strictObject({ incidentId: IdSchema, partyId: IdSchema, version: VersionSchema }),
    output: z.object({ incidentId: IdSchema, partyId: IdSchema }),
  },

  /** Re-computes the audit chain: OK, or the first entry that fails. */
  'audit:verify': { input: empty, output: AuditVerificationSchema },

  /** Loads the demo incidents drawn from the seed article, marked as demo data. */
  'demo:load': {
    input: empty,
    output: z.object({ incidents: z.number().int(), parties: z.number().int() }),
  },
  /** Removes every demo incident and every demo party no real incident uses, in one audited act. */
  'demo:remove': {
    input: empty,
    output: z.object({ incidents: z.number().int(), parties: z.number().int() }),
  },

  /** The organisation's clock settings (the internal-report deadline). */
  'settings:get': { input: empty, output: ClockSettingsSchema },
  'settings:update': { input: ClockSettingsSchema, output: ClockSettingsSchema },
  /** The organisation (controller) and its DPO: part 10 of the ICO draft and the letters' contact point. */
  'organisation:get': { input: empty, output: OrganisationSchema },
  'organisation:update': { input: OrganisationSchema, output: OrganisationSchema },

  /** Every severity assessment of an incident, newest first; earlier versions are kept. */
  'assessments:list': {
    input: z.strictObject({ incidentId: IdSchema }),
    output: z.object({ items: z.array(AssessmentSchema) }),
  },
  /** Assesses (or re-assesses) severity with the ENISA 2013 method; the core computes the score and band. */
  'assessments:add': { input: NewAssessmentSchema, output: AssessmentSchema },

  'notifications:list': {
    input: z.strictObject({ incidentId: IdSchema }),
    output: z.object({ regulator: z.array(RegulatorReportSchema), external: z.array(ExternalNotificationSchema) }),
  },
  /** Records a report to the ICO; the initial one sets when the regulator was notified. */
  'notifications:recordRegulator': {
    input: NewRegulatorReportSchema,
    output: z.object({ incident: IncidentSchema, report: RegulatorReportSchema }),
  },
  /** Records that another organisation (police, GSG, the minister's office…) was told. */
  'notifications:recordExternal': { input: NewExternalNotificationSchema, output: ExternalNotificationSchema },
  /** Marks linked parties as told, in one step. */
  'involvements:markNotified': { input: MarkNotifiedSchema, output: z.object({ updated: z.number().int().min(0) }) },

  'actions:list': { input: z.strictObject({ incidentId: IdSchema }), output: z.object({ items: z.array(ActionSchema) }) },
  'actions:add': { input: NewActionSchema, output: ActionSchema },
  'actions:update': {
    input: z.strictObject({ id: IdSchema, version: VersionSchema, patch: ActionPatchSchema }),
    output: ActionSchema,
  },

  /** The home screen: what is open, what is running out, what is due, and how fast the department responds. */
  'dashboard:get': { input: z.strictObject({ months: z.number().int().min(1).max(120).default(12) }), output: DashboardSchema },

  /** What a report will say, for the in-app preview: its documents, or its sheet (first 500 rows) for tables. */
  'reports:preview': {
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
    input: z.strictObject({ request: ReportRequestSchema, format: z.enum(REPORT_FORMATS) }),
    output: z.object({ files: z.array(ReportFileSchema).min(1) }),
  },

  /** The department's own domains and its trusted partners', with the defaults Casebook suggests. */
  'domains:get': { input: empty, output: DomainSettingsViewSchema },
  /** Replaces both lists (one audited change naming what was added and removed). */
  'domains:update': { input: DomainSettingsSchema, output: DomainSettingsViewSchema },
  /** Classifies domains against the lists: internal, partner, lookalike (with the reason) or external. */
  'domains:classify': {
    input: z.strictObject({ domains: z.array(z.string().max(320)).min(1).max(1000) }),
    output: z.object({ items: z.array(DomainClassificationSchema) }),
  },

  /** Reads an uploaded .eml (the attached original, when it is a forward) and proposes an incident. Writes nothing. */
  'emails:preview': { input: z.strictObject({ fileId: FileIdSchema }), output: EmailPreviewSchema },
  /**
   * Records an .eml: a new incident of the proposed kind or an existing one, its fields filled from the
   * message, the file kept as evidence (SHA-256), every recipient linked as a party. One transaction.
   */
  'emails:import': {
    input: z.strictObject({ fileId: FileIdSchema, target: EmailImportTargetSchema }),
    output: EmailImportResultSchema,
  },
  /** The evidence files of an incident (names, sizes, SHA-256; not the content). */
  'evidence:list': { input: IncidentRefSchema, output: z.object({ items: z.array(EvidenceSchema) }) },
  /** The messages behind an email incident: from imported .eml files and gateway logs. */
  'messages:list': {
    input: z.strictObject({ incidentId: IdSchema, cursor: CursorSchema.nullable().default(null), limit: limit(500, 100) }),
    output: page(EmailMessageSchema).extend({ total: z.number().int().min(0) }),
  },

  /** Reads a gateway log's header and first rows: the format recognised, its columns, a suggested mapping. */
  'gatewayLogs:inspect': { input: z.strictObject({ fileId: FileIdSchema }), output: LogInspectionSchema },
  /** Starts importing a gateway log as a job; progress and the result arrive as events (and jobs:get). */
  'gatewayLogs:import': { input: GatewayImportRequestSchema, output: z.object({ jobId: JobIdSchema }) },
  'jobs:get': { input: z.strictObject({ jobId: JobIdSchema }), output: JobSchema },
  /** Cancels a running job; a cancelled job leaves nothing behind. */
  'jobs:cancel': { input: z.strictObject({ jobId: JobIdSchema }), output: JobSchema },

  /** Every typo of the protected domains (dnstwist's classes, on the name and on the public suffix). */
  'lookalikes:generate': {
    input: LookalikeRequestSchema,
    output: z.object({ sources: z.array(z.string()), items: z.array(LookalikeSchema) }),
  },
  /** The same list as a file: plain list, CSV (domain, class, source partner) or a Postfix access map. */
  'lookalikes:export': {
    input: LookalikeRequestSchema.extend({ format: z.enum(LOOKALIKE_EXPORT_FORMATS) }),
    output: ReportFileSchema,
  },
  /** Other incidents with the same lookalike domain, the same sender, or the same party. */
  'incidents:related': { input: IncidentRefSchema, output: z.object({ groups: z.array(RelatedGroupSchema) }) },

  /** Which screen to show: set up the first administrator, log in, or work; and what the last login missed. */
  'auth:status': { input: empty, output: AuthStatusSchema },
  /** First run: creates the encrypted register and its first administrator (refused once one exists). */
  'auth:setup': { input: SetupSchema, output: AuthStatusSchema },
  /** Unwraps the register's key with the account's password and opens it; wrong passwords slow down. */
  'auth:login': { input: LoginSchema, output: AuthStatusSchema },
  /** Closes the register and drops the key (idle, the OS locking or suspending, or the officer's choice). */
  'auth:lock': { input: empty, output: AuthStatusSchema },
  /** How strong a password is, with advice (zxcvbn-ts); the same judgement the core applies when one is set. */
  'auth:checkPassword': {
    input: z.strictObject({ password: PasswordSchema, name: z.string().max(100).default('') }),
    output: PasswordAdviceSchema,
  },
  'accounts:list': { input: empty, output: z.object({ items: z.array(AccountSchema) }) },
  /** Adds an account: its own copy of the register's key, wrapped with a key derived from its password. */
  'accounts:create': { input: NewAccountSchema, output: AccountSchema },
  /** Removes an account and its key slot (never the last administrator, never oneself). */
  'accounts:remove': { input: z.strictObject({ name: AccountNameSchema }), output: z.object({ removed: z.literal(true) }) },
  /** Rewraps only this account's key slot. */
  'accounts:changePassword': { input: PasswordChangeSchema, output: AccountSchema },
  'security:get': { input: empty, output: SecuritySettingsSchema },
  'security:update': { input: SecuritySettingsSchema, output: SecuritySettingsSchema },
  /** A new random register key: the database is re-keyed and every account's slot rewrapped. */
  'security:rotateKey': { input: empty, output: z.object({ rotatedAt: z.number().int() }) },
  /** Writes an encrypted copy with its key slots into the chosen folder, then proves it by reopening it. */
  'backups:create': { input: z.strictObject({ folderId: FolderIdSchema }), output: BackupSchema },
  /** Checks a backup folder: opens it with the current key, integrity_check, audit chain. Writes nothing. */
  'backups:verify': { input: z.strictObject({ folderId: FolderIdSchema }), output: BackupSchema },
  /** Replaces the register with a verified backup, keeping the previous file until the new one is proven. */
  'backups:restore': { input: z.strictObject({ folderId: FolderIdSchema }), output: BackupSchema },
} as const satisfies Record<Operation, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type Input<O extends Operation> = z.input<Contract[O]['input']>;
export type ParsedInput<O extends Operation> = z.output<Contract[O]['input']>;
export type Output<O extends Operation> = z.output<Contract[O]['output']>;
export type { Operation };
