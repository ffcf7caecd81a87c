import { z } from '../zodConfig';
import { ACTION_KINDS, ACTION_STATUSES } from '../domain/vocabulary';
import { IdSchema, InstantSchema, line, VersionSchema } from './common';
import type { OperationSpec } from './operation';

const actionFields = {
  kind: z.enum(ACTION_KINDS),
  description: z.string().trim().min(1, 'Say what is to be done').max(5000),
  owner: line(200).default(''),
  dueAt: InstantSchema.nullable().default(null),
  status: z.enum(ACTION_STATUSES).default('open'),
};

export const NewActionSchema = z.strictObject({ incidentId: IdSchema, ...actionFields });

export const ActionPatchSchema = z.strictObject({
  kind: actionFields.kind.optional(),
  description: actionFields.description.optional(),
  owner: line(200).optional(),
  dueAt: InstantSchema.nullable().optional(),
  status: z.enum(ACTION_STATUSES).optional(),
});

export const ActionSchema = z.object({
  id: IdSchema,
  incidentId: IdSchema,
  kind: z.enum(ACTION_KINDS),
  description: z.string(),
  owner: z.string(),
  dueAt: InstantSchema.nullable(),
  status: z.enum(ACTION_STATUSES),
  completedAt: InstantSchema.nullable(),
  version: VersionSchema,
  createdAt: InstantSchema,
  createdBy: z.string(),
  updatedAt: InstantSchema,
  updatedBy: z.string(),
});
export type Action = z.output<typeof ActionSchema>;

export const actionContract = {
  'actions:list': { access: 'read', input: z.strictObject({ incidentId: IdSchema }), output: z.object({ items: z.array(ActionSchema) }) },
  'actions:add': { access: 'write', input: NewActionSchema, output: ActionSchema },
  'actions:update': {
    access: 'write',
    input: z.strictObject({ id: IdSchema, version: VersionSchema, patch: ActionPatchSchema }),
    output: ActionSchema,
  },
} as const satisfies Record<string, OperationSpec>;
