import type { ErasurePlan, ErasureScope, EvidenceDecision } from '../../../shared/contract/retention';
import { AppError } from '../../../shared/contract/result';
import { formatUkDate } from '../../../shared/time/ukTime';
import type { Db } from '../db/openDatabase';
import type { Withheld } from '../reports/redaction';
import { evidenceItemsOfIncident } from '../evidence/evidenceRepository';
import { sharedFiles } from './deleteEvidence';
import { ERASED } from './erased';
import { holdBlocking, refuseIfHeld } from './holds';

/** What an erasure writes: computed, checked and shown before anything changes (docs/retention.md#what-goes-and-what-stays). */
export type ErasureTargets = {
  scope: ErasureScope;
  /** The incidents whose text and index the erasure rewrites. */
  incidentIds: string[];
  /** People whose identifying details go (the party row stays, named "[erased]", so counts and links hold). */
  partyIdsToErase: string[];
  /** Whose name, address and number are replaced wherever the remaining text mentions them. */
  people: Withheld[];
  evidenceToDelete: string[];
  evidenceKept: { evidenceId: string; reason: string }[];
};

type PartyLink = { id: string; type: 'person' | 'organisation'; name: string; email: string; phone: string; erased_at: number | null; needed_elsewhere: number };

const withheld = (p: Pick<PartyLink, 'type' | 'name' | 'email' | 'phone'>): Withheld => ({
  name: p.type === 'person' ? p.name : null,
  email: p.email,
  phone: p.phone,
  marker: ERASED,
});

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** Refuses decisions about evidence an erasure of this scope does not ask about, and asks for each it does. */
function checkDecisions(asked: readonly { evidenceId: string; fileName: string }[], decisions: readonly EvidenceDecision[]): void {
  const askedIds = new Set(asked.map((e) => e.evidenceId));
  decisions.forEach((d, i) => {
    if (!askedIds.has(d.evidenceId)) {
      throw new AppError('INVALID_INPUT', 'A decision names evidence that does not hold this person. Nothing was changed.', [
        { path: `evidence.${i}.evidenceId`, message: 'This evidence does not hold the person' },
      ]);
    }
    if (d.decision === 'keep' && d.reason === '') {
      throw new AppError('INVALID_INPUT', 'Say why the evidence is kept. Nothing was changed.', [{ path: `evidence.${i}.reason`, message: 'Say why it is kept' }]);
    }
  });
  const missing = asked.find((e) => !decisions.some((d) => d.evidenceId === e.evidenceId));
  if (missing) {
    throw new AppError('INVALID_INPUT', `${missing.fileName} holds this person among others: decide whether to erase it or keep it with a reason. Nothing was changed.`, [
      { path: 'evidence', message: `Decide about ${missing.fileName}` },
    ]);
  }
}

function incidentPlan(db: Db, incidentId: string, decisions: readonly EvidenceDecision[]): { plan: ErasurePlan; targets: ErasureTargets } {
  const incident = db
    .prepare<[string], { reference: string; status: string; personal_data_erased_at: number | null; personal_data_erased_by: string }>(
      'SELECT reference, status, personal_data_erased_at, personal_data_erased_by FROM incidents WHERE id = ?',
    )
    .get(incidentId);
  if (!incident) throw new AppError('NOT_FOUND', 'That incident does not exist (it may have been removed).');
  if (incident.personal_data_erased_at !== null) {
    throw new AppError(
      'CONFLICT',
      `The personal data of ${incident.reference} was already erased on ${formatUkDate(incident.personal_data_erased_at)} by ${incident.personal_data_erased_by}. Nothing was changed.`,
    );
  }
  if (incident.status !== 'closed') {
    throw new AppError('CONFLICT', `${incident.reference} is not closed: its personal data is kept while it is worked on. Close it first. Nothing was changed.`);
  }
  if (decisions.length > 0) {
    throw new AppError('INVALID_INPUT', "An incident's erasure removes all its evidence items; decisions about evidence are for erasing a person.", [
      { path: 'evidence', message: 'Leave empty for an incident' },
    ]);
  }
  const parties = db
    .prepare<[string, string], PartyLink>(
      `SELECT p.id, p.type, p.name, p.email, p.phone, p.erased_at,
         (SELECT count(*) FROM involvements o JOIN incidents oi ON oi.id = o.incident_id
            WHERE o.party_id = p.id AND o.incident_id <> ? AND oi.personal_data_erased_at IS NULL) AS needed_elsewhere
       FROM involvements v JOIN parties p ON p.id = v.party_id WHERE v.incident_id = ? ORDER BY v.seq`,
    )
    .all(incidentId, incidentId);
  refuseIfHeld(
    holdBlocking(
      db,
      [incidentId],
      parties.map((p) => p.id),
    ),
  );
  const toErase = parties.filter((p) => p.erased_at === null && p.needed_elsewhere === 0);
  const keptElsewhere = parties.filter((p) => p.erased_at === null && p.needed_elsewhere > 0).length;
  const count = (sql: string) => db.prepare<[string], { n: number }>(sql).get(incidentId)!.n;
  const notes = count('SELECT count(*) AS n FROM notes WHERE incident_id = ?');
  const messages = count('SELECT count(*) AS n FROM email_messages WHERE incident_id = ?');
  const drafts = count('SELECT count(*) AS n FROM drafts WHERE incident_id = ?');
  const evidence = evidenceItemsOfIncident(db, incidentId).map((e) => e.id);
  const filesShared = sharedFiles(db, evidence);
  const goes = [
    `The names, email addresses, telephone numbers and notes of ${plural(toErase.length, 'person', 'people')} linked only to this incident (they show as ${ERASED})`,
    `${plural(notes, 'note')} and ${plural(drafts, 'unsent draft')}`,
    `${plural(messages, 'message row')} (senders, recipients, subjects)`,
    `${plural(evidence.length, 'evidence item')}, with ${plural(evidence.length - filesShared, 'stored file')} no other incident uses`,
    `The title, description, how it was discovered, staff details and the kind's details (addresses, places); names in the remaining text are replaced with ${ERASED}`,
    "Every entry of this incident in the full-text search, and the personal values in this incident's history",
  ];
  const stays = [
    'Kind, dates, markings, outcome, severity and the counts of people and records by category',
    'The decisions on telling the ICO and the people affected, with their reasons',
    'Actions, the status history, root cause, lessons and the public account of the breach',
    'Each person’s involvement (roles, data categories, when and how they were told), so the statistics stay the same',
    ...(keptElsewhere > 0 ? [`${plural(keptElsewhere, 'person', 'people')} also linked to an incident still open to review: their details stay for it`] : []),
    ...(filesShared > 0 ? [`${plural(filesShared, 'stored evidence file')} another incident also uses`] : []),
    'The audit chain: every entry stays and still verifies',
  ];
  return {
    plan: {
      label: incident.reference,
      goes,
      stays,
      evidenceWithOthers: [],
      counts: { people: toErase.length, notes, drafts, messages, evidenceItems: evidence.length, evidenceFiles: evidence.length - filesShared },
    },
    targets: {
      scope: { type: 'incident', incidentId },
      incidentIds: [incidentId],
      partyIdsToErase: toErase.map((p) => p.id),
      people: parties.filter((p) => p.erased_at === null).map(withheld),
      evidenceToDelete: evidence,
      evidenceKept: [],
    },
  };
}

/** The person's messages: linked to them, or sent to or from their address. */
export const PERSON_MESSAGE = `(m.party_id = @id OR (@email <> '' AND (m.recipient = @email OR m.sender = @email)))`;

function partyPlan(db: Db, partyId: string, answers: readonly EvidenceDecision[] | null): { plan: ErasurePlan; targets: ErasureTargets } {
  const party = db.prepare<[string], Omit<PartyLink, 'needed_elsewhere'>>('SELECT id, type, name, email, phone, erased_at FROM parties WHERE id = ?').get(partyId);
  if (!party) throw new AppError('NOT_FOUND', 'That person does not exist in the register (they may have been removed).');
  if (party.erased_at !== null) throw new AppError('CONFLICT', `This person's data was already erased on ${formatUkDate(party.erased_at)}. Nothing was changed.`);
  const incidentIds = db
    .prepare<[string], { incident_id: string }>('SELECT incident_id FROM involvements WHERE party_id = ? ORDER BY seq')
    .all(partyId)
    .map((r) => r.incident_id);
  refuseIfHeld(holdBlocking(db, incidentIds, [partyId]));
  const who = { id: partyId, email: party.email };
  const messages = db.prepare<typeof who, { n: number }>(`SELECT count(*) AS n FROM email_messages m WHERE ${PERSON_MESSAGE}`).get(who)!.n;
  // Evidence files today are imported emails (a gateway log's messages are kept, its file is not), each
  // with a message row per recipient: an email that names the person holds them, usually among others.
  const asked = db
    .prepare<typeof who, { evidence_id: string; file_name: string; reference: string; added_at: number }>(
      `SELECT e.id AS evidence_id, e.file_name, i.reference, e.added_at FROM evidence e JOIN incidents i ON i.id = e.incident_id
       WHERE EXISTS (SELECT 1 FROM email_messages m WHERE m.evidence_id = e.id AND ${PERSON_MESSAGE})
       ORDER BY e.seq`,
    )
    .all(who)
    .map((r) => ({ evidenceId: r.evidence_id, fileName: r.file_name, incidentReference: r.reference, addedAt: r.added_at }));
  if (answers !== null) checkDecisions(asked, answers);
  const decisions = answers ?? [];
  const erase = decisions.filter((d) => d.decision === 'erase').map((d) => d.evidenceId);
  const kept = decisions.filter((d) => d.decision === 'keep').map((d) => ({ evidenceId: d.evidenceId, reason: d.reason }));
  const filesShared = sharedFiles(db, erase);
  const label = `a person in ${plural(incidentIds.length, 'incident')}`;
  return {
    plan: {
      label,
      goes: [
        `The person's name, email address, telephone number, organisation and notes (the party shows ${ERASED})`,
        `${plural(messages, 'message row')} naming them`,
        `Their name, address and number wherever the text of ${plural(incidentIds.length, 'incident')} mentions them (titles, descriptions, details, notes, decisions, actions), replaced with ${ERASED}`,
        ...(erase.length > 0
          ? [`${plural(erase.length, 'evidence item')} holding them, with ${plural(erase.length - filesShared, 'stored file')} nothing else uses`]
          : []),
        'The personal values about them in the history',
      ],
      stays: [
        `Their ${plural(incidentIds.length, 'involvement')}: roles, data categories, when and how they were told, so the statistics stay the same`,
        ...kept.map((k) => {
          const e = asked.find((a) => a.evidenceId === k.evidenceId)!;
          return `${e.fileName} (${e.incidentReference}), which holds them among others: kept because ${k.reason}`;
        }),
        ...(answers === null && asked.length > 0
          ? [`${plural(asked.length, 'evidence file')} holding them among others, until you decide for each whether to erase it or keep it with a reason`]
          : []),
        'The incidents themselves, and the audit chain, which still verifies',
      ],
      evidenceWithOthers: asked,
      counts: { people: 1, incidents: incidentIds.length, messages, evidenceItems: erase.length, evidenceKept: kept.length },
    },
    targets: {
      scope: { type: 'party', partyId },
      incidentIds,
      partyIdsToErase: [partyId],
      people: [withheld(party)],
      evidenceToDelete: erase,
      evidenceKept: kept,
    },
  };
}

/** What erasing this scope would remove and keep; refuses (changing nothing) what may not be erased. */
export function planErasure(db: Db, scope: ErasureScope, decisions: readonly EvidenceDecision[]): { plan: ErasurePlan; targets: ErasureTargets } {
  return scope.type === 'incident' ? incidentPlan(db, scope.incidentId, decisions) : partyPlan(db, scope.partyId, decisions);
}

/** The preview before a proposal: the evidence that holds the person among others is listed, its questions not yet answered. */
export function previewErasure(db: Db, scope: ErasureScope): ErasurePlan {
  return scope.type === 'incident' ? incidentPlan(db, scope.incidentId, []).plan : partyPlan(db, scope.partyId, null).plan;
}
