import { z } from '../zodConfig';
import type { IncidentKind } from './vocabulary';
import { SeverityInputSchema, type SeverityInput } from './severity';

/**
 * A first severity assessment Casebook can propose from what an import already told it, for the officer to
 * confirm or change (docs/domain.md#severity-the-enisa-2013-method). Only the case the import fully
 * describes is suggested: an email whose recipients saw each other's addresses (CC instead of BCC).
 * ENISA's own examples place it: contact data is Simple (Annex 1), a name with an address identifies
 * the person directly (Maximum), and disclosure to the email's other recipients is a loss of confidentiality
 * to known recipients (Assessment Table 3). What the import cannot know (who the people are) is left to the
 * officer, and the reasons say so.
 */

/** What the suggestion reads from the register. */
export type SuggestionFacts = {
  kind: IncidentKind;
  /** The incident holds an imported email (.eml) as evidence. */
  fromImportedEmail: boolean;
  /** People linked to the incident as data subjects: for a CC exposure, each recipient whose address was shown to the others. */
  linkedSubjects: number;
};

export const AssessmentSuggestionSchema = z.object({
  severity: SeverityInputSchema,
  peopleAffected: z.number().int().min(0).nullable(),
  recordsAffected: z.number().int().min(0).nullable(),
  /** Why each choice, in plain words, shown beside the "use it" button. */
  reasons: z.array(z.string()),
});
export type AssessmentSuggestion = z.output<typeof AssessmentSuggestionSchema>;

const CC_EXPOSURE: SeverityInput = {
  dpcCategory: 'simple',
  dpcAdjustment: 0,
  dpcFactors: [],
  ease: 'maximum',
  confidentiality: 'known_recipients',
  integrity: 'none',
  availability: 'none',
  maliciousIntent: false,
};

const count = new Intl.NumberFormat('en-GB');

/** The suggestion for an incident, or null when the register does not know enough to make one. */
export function suggestAssessment(f: SuggestionFacts): AssessmentSuggestion | null {
  if (f.kind !== 'cc_exposure' || !f.fromImportedEmail) return null;
  const people = f.linkedSubjects > 0 ? f.linkedSubjects : null;
  const who =
    people === null
      ? 'No recipient is linked as a data subject yet: count the people on the Parties tab.'
      : `${count.format(people)} people are linked as data subjects, one exposed address each.`;
  return {
    severity: CC_EXPOSURE,
    peopleAffected: people,
    recordsAffected: people,
    reasons: [
      'Data: Simple (DPC 1). The email showed each recipient’s name and email address to the others: contact data.',
      'Identification: Maximum. A name with an email address points to the person directly, with no research.',
      'Circumstances: disclosed to known recipients (+0.25), the email’s other recipients. Nothing altered or lost, no sign of malice.',
      who,
      'Raise the DPC if who the people are reveals more than their address (e.g. applicants at risk, patients, victims): tick “Special characteristics of the individuals” and adjust.',
    ],
  };
}
