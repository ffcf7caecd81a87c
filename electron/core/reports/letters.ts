import type { ReportBlock, ReportDocument } from '../../../shared/contract/reports';
import type { LinkedParty } from '../../../shared/contract/parties';
import { SEVERITY_BAND_MEANINGS } from '../../../shared/domain/severity';
import { DATA_CATEGORY_LABELS, type DataCategory, type IncidentKind, type Marking } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/contract/result';
import { formatUkDate } from '../../../shared/time/ukTime';
import { bullets, footerOf, heading, paragraph, safeFileStem, type ReportMeta } from './common';
import type { IncidentBundle } from './incidentData';
import { redactor } from './redaction';

/**
 * A letter to a member of the public is marked OFFICIAL, not OFFICIAL-SENSITIVE: it is written to be sent
 * to the person it is about and holds only what they are entitled to know about their own data. The GSCP
 * lets OFFICIAL go unmarked in correspondence with the public; the banner keeps the handling visible while
 * the draft is inside the department.
 */
export const LETTER_MARKING: Marking = 'OFFICIAL';

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

/** One Art. 34(2) letter per party: nature of the breach, contact point, likely consequences, measures taken. */
export function buildLetters(b: IncidentBundle, partyIds: readonly string[], meta: ReportMeta): ReportDocument[] {
  const i = b.incident;
  const latest = b.assessments[0] ?? null;
  const org = b.organisation;
  // The contact point (Art. 34(2)(b), 33(3)(b)): the DPO when one is set in Settings, otherwise the officer.
  const reach = [org.dpoEmail, org.dpoPhone].filter(Boolean);
  const hasDpo = Boolean(org.dpoName) || reach.length > 0;
  const officer = i.reportingOfficer || b.officer?.name || i.owner;
  const unit = b.officer?.businessUnit || i.businessUnit;
  const contactLine = hasDpo
    ? `${org.dpoName || 'our data protection officer'}${reach.length > 0 ? ` (${reach.join(', ')})` : ''}`
    : `${officer || 'our data protection officer'}${unit ? `, ${unit}` : ''}`;
  const signatory = (hasDpo ? org.dpoName : officer) || 'Data Protection Officer';
  const signOff = [signatory, org.name].filter(Boolean).join('\n');
  const measures = b.actions.filter((a) => a.status !== 'cancelled').map((a) => a.description);
  const consequences = i.likelyConsequences || (latest ? SEVERITY_BAND_MEANINGS[latest.band] : '');

  // A letter is itself a disclosure (DOMAIN.md §9): the record's text may name the other people linked to
  // the incident, and none of them may reach the recipient.
  const withheld = new Map(
    b.parties.map((p) => [p.party.id, { name: p.party.type === 'person' ? p.party.name : null, email: p.party.email, phone: p.party.phone, marker: OTHER_PERSON }]),
  );
  const redact = redactor([...withheld.values()]);

  return lettersRecipients(b, partyIds).map(({ party, involvement }) => {
    const clean = (text: string) => redact(text, withheld.get(party.id));
    const categories = (involvement.dataCategories.length > 0 ? involvement.dataCategories : i.dataCategories).filter((c: DataCategory) => c !== 'not_yet_known');
    const when = i.occurredAt ?? i.discoveredAt;
    const blocks: ReportBlock[] = [
      paragraph(formatUkDate(meta.generatedAt)),
      paragraph(`Our reference: ${i.reference}`),
      paragraph(`Dear ${party.name},`),
      heading('What happened'),
      paragraph(
        `We are writing to tell you about a data breach that involves your personal information. On ${formatUkDate(when)}, ${PLAIN_NATURE[i.kind]}. We found out about it on ${formatUkDate(i.discoveredAt)}.`,
      ),
      heading('What information was involved'),
      paragraph(
        categories.length > 0
          ? `The information involved was: ${categories.map((c) => DATA_CATEGORY_LABELS[c].toLowerCase()).join('; ')}.`
          : 'We are still establishing exactly what information was involved and will write again when we know.',
      ),
      heading('What this may mean for you'),
      paragraph(
        consequences
          ? clean(consequences).replace(/\.?$/, '.')
          : 'We are still assessing what this may mean for you, and will tell you if we find you need to take any steps.',
      ),
      heading('What we have done'),
      measures.length > 0 ? bullets(measures.map(clean)) : paragraph('We are taking steps to contain the breach and to stop it happening again.'),
      heading('Who to contact'),
      paragraph(
        `If you have any questions, please contact ${contactLine}, quoting reference ${i.reference}. You also have the right to complain to the Information Commissioner's Office (ico.org.uk, 0303 123 1113).`,
      ),
      paragraph('We are sorry that this has happened.'),
      paragraph(`Yours sincerely,\n${signOff}`),
    ];
    return {
      marking: LETTER_MARKING,
      title: `Your personal information — ${i.reference}`,
      subtitle: `Letter to ${party.name}`,
      fileStem: safeFileStem(`${i.reference} letter to ${party.name}`),
      blocks,
      footer: footerOf(meta),
    };
  });
}
