import type { IncidentDetails } from '../../../shared/domain/incidentDetails';
import type { EmailRecipient, ParsedEmail } from '../../../shared/contract/emails';
import type { Classifier } from '../domains/currentClassifier';
import type { EmailKind } from './emailChecks';

/** The details an email incident of `kind` gets from the message. */
export function detailsFromEmail(kind: EmailKind, email: ParsedEmail, classify: Classifier): Record<string, unknown> {
  const sender = email.from?.address ?? '';
  const addresses = email.recipients.map((r) => r.address);
  if (kind === 'cc_exposure') {
    return { sender, recipients: addresses, recipientsExposed: email.recipients.filter((r) => r.exposed).length, messageId: email.messageId, sentAt: email.sentAt };
  }
  const intended = email.recipients.map((r) => intendedAddress(r, classify)).filter((a) => a !== null);
  return { sender, actualRecipients: addresses, intendedRecipients: [...new Set(intended)], messageId: email.messageId, sentAt: email.sentAt };
}

/**
 * The address the sender most likely meant: the lookalike domain replaced by the domain it imitates
 * (joe.bloggs@army.ml → joe.bloggs@army.mil). Only when that is a whole registrable domain: a typo of a
 * bare suffix (`.mil`) does not say which domain under it was meant.
 */
function intendedAddress(r: EmailRecipient, classify: Classifier): string | null {
  const { lookalikeOf } = r.classification;
  if (!lookalikeOf || classify(lookalikeOf).registrable !== lookalikeOf) return null;
  return `${r.address.slice(0, r.address.lastIndexOf('@'))}@${lookalikeOf}`;
}

const isEmpty = (value: unknown) => value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** Fills only the fields the officer has left empty: what they typed is never overwritten by an import. */
export function fillEmptyDetails(current: IncidentDetails, fromEmail: Record<string, unknown>): IncidentDetails {
  const next: Record<string, unknown> = { ...current };
  for (const [field, value] of Object.entries(fromEmail)) {
    if (isEmpty(next[field] ?? null) && !isEmpty(value)) next[field] = value;
  }
  return next as IncidentDetails;
}
