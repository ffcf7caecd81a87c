import { z } from '../zodConfig';
import { IdSchema, InstantSchema, page, pageRequest } from './common';
import type { OperationSpec } from './operation';

export const NoteSchema = z.object({
  id: IdSchema,
  incidentId: IdSchema,
  body: z.string(),
  author: z.string(),
  createdAt: InstantSchema,
});
export type Note = z.output<typeof NoteSchema>;

export const noteContract = {
  'notes:list': {
    access: 'read',
    input: z.strictObject({ incidentId: IdSchema, ...pageRequest(500, 100) }),
    output: page(NoteSchema),
  },
  'notes:add': {
    access: 'write',
    input: z.strictObject({ incidentId: IdSchema, body: z.string().trim().min(1, 'Write the note first').max(20_000) }),
    output: NoteSchema,
  },
} as const satisfies Record<string, OperationSpec>;
