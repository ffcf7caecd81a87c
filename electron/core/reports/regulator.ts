import { isLateRegulatorNotification, REGULATOR_HOURS, regulatorDueAt } from '../../../shared/domain/clocks';
import type { ReportBlock, ReportDocument } from '../../../shared/contract/reports';
import type { LinkedParty } from '../../../shared/contract/parties';
import { SEVERITY_BAND_LABELS, SEVERITY_BAND_MEANINGS } from '../../../shared/domain/severity';
import {
  ACTION_KIND_LABELS,
  ACTION_STATUS_LABELS,
  CONSEQUENCE_LIKELIHOOD_LABELS,
  CYBER_IMPACT_LABELS,
  CYBER_RECOVERY_TIME_LABELS,
  CYBER_TYPE_LABELS,
  ICO_INCIDENT_TYPES,
  REGULATOR_REPORT_TYPE_LABELS,
  SUBJECT_CATEGORY_LABELS,
  SUBJECT_EXEMPTION_LABELS,
  YES_NO_UNKNOWN_LABELS,
} from '../../../shared/domain/vocabulary';
import {
  bullets,
  field,
  fields,
  footerOf,
  heading,
  incidentReportMarking,
  paragraph,
  recipientName,
  safeFileStem,
  ukDateTimeOr,
  type FieldRow,
  type ReportMeta,
} from './common';
import { peopleAffected } from './briefing';
import { reportedDataCategories } from './dataCategories';
import type { IncidentBundle } from './incidentData';
import { redactor } from './redaction';

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;

/**
 * The ICO asks that a breach report not contain the breached personal data itself (docs/domain.md#the-icos-breach-report-form): no
 * names. The draft is built only from counts, categories and the officer's narrative, and the narrative is
 * cleaned of every linked person's name, email address and telephone number however written, and of any
 * email address at all, in case the officer typed one into a free-text answer. An organisation linked to
 * the incident (the department that owned the papers) is not a person: its name stays, its contact details go.
 */
function draftRedactor(parties: readonly LinkedParty[]): (text: string) => string {
  const withheld = redactor(
    parties.map(({ party, involvement }) => ({
      name: party.type === 'person' ? party.name : null,
      email: party.email,
      phone: party.phone,
      marker: involvement.roles.includes('data_subject') ? '[a data subject]' : '[a person involved]',
    })),
  );
  return (text) => withheld(text).replace(EMAIL, '[email address removed]');
}

type Answer = FieldRow & { mandatory: boolean };

/** The categories of personal data, saying when they come from the linked parties and still need the officer's confirmation. */
function dataCategoriesAnswer(b: IncidentBundle): string {
  const { labels, fromParties } = reportedDataCategories(b);
  if (labels.length === 0) return '';
  return fromParties ? `${labels.join('; ')} (from the people linked to the incident; confirm on the ICO report tab)` : labels.join('; ');
}

/**
 * The ICO notification draft: every part of the ICO's "Report a personal data breach" form (docs/domain.md#the-icos-breach-report-form,
 * parts 1–10), filled from the record, with the mandatory answers still missing listed at the top.
 */
export function buildRegulatorDraft(b: IncidentBundle, meta: ReportMeta): ReportDocument {
  const i = b.incident;
  const clean = draftRedactor(b.parties);
  const latest = b.assessments[0] ?? null;
  const count = peopleAffected(b);
  const answer = (label: string, value: string | number | null | undefined, mandatory = false): Answer => ({
    ...field(label, typeof value === 'string' ? clean(value) : value),
    mandatory,
  });
  const known = <T extends string>(v: T, missing: T) => (v === missing ? null : v);

  const sections: { title: string; answers: Answer[]; extra?: ReportBlock[] }[] = [];

  // Part 1: ICO staff already spoken to.
  sections.push({ title: '1. ICO staff already spoken to', answers: [answer('Name of ICO staff member already spoken to (if any)', null)] });

  // Part 2: report type.
  const previous = b.regulatorReports.length > 0;
  sections.push({
    title: '2. Report type',
    answers: [
      answer('Report type', REGULATOR_REPORT_TYPE_LABELS[previous ? 'follow_up' : 'initial'], true),
      ...(previous ? [answer('ICO case reference', i.icoReference, true)] : []),
    ],
  });

  // Part 3: about the breach.
  const cyberAnswer = i.kind === 'cyber' ? 'Yes' : i.causedByCyber === 'unknown' ? "Don't know" : YES_NO_UNKNOWN_LABELS[i.causedByCyber];
  sections.push({
    title: '3. About the breach',
    answers: [
      answer('Type of incident', ICO_INCIDENT_TYPES[i.kind]),
      answer('What has happened?', i.description, true),
      answer('Was the breach caused by a cyber incident?', cyberAnswer, true),
      answer('How did you find out about the breach?', i.howDiscovered, true),
      answer('When did you discover the breach?', ukDateTimeOr(i.discoveredAt), true),
      answer('When did the breach happen?', i.occurredAt === null ? null : ukDateTimeOr(i.occurredAt), true),
      answer('Categories of personal data', dataCategoriesAnswer(b), true),
      answer('Number of personal data records concerned', latest?.recordsAffected == null ? null : latest.recordsAffected.toLocaleString('en-GB'), true),
      answer('How many data subjects could be affected?', count === null ? null : count.toLocaleString('en-GB'), true),
      answer(
        'Categories of data subjects',
        i.subjectCategories
          .filter((c) => c !== 'not_yet_known')
          .map((c) => SUBJECT_CATEGORY_LABELS[c])
          .join('; '),
        true,
      ),
    ],
  });

  // Part 4: consequences.
  const late = i.regulatorNotifiedAt !== null ? isLateRegulatorNotification(i.discoveredAt, i.regulatorNotifiedAt) : meta.generatedAt > regulatorDueAt(i.discoveredAt);
  sections.push({
    title: '4. Consequences',
    answers: [
      answer('Potential consequences for the data subjects', i.likelyConsequences, true),
      answer(
        'How likely are data subjects to experience significant consequences?',
        known(i.consequenceLikelihood, 'not_yet_known') && CONSEQUENCE_LIKELIHOOD_LABELS[i.consequenceLikelihood],
        true,
      ),
      answer('Severity assessment (ENISA)', latest ? `${SEVERITY_BAND_LABELS[latest.band]} — ${SEVERITY_BAND_MEANINGS[latest.band]}` : null),
      ...(late ? [answer(`Reason for reporting later than ${REGULATOR_HOURS} hours`, i.regulatorDelayReason, true)] : []),
    ],
  });

  // Part 5: staff.
  sections.push({
    title: '5. Staff',
    answers: [
      answer('Was a member of staff involved?', known(i.staffInvolved, 'unknown') && YES_NO_UNKNOWN_LABELS[i.staffInvolved], true),
      ...(i.staffInvolved === 'yes'
        ? [answer('Had they received data protection training in the last two years?', known(i.staffTrained, 'unknown') && YES_NO_UNKNOWN_LABELS[i.staffTrained], true)]
        : []),
      answer('Details', i.staffDetails),
    ],
  });

  // Part 6: cyber incidents (answered when the breach was, or may have been, a cyber incident).
  const isCyber = i.kind === 'cyber' || i.causedByCyber === 'yes';
  const d = i.kind === 'cyber' ? i.details : null;
  sections.push({
    title: '6. Cyber incidents',
    answers: isCyber
      ? [
          answer('Type of cyber incident', d?.cyberType ? CYBER_TYPE_LABELS[d.cyberType] : null),
          answer('Confidentiality of your systems affected?', d ? YES_NO_UNKNOWN_LABELS[d.confidentialityAffected] : null),
          answer('Integrity of your systems affected?', d ? YES_NO_UNKNOWN_LABELS[d.integrityAffected] : null),
          answer('Availability of your systems affected?', d ? YES_NO_UNKNOWN_LABELS[d.availabilityAffected] : null),
          answer('Impact on your organisation', d && d.impact !== 'unknown' ? CYBER_IMPACT_LABELS[d.impact] : null, true),
          answer('Recovery time', d && d.recoveryTime !== 'unknown' ? CYBER_RECOVERY_TIME_LABELS[d.recoveryTime] : null, true),
        ]
      : [answer('Applies?', 'Not applicable: the breach was not caused by a cyber incident')],
  });

  // Part 7: taking action.
  const actions = b.actions.filter((a) => a.status !== 'cancelled');
  const taken = actions.map(
    (a) =>
      `${ACTION_KIND_LABELS[a.kind]}: ${clean(a.description)} (${ACTION_STATUS_LABELS[a.status].toLowerCase()}${a.dueAt && a.status !== 'done' ? `, due ${ukDateTimeOr(a.dueAt)}` : ''})`,
  );
  sections.push({
    title: '7. Taking action',
    answers: [
      answer('Actions taken or proposed, including mitigation', taken.length > 0 ? `${taken.length} recorded (listed below)` : null, true),
      answer('Preventative measures in place before the breach', i.priorMeasures, true),
      answer('Steps to prevent it happening again', i.lessons),
      answer('Contained', i.containedAt === null ? null : ukDateTimeOr(i.containedAt)),
    ],
    extra: taken.length > 0 ? [bullets(taken)] : [],
  });

  // Part 8: telling data subjects.
  const subjects = b.parties.filter((p) => p.involvement.roles.includes('data_subject'));
  const told = subjects.filter((p) => p.involvement.notificationStatus === 'notified').length;
  const pending = subjects.filter((p) => p.involvement.notificationStatus === 'pending').length;
  let decision: string | null = null;
  if (i.subjectsNotify === true) decision = told > 0 && pending === 0 ? "Yes, we've told affected data subjects" : "We're about to, or are, telling them";
  else if (i.subjectsNotify === false) decision = `No, we've decided not to${i.subjectsExemption ? ` (${SUBJECT_EXEMPTION_LABELS[i.subjectsExemption]})` : ''}`;
  sections.push({
    title: '8. Telling data subjects',
    answers: [
      answer('Have you told data subjects?', decision ?? (told > 0 ? "Yes, we've told some affected data subjects" : null), true),
      answer(
        'Details',
        `${told.toLocaleString('en-GB')} told, ${pending.toLocaleString('en-GB')} still to be told${i.subjectsRationale ? `. ${i.subjectsRationale}` : ''}`,
      ),
    ],
  });

  // Part 9: other organisations.
  sections.push({
    title: '9. Other organisations told or to be told',
    answers: [
      answer(
        'Organisations told',
        b.externalNotifications.length > 0 ? b.externalNotifications.map((n) => `${recipientName(n)}, told ${ukDateTimeOr(n.notifiedAt)}`).join('; ') : 'None recorded',
      ),
    ],
  });

  // Part 10: about you (the controller and the contact point, Art. 33(3)(b)). The organisation's own details
  // are not the breached data, so they are given as entered (the redactor would remove the DPO's email).
  const officer = b.officer;
  const org = b.organisation;
  const own = (label: string, value: string, mandatory = false): Answer => ({ ...field(label, value), mandatory });
  const dpo = [org.dpoName, org.dpoEmail, org.dpoPhone].filter(Boolean).join(', ');
  sections.push({
    title: '10. About you',
    answers: [
      own('Organisation (controller) name', org.name, true),
      own('Data protection fee registration number', org.icoRegistrationNumber),
      own('Sector', org.sector),
      own('Address', org.address),
      answer('Business unit', i.businessUnit || officer?.businessUnit || null),
      // The person generating the draft makes the report; the contact point (Art. 33(3)(b)) is the DPO when
      // one is set in Settings, otherwise the officer on record.
      answer('Person making the report', officer?.name ?? meta.actor, true),
      dpo
        ? own('Contact point / Data Protection Officer', dpo, true)
        : answer('Contact point / Data Protection Officer', officer?.name || i.reportingOfficer || null, true),
    ],
  });

  const missing = sections.flatMap((s) => s.answers.filter((a) => a.mandatory && a.isMissing).map((a) => `${s.title.split('.')[0]}. ${a.label}`));
  const blocks: ReportBlock[] = [
    heading('Mandatory answers still missing'),
    missing.length > 0 ? bullets(missing) : paragraph('None: every mandatory answer the record can give is filled in. Check each before submitting.', 'note'),
    paragraph(
      'This draft follows the ICO form "Report a personal data breach". It deliberately contains no names or contact details of the people affected or of recipients: the ICO asks that the breached personal data itself is not sent.',
      'note',
    ),
  ];
  for (const s of sections) {
    blocks.push(heading(s.title));
    blocks.push(fields(s.answers.map(({ mandatory, ...row }) => ({ ...row, label: mandatory ? `${row.label} *` : row.label }))));
    blocks.push(...(s.extra ?? []));
  }

  return {
    marking: incidentReportMarking(i),
    title: clean(i.title),
    subtitle: `ICO notification draft — ${i.reference}`,
    fileStem: safeFileStem(`${i.reference} ICO notification draft`),
    blocks,
    footer: footerOf(meta),
  };
}
