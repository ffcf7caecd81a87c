import { computeClocks, notNotifyingOf } from '../../../shared/domain/clocks';
import type { ReportBlock, ReportDocument } from '../../../shared/contract/reports';
import { SEVERITY_BAND_LABELS, SEVERITY_BAND_MEANINGS } from '../../../shared/domain/severity';
import {
  ACTION_KIND_LABELS,
  ACTION_STATUS_LABELS,
  INCIDENT_KIND_LABELS,
  INCIDENT_STATUS_LABELS,
  OUTCOME_LABELS,
  SUBJECT_EXEMPTION_LABELS,
} from '../../../shared/domain/vocabulary';
import {
  bullets,
  field,
  fields,
  footerOf,
  heading,
  incidentReportMarking,
  NOT_YET_KNOWN,
  paragraph,
  paragraphOr,
  people,
  recipientName,
  safeFileStem,
  ukDateOr,
  ukDateTimeOr,
  type ReportMeta,
} from './common';
import { reportedDataCategories } from './dataCategories';
import type { IncidentBundle } from './incidentData';

/** "None provided" when the officer wrote no lines to take: they are the officer's words, not Casebook's. */
export const NO_LINES_TO_TAKE = 'None provided';

/** People affected: the latest assessment's estimate, else the data subjects linked, else not yet known. */
export function peopleAffected(b: IncidentBundle): number | null {
  const assessed = b.assessments[0]?.peopleAffected;
  if (assessed != null) return assessed;
  return b.incident.affectedCount > 0 ? b.incident.affectedCount : null;
}

/**
 * The ministerial briefing: one to two pages, plain words, every section present, and what the
 * record does not hold shown as "Not yet known".
 */
export function buildBriefing(b: IncidentBundle, linesToTake: string, meta: ReportMeta): ReportDocument {
  const { incident: i } = b;
  const latest = b.assessments[0] ?? null;
  const count = peopleAffected(b);
  const blocks: ReportBlock[] = [];

  blocks.push(heading('Summary'));
  const kind = INCIDENT_KIND_LABELS[i.kind].toLowerCase();
  const summaryParts = [
    `${i.reference} is a ${kind} incident${i.businessUnit ? ` in ${i.businessUnit}` : ''}, discovered on ${ukDateOr(i.discoveredAt)}.`,
    count === null ? 'How many people are affected is not yet known.' : `It affects ${people(count)}.`,
    latest ? `Its severity is assessed as ${SEVERITY_BAND_LABELS[latest.band].toLowerCase()}.` : 'Its severity has not yet been assessed.',
    `It is ${INCIDENT_STATUS_LABELS[i.status].toLowerCase()}${i.outcome ? ` (${OUTCOME_LABELS[i.outcome].toLowerCase()})` : ''}.`,
  ];
  blocks.push(paragraph(summaryParts.join(' ')));

  blocks.push(heading('What happened and when'));
  blocks.push(paragraphOr(i.description));
  blocks.push(
    fields(
      [
        field('Occurred', ukDateTimeOr(i.occurredAt)),
        field('Discovered', ukDateTimeOr(i.discoveredAt)),
        field('Reported to the security officer', ukDateTimeOr(i.reportedAt)),
        field('Contained', ukDateTimeOr(i.containedAt)),
      ].map((r) => ({ ...r, isMissing: r.value === NOT_YET_KNOWN })),
    ),
  );

  blocks.push(heading('What data and how many people'));
  const categories = reportedDataCategories(b);
  blocks.push(
    fields([
      field(
        'Kinds of personal data',
        categories.labels.length === 0
          ? null
          : `${categories.labels.join('; ')}${categories.fromParties ? ' (as recorded for the people linked; not yet confirmed)' : ''}`,
      ),
      field('People affected', count === null ? null : people(count)),
      field('Records affected', latest?.recordsAffected == null ? null : latest.recordsAffected.toLocaleString('en-GB')),
      field('Data subjects linked to the record', i.affectedCount.toLocaleString('en-GB')),
    ]),
  );

  blocks.push(heading('Severity and what it means for them'));
  if (latest) {
    blocks.push(
      paragraph(
        `${SEVERITY_BAND_LABELS[latest.band]} (ENISA score ${latest.score.toFixed(2)}, assessed ${ukDateOr(latest.assessedAt)} by ${latest.assessedBy}). ${SEVERITY_BAND_MEANINGS[latest.band]}.`,
      ),
    );
    if (i.likelyConsequences) blocks.push(paragraph(`Likely consequences: ${i.likelyConsequences}`));
  } else {
    blocks.push(paragraph('Not yet assessed.', 'missing'));
  }

  blocks.push(heading('What has been done'));
  const done = b.actions.filter((a) => a.status !== 'cancelled');
  blocks.push(
    done.length > 0
      ? bullets(
          done.map(
            (a) =>
              `${ACTION_KIND_LABELS[a.kind]}: ${a.description} — ${ACTION_STATUS_LABELS[a.status].toLowerCase()}${a.completedAt ? ` ${ukDateOr(a.completedAt)}` : ''}`,
          ),
        )
      : paragraph('No actions recorded yet.', 'missing'),
  );

  blocks.push(heading('Who has been told and who will be'));
  blocks.push(fields([regulatorLine(b), subjectsLine(b)]));
  blocks.push(
    b.externalNotifications.length > 0
      ? bullets(b.externalNotifications.map((n) => `${recipientName(n)} — told ${ukDateOr(n.notifiedAt)}${n.reference ? `, reference ${n.reference}` : ''}`))
      : paragraph('No other organisations recorded as told.', 'note'),
  );

  blocks.push(heading('Next steps and open risks'));
  const next: string[] = [];
  for (const a of b.actions.filter((x) => x.status === 'open' || x.status === 'in_progress')) {
    next.push(`${a.description}${a.owner ? ` (${a.owner})` : ''}${a.dueAt ? ` — due ${ukDateOr(a.dueAt)}` : ''}`);
  }
  if (i.status !== 'closed') {
    const clocks = computeClocks({
      discoveredAt: i.discoveredAt,
      now: meta.generatedAt,
      regulatorNotify: i.regulatorNotify,
      notNotifying: notNotifyingOf(i),
      regulatorNotifiedAt: i.regulatorNotifiedAt,
      internalReportHours: b.clockSettings.internalReportHours,
      reportedAt: i.reportedAt,
      subjectsHighRisk: latest?.recommendation.notifySubjects ?? false,
      subjectsNotify: i.subjectsNotify,
      subjectsNotifiedAt: i.subjectsToldAt,
    });
    if (clocks.regulator.state === 'running' || clocks.regulator.state === 'overdue') next.push(`ICO 72-hour clock: ${clocks.regulator.label}`);
    if (clocks.subjects.state === 'running') next.push(`Telling the people affected: ${clocks.subjects.label}`);
  }
  blocks.push(next.length > 0 ? bullets(next) : paragraph('No open actions or running deadlines.', 'note'));

  blocks.push(heading('Lines to take'));
  blocks.push(linesToTake.trim() ? paragraph(linesToTake.trim()) : paragraph(NO_LINES_TO_TAKE, 'missing'));

  blocks.push(heading('Reporting officer'));
  blocks.push(fields([field('Reporting officer', i.reportingOfficer), field('Incident owner', i.owner), field('Business unit', i.businessUnit)]));

  return {
    marking: incidentReportMarking(i),
    title: i.title,
    subtitle: `Ministerial briefing — ${i.reference}`,
    fileStem: safeFileStem(`${i.reference} ministerial briefing`),
    blocks,
    footer: footerOf(meta),
  };
}

function regulatorLine(b: IncidentBundle) {
  const i = b.incident;
  if (i.regulatorNotifiedAt !== null) {
    return field('Information Commissioner (ICO)', `Notified ${ukDateTimeOr(i.regulatorNotifiedAt)}${i.icoReference ? `, case reference ${i.icoReference}` : ''}`);
  }
  if (i.regulatorNotify === false) return field('Information Commissioner (ICO)', `Decided not to notify${i.regulatorRationale ? `: ${i.regulatorRationale}` : ''}`);
  if (i.regulatorNotify === true) return field('Information Commissioner (ICO)', 'To be notified (decision made, not yet sent)');
  return field('Information Commissioner (ICO)', 'Decision not yet made', NOT_YET_KNOWN);
}

function subjectsLine(b: IncidentBundle) {
  const subjects = b.parties.filter((p) => p.involvement.roles.includes('data_subject'));
  const told = subjects.filter((p) => p.involvement.notificationStatus === 'notified').length;
  const pending = subjects.filter((p) => p.involvement.notificationStatus === 'pending').length;
  const i = b.incident;
  let decision: string;
  if (i.subjectsNotify === true) decision = 'Decided to tell them';
  else if (i.subjectsNotify === false) decision = `Decided not to tell them${i.subjectsExemption ? ` (${SUBJECT_EXEMPTION_LABELS[i.subjectsExemption]})` : ''}`;
  else decision = 'Decision not yet made';
  return field(
    'The people affected',
    `${decision}; ${told.toLocaleString('en-GB')} told, ${pending.toLocaleString('en-GB')} still to be told${i.subjectsToldAt ? ` (all told by ${ukDateOr(i.subjectsToldAt)})` : ''}`,
  );
}
