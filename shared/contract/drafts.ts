import { z } from '../zodConfig';
import { empty, IdSchema, InstantSchema } from './common';
import type { OperationSpec } from './operation';

/**
 * The forms whose half-typed values are kept as drafts (issue 11 §3). `newIncident` has no incident yet;
 * every other form belongs to one incident.
 */
export const DRAFT_KINDS = ['newIncident', 'incidentDetails', 'note', 'assessment', 'decisions'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

/** A draft is a form's values, not a record: this bounds what one form can hold (UTF-16 code units of its JSON). */
export const DRAFT_MAX_CHARS = 200_000;

const DraftKindSchema = z.enum(DRAFT_KINDS);

/** A new incident has no incident yet; every other form names its incident. */
function checkDraftKey(key: { kind: DraftKind; incidentId: string | null }, ctx: z.RefinementCtx): void {
  if (key.kind === 'newIncident' && key.incidentId !== null) {
    ctx.addIssue({ code: 'custom', path: ['incidentId'], message: 'A new incident has no incident yet: leave the incident out' });
  }
  if (key.kind !== 'newIncident' && key.incidentId === null) {
    ctx.addIssue({ code: 'custom', path: ['incidentId'], message: 'Say which incident this form belongs to' });
  }
}

/** Which form: its kind, and its incident (null only for the new-incident form). */
const DraftKeySchema = z.strictObject({ kind: DraftKindSchema, incidentId: IdSchema.nullable() }).superRefine(checkDraftKey);

/** A form's values nest a few levels at most (a section, a list of choices); deeper is not a form, and would overflow the measuring. */
export const DRAFT_MAX_DEPTH = 8;

function nestedDeeperThan(value: unknown, depth: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (depth === 0) return true;
  return Object.values(value).some((inner) => nestedDeeperThan(inner, depth - 1));
}

const DraftValuesSchema = z.record(z.string(), z.unknown()).superRefine((values, ctx) => {
  if (nestedDeeperThan(values, DRAFT_MAX_DEPTH)) {
    ctx.addIssue({ code: 'custom', message: `This draft nests deeper than a form does (over ${DRAFT_MAX_DEPTH} levels)` });
    return;
  }
  if (JSON.stringify(values).length > DRAFT_MAX_CHARS) {
    ctx.addIssue({ code: 'custom', message: `This draft is too long to keep (over ${DRAFT_MAX_CHARS.toLocaleString('en-GB')} characters)` });
  }
});

export const DraftSchema = z.object({
  kind: DraftKindSchema,
  incidentId: IdSchema.nullable(),
  values: z.record(z.string(), z.unknown()),
  updatedAt: InstantSchema,
});
export type Draft = z.output<typeof DraftSchema>;

/** One draft as the offer after login names it: the form and its incident, without the values. */
export const DraftSummarySchema = z.object({
  kind: DraftKindSchema,
  incidentId: IdSchema.nullable(),
  incidentReference: z.string().nullable(),
  incidentTitle: z.string().nullable(),
  updatedAt: InstantSchema,
});
export type DraftSummary = z.output<typeof DraftSummarySchema>;

/**
 * Drafts belong to the account that typed them, whatever its role (access `self`): each operation reaches
 * only the caller's own drafts, so no account can read or discard another's. They are kept in the
 * encrypted register, so they answer LOCKED while nobody is logged in, and they are not audited: they
 * are not events, and the record they become is audited when it is submitted.
 */
export const draftContract = {
  'drafts:save': {
    access: 'self',
    input: z.strictObject({ kind: DraftKindSchema, incidentId: IdSchema.nullable(), values: DraftValuesSchema }).superRefine(checkDraftKey),
    output: z.object({ updatedAt: InstantSchema }),
  },
  'drafts:list': {
    access: 'self',
    input: empty,
    output: z.object({ items: z.array(DraftSummarySchema) }),
  },
  'drafts:get': {
    access: 'self',
    input: DraftKeySchema,
    output: DraftSchema.nullable(),
  },
  'drafts:discard': {
    access: 'self',
    input: DraftKeySchema,
    output: z.object({ discarded: z.boolean() }),
  },
} as const satisfies Record<string, OperationSpec>;
