import { z } from '../zodConfig';
import { empty, line } from './common';
import type { OperationSpec } from './operation';

/** Settings an organisation configures (lists and hours are data, not CHECKs: docs/architecture.md#closed-vocabularies-and-configured-lists). */
export const ClockSettingsSchema = z.strictObject({
  /** Hours from awareness within which the departmental security officer must be told (default 24). */
  internalReportHours: z.number().int().min(1).max(720),
});
export type ClockSettings = z.output<typeof ClockSettingsSchema>;

/**
 * The organisation (the controller) for part 10 of the ICO form, "About you", and the contact point the
 * Art. 34 letters give (Art. 33(3)(b)): every field optional, '' when not set.
 */
export const OrganisationSchema = z.strictObject({
  name: line(200).default(''),
  address: line(1000).default(''),
  sector: line(200).default(''),
  /** The data protection fee registration number (e.g. ZA123456). */
  icoRegistrationNumber: line(50).default(''),
  dpoName: line(200).default(''),
  dpoEmail: line(320)
    .refine((v) => v === '' || z.email().safeParse(v).success, 'Enter an email address like name@example.gov.uk')
    .default(''),
  dpoPhone: line(50).default(''),
});
export type Organisation = z.output<typeof OrganisationSchema>;

export const settingsContract = {
  /** The organisation's clock settings (the internal-report deadline). */
  'settings:get': { access: 'read', input: empty, output: ClockSettingsSchema },
  'settings:update': { access: 'admin', input: ClockSettingsSchema, output: ClockSettingsSchema },
  /** The organisation (controller) and its DPO: part 10 of the ICO draft and the letters' contact point. */
  'organisation:get': { access: 'read', input: empty, output: OrganisationSchema },
  'organisation:update': { access: 'admin', input: OrganisationSchema, output: OrganisationSchema },
} as const satisfies Record<string, OperationSpec>;
