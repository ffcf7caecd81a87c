import { z } from '../zodConfig';
import { DATA_CATEGORIES, NOTIFICATION_METHODS, NOTIFICATION_STATUSES, PARTY_ROLES, PARTY_TYPES } from '../domain/vocabulary';
import { IdSchema, InstantSchema, line, page, pageRequest, requiredLine, VersionSchema } from './common';
import { DataCategorySchema, IncidentSummarySchema } from './incidents';
import type { OperationSpec } from './operation';

export const PartyRoleSchema = z.enum(PARTY_ROLES);
export const NotificationStatusSchema = z.enum(NOTIFICATION_STATUSES);
export const NotificationMethodSchema = z.enum(NOTIFICATION_METHODS);

export const PartySchema = z.object({
  id: IdSchema,
  type: z.enum(PARTY_TYPES),
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  organisation: z.string(),
  notes: z.string(),
  isDemo: z.boolean(),
  incidentCount: z.number().int().min(0),
  version: VersionSchema,
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  updatedBy: z.string(),
});
export type Party = z.output<typeof PartySchema>;

const emailField = z
  .string()
  .trim()
  .max(320)
  .refine((v) => v === '' || z.email().safeParse(v).success, 'Enter an email address like name@example.gov.uk');

export const NewPartySchema = z.strictObject({
  type: z.enum(PARTY_TYPES).default('person'),
  name: requiredLine(300, 'a name'),
  email: emailField.default(''),
  phone: line(50).default(''),
  organisation: line(300).default(''),
  notes: line(10_000).default(''),
});
export type NewParty = z.input<typeof NewPartySchema>;

export const PartyPatchSchema = z.strictObject({
  type: z.enum(PARTY_TYPES).optional(),
  name: requiredLine(300, 'a name').optional(),
  email: emailField.optional(),
  phone: line(50).optional(),
  organisation: line(300).optional(),
  notes: line(10_000).optional(),
});

/** How a party is involved in one incident. */
export const InvolvementFieldsSchema = z
  .strictObject({
    roles: z.array(PartyRoleSchema).min(1, 'Give the party at least one role').max(PARTY_ROLES.length),
    dataCategories: z.array(DataCategorySchema).max(DATA_CATEGORIES.length).default([]),
    notificationStatus: NotificationStatusSchema.default('undecided'),
    notifiedAt: InstantSchema.nullable().default(null),
    notificationMethod: NotificationMethodSchema.nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (new Set(v.roles).size !== v.roles.length) {
      ctx.addIssue({ code: 'custom', path: ['roles'], message: 'Each role once' });
    }
    if (v.notificationStatus === 'notified') {
      if (v.notifiedAt === null) ctx.addIssue({ code: 'custom', path: ['notifiedAt'], message: 'Enter when they were told' });
      if (v.notificationMethod === null) {
        ctx.addIssue({ code: 'custom', path: ['notificationMethod'], message: 'Choose how they were told' });
      }
    } else if (v.notifiedAt !== null || v.notificationMethod !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['notificationStatus'],
        message: 'A date and method of notification need the status "notified"',
      });
    }
  });
export type InvolvementFields = z.input<typeof InvolvementFieldsSchema>;

export const InvolvementSchema = z.object({
  incidentId: IdSchema,
  partyId: IdSchema,
  roles: z.array(PartyRoleSchema),
  dataCategories: z.array(DataCategorySchema),
  notificationStatus: NotificationStatusSchema,
  notifiedAt: InstantSchema.nullable(),
  notificationMethod: NotificationMethodSchema.nullable(),
  version: VersionSchema,
});
export type Involvement = z.output<typeof InvolvementSchema>;

/** A party as linked to one incident. */
export const LinkedPartySchema = z.object({ party: PartySchema, involvement: InvolvementSchema });
export type LinkedParty = z.output<typeof LinkedPartySchema>;

/** An incident as seen from a party's page. */
export const PartyIncidentSchema = z.object({
  incident: IncidentSummarySchema,
  involvement: InvolvementSchema,
});

export const partyContract = {
  /** Parties by name, email or organisation; empty text lists them all, by name. */
  'parties:search': {
    access: 'read',
    input: z.strictObject({ text: z.string().trim().max(200).default(''), ...pageRequest(200, 50) }),
    output: page(PartySchema),
  },
  'parties:get': { access: 'read', input: z.strictObject({ id: IdSchema }), output: PartySchema },
  'parties:create': { access: 'write', input: NewPartySchema, output: PartySchema },
  'parties:update': {
    access: 'write',
    input: z.strictObject({ id: IdSchema, version: VersionSchema, patch: PartyPatchSchema }),
    output: PartySchema,
  },
  /** Every incident that touches a party, most recently discovered first. */
  'parties:incidents': {
    access: 'read',
    input: z.strictObject({ partyId: IdSchema, ...pageRequest(500, 100) }),
    output: page(PartyIncidentSchema),
  },
} as const satisfies Record<string, OperationSpec>;

/** The links between parties and incidents: who was involved, how, and whether they were told. */
export const involvementContract = {
  /** The parties linked to an incident, by name. */
  'involvements:list': {
    access: 'read',
    input: z.strictObject({ incidentId: IdSchema, ...pageRequest(500, 100) }),
    output: page(LinkedPartySchema).extend({ total: z.number().int().min(0) }),
  },
  /** Links an existing party, or creates one and links it, in one step. */
  'involvements:link': {
    access: 'write',
    input: z.strictObject({
      incidentId: IdSchema,
      party: z.union([z.strictObject({ id: IdSchema }), z.strictObject({ new: NewPartySchema })]),
      involvement: InvolvementFieldsSchema,
    }),
    output: LinkedPartySchema,
  },
  'involvements:update': {
    access: 'write',
    input: z.strictObject({
      incidentId: IdSchema,
      partyId: IdSchema,
      version: VersionSchema,
      involvement: InvolvementFieldsSchema,
    }),
    output: LinkedPartySchema,
  },
  'involvements:unlink': {
    access: 'write',
    input: z.strictObject({ incidentId: IdSchema, partyId: IdSchema, version: VersionSchema }),
    output: z.object({ incidentId: IdSchema, partyId: IdSchema }),
  },
} as const satisfies Record<string, OperationSpec>;
