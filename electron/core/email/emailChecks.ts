import type { EmailRecipient, ParsedEmail } from '../../../shared/contract/emails';
import { domainOfAddress, type DomainClassification } from '../../../shared/domain/lookalike';
import type { Classifier } from '../domains/currentClassifier';
import type { ReadEmail } from './readMessage';

export type EmailKind = 'misdirected_email' | 'cc_exposure';

export type EmailAssessment = {
  email: ParsedEmail;
  proposedKind: EmailKind;
  proposedTitle: string;
  kindReason: string;
  warnings: string[];
};

const TITLE_MAX = 300;

/**
 * Classifies every recipient's domain and decides what kind of breach the message most likely is: a
 * misdirected email when any recipient's domain is a lookalike (the typo is the breach, whoever else could
 * see the addresses); otherwise a CC exposure when two or more recipients outside the department could see
 * each other's addresses in To/Cc; otherwise a misdirected email.
 */
export function assessEmail(read: ReadEmail, classify: Classifier): EmailAssessment {
  const visibleCount = read.recipients.filter((r) => r.field !== 'bcc').length;
  const recipients: EmailRecipient[] = read.recipients.map((r) => {
    const classification = classify(domainOfAddress(r.address) ?? r.address.slice(r.address.lastIndexOf('@') + 1));
    // Bcc is never seen by anyone; a To/Cc address is disclosed only if someone else also received it.
    // A malformed address reached nobody and names nobody, so it is not a disclosure either.
    const outside = classification.domainClass !== 'internal' && classification.domainClass !== 'invalid';
    const exposed = r.field !== 'bcc' && outside && visibleCount >= 2;
    return { address: r.address, name: r.name, field: r.field, classification, exposed };
  });
  const email: ParsedEmail = {
    subject: read.subject,
    from: read.from,
    sentAt: read.sentAt,
    messageId: read.messageId,
    recipients,
    attachments: read.attachments,
  };
  const subject = read.subject || '(no subject)';
  const unreadable = recipients
    .filter((r) => r.classification.domainClass === 'invalid')
    .map((r) => `${r.address} is not a valid address: it is listed with the messages but not linked as a party.`);
  const exposed = recipients.filter((r) => r.exposed);
  const hasLookalike = recipients.some((r) => r.classification.domainClass === 'lookalike');
  if (exposed.length >= 2 && !hasLookalike) {
    const where = fieldsOf(exposed);
    return {
      email,
      proposedKind: 'cc_exposure',
      proposedTitle: title(`${exposed.length} recipients' addresses disclosed in ${where}: ${subject}`),
      kindReason: `${exposed.length} external recipients in ${where} could see each other's addresses`,
      warnings: unreadable,
    };
  }
  const proposal = misdirected(recipients, subject);
  return { email, proposedKind: 'misdirected_email', ...proposal, warnings: [...proposal.warnings, ...unreadable] };
}

function misdirected(recipients: EmailRecipient[], subject: string) {
  const lookalikes = distinctDomains(recipients.filter((r) => r.classification.domainClass === 'lookalike'));
  const first = lookalikes[0];
  if (first) {
    const reasons = lookalikes.map((c) => `sent to ${c.domain}, a lookalike of ${c.lookalikeOf}: ${detailOf(c.reason)}`);
    return {
      proposedTitle: title(`Email to ${first.domain} (lookalike of ${first.lookalikeOf}): ${subject}`),
      kindReason: capitalise(reasons.join('; ')),
      warnings: [],
    };
  }
  const noLookalike = "No recipient's domain looks like an internal or partner domain: check with the sender who the message was meant for.";
  const outside = distinctDomains(recipients.filter((r) => r.classification.domainClass === 'external' || r.classification.domainClass === 'invalid'));
  const firstOutside = outside[0];
  if (firstOutside) {
    const others = outside.length > 1 ? ` and ${outside.length - 1} other domain${outside.length > 2 ? 's' : ''}` : '';
    return {
      proposedTitle: title(`Email to ${firstOutside.domain}${others}: ${subject}`),
      kindReason: `Sent outside the department to ${outside.map((c) => c.domain).join(', ')}, which ${outside.length > 1 ? 'are' : 'is'} neither internal, partner nor a lookalike of either`,
      warnings: [noLookalike],
    };
  }
  return {
    proposedTitle: title(`Misdirected email: ${subject}`),
    kindReason: 'Every recipient is internal or a trusted partner: say on the incident who should not have received it',
    warnings: [noLookalike],
  };
}

function distinctDomains(recipients: EmailRecipient[]): DomainClassification[] {
  const byDomain = new Map<string, DomainClassification>();
  for (const r of recipients) if (!byDomain.has(r.classification.domain)) byDomain.set(r.classification.domain, r.classification);
  return [...byDomain.values()];
}

/** "To", "Cc" or "To/Cc": where the disclosed addresses were. */
function fieldsOf(recipients: EmailRecipient[]): string {
  const fields = new Set(recipients.map((r) => r.field));
  if (fields.size > 1) return 'To/Cc';
  return fields.has('to') ? 'To' : 'Cc';
}

/** The classifier says "x imitates y — why"; the domains are already named, so keep the why. */
function detailOf(reason: string): string {
  const cut = reason.indexOf(' — ');
  return cut < 0 ? reason : reason.slice(cut + 3);
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function title(text: string): string {
  return text.length <= TITLE_MAX ? text : `${text.slice(0, TITLE_MAX - 1)}…`;
}
