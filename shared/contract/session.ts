import { z } from '../zodConfig';
import { empty, line, requiredLine } from './common';
import type { OperationSpec } from './operation';

/** Who uses this register: the first administrator, named at setup; writes made without an account name them. */
export const OfficerSchema = z.strictObject({
  name: requiredLine(200, 'your name'),
  businessUnit: line(200).default(''),
});
export type Officer = z.output<typeof OfficerSchema>;

export const SessionSchema = z.object({
  officer: OfficerSchema.nullable(),
  incidentCount: z.number().int().min(0),
  demoIncidentCount: z.number().int().min(0),
  schemaVersion: z.number().int(),
});
export type Session = z.output<typeof SessionSchema>;

export const sessionContract = {
  /** Who is using this laptop, and what the database holds: drives the first-run screens. */
  'session:get': { access: 'read', input: empty, output: SessionSchema },
} as const satisfies Record<string, OperationSpec>;
