import { z } from '../zodConfig';
import { CYBER_IMPACTS, CYBER_RECOVERY_TIMES, CYBER_TYPES, YES_NO_UNKNOWN, type IncidentKind } from './vocabulary';

/**
 * The details each incident kind needs (docs/domain.md#incident-kinds). Every field is optional: an officer records what
 * is known when it is known. A later import fills the email fields from the message itself.
 */
const text = (max = 2000) => z.string().trim().max(max);
const addressList = z.array(z.string().trim().min(1).max(320)).max(10_000);
const optionalInstant = z.number().int().nullable();
const tristate = z.boolean().nullable();

export const MisdirectedEmailDetailsSchema = z.strictObject({
  sender: text(320).default(''),
  intendedRecipients: addressList.default([]),
  actualRecipients: addressList.default([]),
  messageId: text(998).default(''),
  sentAt: optionalInstant.default(null),
  recallAttempted: tristate.default(null),
  recipientResponse: text().default(''),
});

export const CcExposureDetailsSchema = z.strictObject({
  sender: text(320).default(''),
  recipientsExposed: z.number().int().min(0).nullable().default(null),
  recipients: addressList.default([]),
  messageId: text(998).default(''),
  sentAt: optionalInstant.default(null),
});

export const MisdirectedPostDetailsSchema = z.strictObject({
  intendedAddressee: text(500).default(''),
  actualAddressee: text(500).default(''),
  item: text().default(''),
});

export const LostDocumentDetailsSchema = z.strictObject({
  documentDescription: text().default(''),
  pageCount: z.number().int().min(0).nullable().default(null),
  lostWhere: text(500).default(''),
  lostAt: optionalInstant.default(null),
  foundBy: text(500).default(''),
  recovered: tristate.default(null),
  onwardDisclosure: text().default(''),
});

export const LostDeviceDetailsSchema = z.strictObject({
  deviceType: text(200).default(''),
  assetTag: text(100).default(''),
  encrypted: tristate.default(null),
  remoteWiped: tristate.default(null),
});

export const UnauthorisedDisclosureDetailsSchema = z.strictObject({
  how: text().default(''),
  toWhom: text(500).default(''),
});

export const InsecureDisposalDetailsSchema = z.strictObject({
  what: text().default(''),
  where: text(500).default(''),
});

export const CyberDetailsSchema = z.strictObject({
  cyberType: z.enum(CYBER_TYPES).nullable().default(null),
  confidentialityAffected: z.enum(YES_NO_UNKNOWN).default('unknown'),
  integrityAffected: z.enum(YES_NO_UNKNOWN).default('unknown'),
  availabilityAffected: z.enum(YES_NO_UNKNOWN).default('unknown'),
  impact: z.enum(CYBER_IMPACTS).default('unknown'),
  recoveryTime: z.enum(CYBER_RECOVERY_TIMES).default('unknown'),
});

export const OtherDetailsSchema = z.strictObject({
  summary: text().default(''),
});

export const DETAILS_SCHEMAS = {
  misdirected_email: MisdirectedEmailDetailsSchema,
  cc_exposure: CcExposureDetailsSchema,
  misdirected_post: MisdirectedPostDetailsSchema,
  lost_document: LostDocumentDetailsSchema,
  lost_device: LostDeviceDetailsSchema,
  unauthorised_disclosure: UnauthorisedDisclosureDetailsSchema,
  insecure_disposal: InsecureDisposalDetailsSchema,
  cyber: CyberDetailsSchema,
  other: OtherDetailsSchema,
} as const satisfies Record<IncidentKind, z.ZodType>;

/** The details of a kind, with every default filled in: what a new incident of that kind starts with. */
export function emptyDetails<K extends IncidentKind>(kind: K): z.output<(typeof DETAILS_SCHEMAS)[K]> {
  return DETAILS_SCHEMAS[kind].parse({}) as z.output<(typeof DETAILS_SCHEMAS)[K]>;
}

const option = <K extends IncidentKind>(kind: K) => z.object({ kind: z.literal(kind), details: DETAILS_SCHEMAS[kind] });

/** Kind and details as stored and returned: a union discriminated by kind. */
export const KindWithDetailsSchema = z.discriminatedUnion('kind', [
  option('misdirected_email'),
  option('cc_exposure'),
  option('misdirected_post'),
  option('lost_document'),
  option('lost_device'),
  option('unauthorised_disclosure'),
  option('insecure_disposal'),
  option('cyber'),
  option('other'),
]);

export type KindWithDetails = z.output<typeof KindWithDetailsSchema>;
export type IncidentDetails = KindWithDetails['details'];

/**
 * Validates details against their kind's schema, reporting problems under `details.<field>`.
 * Used by the create and update schemas so a change of kind always re-validates the details.
 */
export function parseDetails(kind: IncidentKind, details: unknown, ctx: z.core.$RefinementCtx): IncidentDetails | undefined {
  const result = DETAILS_SCHEMAS[kind].safeParse(details ?? {});
  if (result.success) return result.data as IncidentDetails;
  for (const issue of result.error.issues) {
    ctx.addIssue({ code: 'custom', path: ['details', ...issue.path.map(String)], message: issue.message, input: details });
  }
  return undefined;
}

/** The text inside an incident's details, for the search index (addresses, places, descriptions). */
export function detailsSearchText(details: IncidentDetails): string {
  const out: string[] = [];
  for (const value of Object.values(details)) {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) out.push(...value);
  }
  return out.filter(Boolean).join('\n');
}
