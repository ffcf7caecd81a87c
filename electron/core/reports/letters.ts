import type { ReportBlock, ReportDocument } from '../../../shared/contract/reports';
import type { LinkedParty } from '../../../shared/contract/parties';
import { DATA_CATEGORY_LABELS, type DataCategory, type IncidentKind, type Marking } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/contract/result';
import { formatUkDate } from '../../../shared/time/ukTime';
import { footerOf, heading, paragraph, safeFileStem, type ReportMeta } from './common';
import type { IncidentBundle } from './incidentData';
import { redactor } from './redaction';

/** What replaces another person's name in a letter: readable, and says nothing about who they are. */
const OTHER_PERSON = '[another person]';

/** What happened, in plain words a member of the public understands (Art. 34(2): clear and plain language). */
const PLAIN_NATURE = {
  misdirected_email: 'an email containing information about you was sent to the wrong person',
  cc_exposure: 'an email was sent in a way that let other recipients see your email address',
  misdirected_post: 'a letter or document containing information about you was sent to the wrong address',
  lost_document: 'paper documents containing information about you were lost or stolen',
  lost_device: 'a device holding information about you was lost or stolen',
  unauthorised_disclosure: 'information about you was shared with someone who should not have seen it',
  insecure_disposal: 'information about you was not disposed of securely',
  cyber: 'a cyber security incident affected systems holding information about you',
  other: 'an incident affected information we hold about you',
} as const satisfies Record<IncidentKind, string>;

/** The parties to write to: those named, or every party marked as still to be told (pending). */
export function lettersRecipients(b: IncidentBundle, partyIds: readonly string[]): LinkedParty[] {
  if (partyIds.length === 0) return b.parties.filter((p) => p.involvement.notificationStatus === 'pending');
  const byId = new Map(b.parties.map((p) => [p.party.id, p]));
  return partyIds.map((id) => {
    const p = byId.get(id);
    if (!p) throw new AppError('NOT_FOUND', `A person chosen for a letter is not linked to ${b.incident.reference}. Reload the incident and choose again.`);
    return p;
  });
}

/**
 * One Art. 34(2) letter per party: the recipient's own details and data categories, and the public account
 * the officer wrote for the people affected — never the record's internal free text, which may name other
 * people (DOMAIN.md §9). Its marking is the one the officer chose on confirming it may be released.
 */
export function buildLetters(b: IncidentBundle, partyIds: readonly string[], marking: Marking, meta: ReportMeta): ReportDocument[] {
  const i = b.incident;
  if (!i.publicAccount.trim()) {
    const message = "Write the public account of the breach for the people affected first: letters never carry the record's internal notes";
    throw new AppError('INVALID_INPUT', `${message}.`, [{ path: 'publicAccount', message }]);
  }
  const org = b.organisation;
  // The organisation's DPO from Settings is a published contact point (Art. 34(2)(b)), not the record's text.
  const reach = [org.dpoEmail, org.dpoPhone].filter(Boolean);
  const dpo = org.dpoName || reach.length > 0 ? `${org.dpoName || 'our data protection officer'}${reach.length > 0 ? ` (${reach.join(', ')})` : ''}` : null;
  const signOff = [org.dpoName || 'Data Protection Officer', org.name].filter(Boolean).join('\n');

  // A letter is itself a disclosure (DOMAIN.md §9): even the public account may name another person linked
  // to the incident, and none of them may reach the recipient.
  const withheld = new Map(
    b.parties.map((p) => [p.party.id, { name: p.party.type === 'person' ? p.party.name : null, email: p.party.email, phone: p.party.phone, marker: OTHER_PERSON }]),
  );
  const redact = redactor([...withheld.values()]);

  return lettersRecipients(b, partyIds).map(({ party, involvement }) => {
    const categories = (involvement.dataCategories.length > 0 ? involvement.dataCategories : i.dataCategories).filter((c: DataCategory) => c !== 'not_yet_known');
    const blocks: ReportBlock[] = [
      paragraph(formatUkDate(meta.generatedAt)),
      paragraph(`Our reference: ${i.reference}`),
      paragraph(`Dear ${party.name},`),
      paragraph(`We are writing to tell you about a data breach that involves your personal information: ${PLAIN_NATURE[i.kind]}.`),
      heading('What information about you was involved'),
      paragraph(
        categories.length > 0
          ? `The information involved was: ${categories.map((c) => DATA_CATEGORY_LABELS[c].toLowerCase()).join('; ')}.`
          : 'We are still establishing exactly what information was involved and will write again when we know.',
      ),
      heading('What happened, what it may mean for you and what we have done'),
      ...redact(i.publicAccount, withheld.get(party.id))
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => paragraph(p)),
      heading('Who to contact'),
      paragraph(
        `${dpo ? `If you have any questions, please contact ${dpo}, quoting reference ${i.reference}. ` : `Please quote reference ${i.reference} if you contact us. `}You also have the right to complain to the Information Commissioner's Office (ico.org.uk, 0303 123 1113).`,
      ),
      paragraph('We are sorry that this has happened.'),
      paragraph(`Yours sincerely,\n${signOff}`),
    ];
    return {
      marking,
      title: `Your personal information — ${i.reference}`,
      subtitle: `Letter to ${party.name}`,
      fileStem: safeFileStem(`${i.reference} letter to ${party.name}`),
      blocks,
      footer: footerOf(meta),
    };
  });
}
