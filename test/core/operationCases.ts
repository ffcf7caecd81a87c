import type { Action } from '../../shared/contract/actions';
import type { Party } from '../../shared/contract/parties';
import type { CoreOperation } from '../../shared/contract';
import { driveTo, SEVERITY, UNKNOWN_ID, type Incident } from '../fixtures/builders';
import { minimalIncident, type TestCasebook } from '../fixtures/db';
import { MINIMAL_EML, MINIMAL_EXCHANGE_LOG } from '../fixtures/emailFiles';
import type { FileRef } from '../../shared/contract/files';
import { keepBlob, insertFileEvidence } from '../../electron/core/evidence/evidenceRepository';
import { recordCustody } from '../../electron/core/evidence/custodyRepository';
import { pngImage } from '../fixtures/evidenceFiles';
import { createHash } from 'node:crypto';
import { OUTCOMES } from '../../shared/domain/vocabulary';

/**
 * A small register every operation can be exercised against: an open incident with a linked data subject,
 * a note and an action, a closed incident with a party linked and an action planned before it closed,
 * and a party linked to nothing.
 */
export type World = {
  cb: TestCasebook;
  open: Incident;
  linked: Party;
  action: Action;
  closed: Incident;
  closedLinked: Party;
  closedAction: Action;
  loose: Party;
  /** Files handed to the core: a valid .eml, a valid Exchange log, a file that is neither, a CSV of people and a photo. */
  files: { eml: FileRef; log: FileRef; notEmail: FileRef; people: FileRef; photo: FileRef };
  /** A photo kept as evidence of the open incident, and another of the closed one (attached before it closed). */
  evidence: { open: string; closed: string };
};

/** A file kept as evidence, written as the evidence service writes it (rows, not a call: the world is built synchronously). */
function seedAttachedFile(cb: TestCasebook, incidentId: string, fileName: string, bytes: Buffer): string {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const id = cb.core.context.newId();
  const at = cb.core.context.now();
  cb.db.transaction(() => {
    keepBlob(cb.db, sha256, bytes);
    insertFileEvidence(cb.db, { id, incidentId, sha256, fileName, mediaType: 'image/png', size: bytes.length, description: '', addedAt: at, addedBy: 'Test Officer' });
    recordCustody(cb.db, { evidenceId: id, incidentId, sha256, fileName, action: 'added', at, actor: 'Test Officer', reason: null });
  })();
  return id;
}

const HOUR = 3_600_000;
/** When the officer became aware of an imported email or log: before the test clock starts (27 Nov 2026 09:00). */
const AWARE_AT = Date.UTC(2026, 10, 27, 8, 0);

export function buildWorld(cb: TestCasebook): World {
  let open = cb.ok('incidents:create', minimalIncident());
  const linked = cb.ok('involvements:link', {
    incidentId: open.id,
    party: { new: { name: 'Jo Harper', email: 'j.harper@army.mil' } },
    involvement: { roles: ['data_subject'], dataCategories: ['basic_identifiers'] },
  }).party;
  cb.ok('notes:add', { incidentId: open.id, body: 'Sender confirms the address was typed from memory.' });
  const action = cb.ok('actions:add', { incidentId: open.id, kind: 'containment', description: 'Ask the recipient to delete the message.' });
  open = cb.ok('incidents:get', { id: open.id }).incident;

  const toClose = cb.ok('incidents:create', minimalIncident({ title: 'Printer left unlocked', kind: 'other', details: {} }));
  const closedLinked = cb.ok('involvements:link', {
    incidentId: toClose.id,
    party: { new: { name: 'Sam Okoro', email: 'sam.okoro@example.gov.uk' } },
    involvement: { roles: ['unintended_recipient'] },
  }).party;
  const closedAction = cb.ok('actions:add', { incidentId: toClose.id, kind: 'preventive', description: 'Lock the printer.' });
  const evidence = { open: seedAttachedFile(cb, open.id, 'bus-stop.png', pngImage(8, 8)), closed: seedAttachedFile(cb, toClose.id, 'printer.png', pngImage(6, 6)) };
  const closed = driveTo(cb, cb.ok('incidents:get', { id: toClose.id }).incident, 'closed');
  const loose = cb.ok('parties:create', { name: 'Alex Loose', email: 'alex.loose@example.gov.uk' });
  const put = (name: string, text: string) => cb.core.context.files.putBytes(name, new TextEncoder().encode(text));
  const files = {
    eml: put('orders.eml', MINIMAL_EML),
    log: put('MSGTRK2023031409-1.LOG', MINIMAL_EXCHANGE_LOG),
    notEmail: put('notes.eml', 'just some words\nand more'),
    people: put('people.csv', 'Name,Email\nKim Lee,kim.lee@example.org\n'),
    photo: cb.core.context.files.putBytes('papers.png', pngImage(10, 10)),
  };
  return { cb, open, linked, action, closed, closedLinked, closedAction, loose, files, evidence };
}

type Make = (w: World) => unknown;
/** A schema violation and the issue paths it must be reported at (each must appear). */
type Violation = { what: string; input: Make; paths: string[] };
/** A setup step that makes the world's copy stale, then the input sent from the stale copy. */
type Stale = { bump: (w: World) => void; input: Make };

export type OperationCase = {
  /** A valid input: the operation succeeds on a fresh world. */
  valid: Make;
  /** Does it write? Writes need a known officer (FORBIDDEN otherwise). */
  writes: boolean;
  /** A field of the wrong type, and a required field left out (null when the operation has no fields). */
  wrongType: Violation | null;
  missingRequired: Violation | null;
  /** Other schema violations worth pinning down. */
  moreViolations?: Violation[];
  /** Inputs naming things that do not exist: each must be NOT_FOUND (null: the operation names nothing). */
  unknown: Make[] | null;
  /** Stale-version inputs: CONFLICT (null: the operation carries no version). */
  stale: Stale | null;
  /** Inputs that would change a closed incident: INVALID_TRANSITION (null: not about one incident's content). */
  onClosed: Make | null;
  /** Starts a job and answers with its id: its writes (and their failures) happen in the job. */
  startsJob?: true;
  /** Writes outside the audit chain (an account's drafts are not events), so a failing audit append cannot stop it. */
  unaudited?: true;
};

/** An erasure proposal recorded as another account's, so the world's officer may confirm it. */
function proposedByAnother(w: World, scope: { type: 'incident'; incidentId: string } | { type: 'party'; partyId: string }): string {
  const id = '00000000-0000-4000-8000-00000000e5a1';
  const scopeId = scope.type === 'incident' ? scope.incidentId : scope.partyId;
  w.cb.db
    .prepare(
      `INSERT INTO erasure_proposals (id, scope_type, scope_id, evidence, status, proposed_by, proposed_at) VALUES (?, ?, ?, '[]', 'proposed', 'Another Officer', 0)`,
    )
    .run(id, scope.type, scopeId);
  return id;
}

/** Drop a key from an input object. */
const without = (input: unknown, key: string) => {
  const copy = { ...(input as Record<string, unknown>) };
  delete copy[key];
  return copy;
};

/** One entry per contract operation; the compiler and the tests fail when an operation is added without one. */
export const OPERATION_CASES: Record<CoreOperation, OperationCase> = {
  'session:get': {
    valid: () => ({}),
    writes: false,
    wrongType: null,
    missingRequired: null,
    unknown: null,
    stale: null,
    onClosed: null,
  },
  'incidents:list': {
    valid: () => ({ filter: { statuses: ['reported'], text: 'army' }, sort: { field: 'title', direction: 'asc' }, limit: 10 }),
    writes: false,
    wrongType: { what: 'limit as text', input: () => ({ limit: '10' }), paths: ['limit'] },
    missingRequired: { what: 'a sort without direction', input: () => ({ sort: { field: 'title' } }), paths: ['sort.direction'] },
    moreViolations: [
      { what: 'an unknown status in the filter', input: () => ({ filter: { statuses: ['archived'] } }), paths: ['filter.statuses.0'] },
      { what: 'an unknown sort field', input: () => ({ sort: { field: 'seq', direction: 'asc' } }), paths: ['sort.field'] },
      { what: 'a limit above 500', input: () => ({ limit: 501 }), paths: ['limit'] },
      { what: 'a limit of 0', input: () => ({ limit: 0 }), paths: ['limit'] },
      { what: 'an unknown filter key', input: () => ({ filter: { owner: 'me' } }), paths: ['filter.owner'] },
    ],
    unknown: null,
    stale: null,
    onClosed: null,
  },
  'incidents:get': {
    valid: (w) => ({ id: w.open.id }),
    writes: false,
    wrongType: { what: 'id as a number', input: () => ({ id: 7 }), paths: ['id'] },
    missingRequired: { what: 'no id', input: () => ({}), paths: ['id'] },
    moreViolations: [{ what: 'an id that is not a UUID', input: () => ({ id: 'INC-2026-0001' }), paths: ['id'] }],
    unknown: [() => ({ id: UNKNOWN_ID })],
    stale: null,
    onClosed: null,
  },
  'incidents:create': {
    valid: () => minimalIncident({ title: 'Another misdirected email' }),
    writes: true,
    wrongType: { what: 'discoveredAt as a date string', input: () => minimalIncident({ discoveredAt: '2026-11-26' as never }), paths: ['discoveredAt'] },
    missingRequired: { what: 'no title', input: () => without(minimalIncident(), 'title'), paths: ['title'] },
    moreViolations: [
      { what: 'an unknown kind', input: () => minimalIncident({ kind: 'email' as never }), paths: ['kind'] },
      { what: 'an unknown marking', input: () => minimalIncident({ recordMarking: 'RESTRICTED' as never }), paths: ['recordMarking'] },
      { what: 'details of another kind', input: () => minimalIncident({ kind: 'lost_device' }), paths: ['details'] },
      {
        what: 'a details field of the wrong type',
        input: () => minimalIncident({ details: { actualRecipients: 'j.harper@army.ml' } }),
        paths: ['details.actualRecipients'],
      },
      { what: 'a negative item count', input: () => minimalIncident({ materialItemCount: -1 }), paths: ['materialItemCount'] },
      { what: 'a fractional instant', input: () => minimalIncident({ discoveredAt: 1.5 }), paths: ['discoveredAt'] },
    ],
    unknown: null,
    stale: null,
    onClosed: null,
  },
  'incidents:update': {
    valid: (w) => ({ id: w.open.id, version: w.open.version, patch: { title: 'Email to army.ml (corrected title)' } }),
    writes: true,
    wrongType: { what: 'version as text', input: (w) => ({ id: w.open.id, version: '1', patch: {} }), paths: ['version'] },
    missingRequired: { what: 'no patch', input: (w) => ({ id: w.open.id, version: w.open.version }), paths: ['patch'] },
    moreViolations: [
      { what: 'a blank title', input: (w) => ({ id: w.open.id, version: w.open.version, patch: { title: ' ' } }), paths: ['patch.title'] },
      { what: 'an unknown patch field', input: (w) => ({ id: w.open.id, version: w.open.version, patch: { status: 'closed' } }), paths: ['patch.status'] },
      { what: 'details without a kind', input: (w) => ({ id: w.open.id, version: w.open.version, patch: { details: {} } }), paths: ['patch.kind'] },
      { what: 'version 0', input: (w) => ({ id: w.open.id, version: 0, patch: {} }), paths: ['version'] },
    ],
    unknown: [() => ({ id: UNKNOWN_ID, version: 1, patch: { title: 'x' } })],
    stale: {
      bump: (w) => void w.cb.ok('incidents:update', { id: w.open.id, version: w.open.version, patch: { owner: 'Claire Ashdown' } }),
      input: (w) => ({ id: w.open.id, version: w.open.version, patch: { title: 'From a stale copy' } }),
    },
    onClosed: (w) => ({ id: w.closed.id, version: w.closed.version, patch: { title: 'Edited after closing' } }),
  },
  'incidents:transition': {
    valid: (w) => ({ id: w.open.id, version: w.open.version, to: 'triage' }),
    writes: true,
    wrongType: { what: 'to as a number', input: (w) => ({ id: w.open.id, version: w.open.version, to: 1 }), paths: ['to'] },
    missingRequired: { what: 'no target status', input: (w) => ({ id: w.open.id, version: w.open.version }), paths: ['to'] },
    moreViolations: [
      { what: 'an unknown status', input: (w) => ({ id: w.open.id, version: w.open.version, to: 'archived' }), paths: ['to'] },
      {
        what: 'an unknown outcome',
        input: (w) => ({ id: w.open.id, version: w.open.version, to: 'closed', reason: 'x', outcome: 'resolved' }),
        paths: ['outcome'],
      },
    ],
    unknown: [() => ({ id: UNKNOWN_ID, version: 1, to: 'triage' })],
    stale: {
      bump: (w) => void w.cb.ok('incidents:update', { id: w.open.id, version: w.open.version, patch: { owner: 'Claire Ashdown' } }),
      input: (w) => ({ id: w.open.id, version: w.open.version, to: 'triage' }),
    },
    onClosed: null, // a closed incident may move (re-open); forbidden moves are tested on their own
  },
  'incidents:confirmDecisions': {
    // Decisions recorded at high severity, then re-assessed as very high: flagged for review.
    valid: (w) => {
      const incident = w.cb.ok('incidents:create', minimalIncident({ title: 'Re-assessed after the recipient forwarded it' }));
      w.cb.ok('assessments:add', { incidentId: incident.id, severity: SEVERITY.high });
      const decided = w.cb.ok('incidents:update', { id: incident.id, version: incident.version, patch: { regulatorNotify: true, subjectsNotify: true } });
      w.cb.ok('assessments:add', { incidentId: incident.id, severity: SEVERITY.veryHigh });
      return { id: decided.id, version: decided.version };
    },
    writes: true,
    wrongType: { what: 'version as text', input: (w) => ({ id: w.open.id, version: '1' }), paths: ['version'] },
    missingRequired: { what: 'no version', input: (w) => ({ id: w.open.id }), paths: ['version'] },
    unknown: [() => ({ id: UNKNOWN_ID, version: 1 })],
    stale: {
      bump: (w) => void w.cb.ok('incidents:update', { id: w.open.id, version: w.open.version, patch: { owner: 'Claire Ashdown' } }),
      input: (w) => ({ id: w.open.id, version: w.open.version }),
    },
    onClosed: (w) => ({ id: w.closed.id, version: w.closed.version }),
  },
  'incidents:history': {
    valid: (w) => ({ id: w.open.id, limit: 2 }),
    writes: false,
    wrongType: { what: 'cursor as a number', input: (w) => ({ id: w.open.id, cursor: 5 }), paths: ['cursor'] },
    missingRequired: { what: 'no id', input: () => ({ limit: 5 }), paths: ['id'] },
    unknown: [() => ({ id: UNKNOWN_ID })],
    stale: null,
    onClosed: null,
  },
  'notes:list': {
    valid: (w) => ({ incidentId: w.open.id }),
    writes: false,
    wrongType: { what: 'limit as a fraction', input: (w) => ({ incidentId: w.open.id, limit: 2.5 }), paths: ['limit'] },
    missingRequired: { what: 'no incident', input: () => ({}), paths: ['incidentId'] },
    unknown: [() => ({ incidentId: UNKNOWN_ID })],
    stale: null,
    onClosed: null,
  },
  'notes:add': {
    valid: (w) => ({ incidentId: w.open.id, body: 'Recipient replied: message deleted.' }),
    writes: true,
    wrongType: { what: 'body as an array', input: (w) => ({ incidentId: w.open.id, body: ['a'] }), paths: ['body'] },
    missingRequired: { what: 'no body', input: (w) => ({ incidentId: w.open.id }), paths: ['body'] },
    moreViolations: [{ what: 'a blank body', input: (w) => ({ incidentId: w.open.id, body: ' \n ' }), paths: ['body'] }],
    unknown: [() => ({ incidentId: UNKNOWN_ID, body: 'Note on nothing' })],
    stale: null,
    onClosed: (w) => ({ incidentId: w.closed.id, body: 'Late note' }),
  },
  'drafts:save': {
    valid: (w) => ({ kind: 'note', incidentId: w.open.id, values: { body: 'Recipient has not replied yet' } }),
    writes: true,
    unaudited: true,
    wrongType: { what: 'values as text', input: (w) => ({ kind: 'note', incidentId: w.open.id, values: 'Recipient' }), paths: ['values'] },
    missingRequired: { what: 'no values', input: (w) => ({ kind: 'note', incidentId: w.open.id }), paths: ['values'] },
    moreViolations: [
      { what: 'an unknown form', input: (w) => ({ kind: 'letter', incidentId: w.open.id, values: {} }), paths: ['kind'] },
      { what: 'a note without its incident', input: () => ({ kind: 'note', incidentId: null, values: {} }), paths: ['incidentId'] },
      { what: 'a new incident naming an incident', input: (w) => ({ kind: 'newIncident', incidentId: w.open.id, values: {} }), paths: ['incidentId'] },
      { what: 'values over 200,000 characters', input: (w) => ({ kind: 'note', incidentId: w.open.id, values: { body: 'x'.repeat(200_001) } }), paths: ['values'] },
    ],
    unknown: [() => ({ kind: 'note', incidentId: UNKNOWN_ID, values: { body: 'On nothing' } })],
    stale: null,
    onClosed: null, // a draft changes nothing about the incident, closed or not
  },
  'drafts:list': {
    valid: () => ({}),
    writes: false,
    wrongType: null,
    missingRequired: null,
    unknown: null,
    stale: null,
    onClosed: null,
  },
  'drafts:get': {
    valid: (w) => ({ kind: 'note', incidentId: w.open.id }),
    writes: false,
    wrongType: { what: 'incidentId as a number', input: () => ({ kind: 'note', incidentId: 7 }), paths: ['incidentId'] },
    missingRequired: { what: 'no kind', input: (w) => ({ incidentId: w.open.id }), paths: ['kind'] },
    unknown: [() => ({ kind: 'assessment', incidentId: UNKNOWN_ID })],
    stale: null,
    onClosed: null,
  },
  'drafts:discard': {
    valid: () => ({ kind: 'newIncident', incidentId: null }),
    writes: true,
    unaudited: true,
    wrongType: { what: 'kind as a number', input: () => ({ kind: 1, incidentId: null }), paths: ['kind'] },
    missingRequired: { what: 'no incidentId', input: () => ({ kind: 'newIncident' }), paths: ['incidentId'] },
    unknown: [() => ({ kind: 'decisions', incidentId: UNKNOWN_ID })],
    stale: null,
    onClosed: null,
  },
  'parties:search': {
    valid: () => ({ text: 'harper' }),
    writes: false,
    wrongType: { what: 'text as an object', input: () => ({ text: { name: 'x' } }), paths: ['text'] },
    missingRequired: null, // every field has a default
    moreViolations: [{ what: 'a limit above 200', input: () => ({ limit: 201 }), paths: ['limit'] }],
    unknown: null,
    stale: null,
    onClosed: null,
  },
  'parties:get': {
    valid: (w) => ({ id: w.linked.id }),
    writes: false,
    wrongType: { what: 'id as null', input: () => ({ id: null }), paths: ['id'] },
    missingRequired: { what: 'no id', input: () => ({}), paths: ['id'] },
    unknown: [() => ({ id: UNKNOWN_ID })],
    stale: null,
    onClosed: null,
  },
  'parties:create': {
    valid: () => ({ name: 'Grace Okafor', email: 'grace.okafor@mod.gov.uk', type: 'person' }),
    writes: true,
    wrongType: { what: 'email as a number', input: () => ({ name: 'Grace', email: 12 }), paths: ['email'] },
    missingRequired: { what: 'no name', input: () => ({ email: 'g@mod.gov.uk' }), paths: ['name'] },
    moreViolations: [
      { what: 'an email without @', input: () => ({ name: 'Grace', email: 'grace.okafor' }), paths: ['email'] },
      { what: 'an unknown party type', input: () => ({ name: 'Grace', type: 'robot' }), paths: ['type'] },
    ],
    unknown: null,
    stale: null,
    onClosed: null,
  },
  'parties:update': {
    valid: (w) => ({ id: w.loose.id, version: w.loose.version, patch: { phone: '030 0000 0000' } }),
    writes: true,
    wrongType: { what: 'patch as a string', input: (w) => ({ id: w.loose.id, version: w.loose.version, patch: 'phone' }), paths: ['patch'] },
    missingRequired: { what: 'no version', input: (w) => ({ id: w.loose.id, patch: {} }), paths: ['version'] },
    moreViolations: [
      { what: 'a blank name', input: (w) => ({ id: w.loose.id, version: w.loose.version, patch: { name: '' } }), paths: ['patch.name'] },
      { what: 'an invalid email', input: (w) => ({ id: w.loose.id, version: w.loose.version, patch: { email: 'nope' } }), paths: ['patch.email'] },
    ],
    unknown: [() => ({ id: UNKNOWN_ID, version: 1, patch: { phone: '1' } })],
    stale: {
      bump: (w) => void w.cb.ok('parties:update', { id: w.loose.id, version: w.loose.version, patch: { organisation: 'DE&S' } }),
      input: (w) => ({ id: w.loose.id, version: w.loose.version, patch: { phone: '030 0000 0000' } }),
    },
    onClosed: null,
  },
  'parties:incidents': {
    valid: (w) => ({ partyId: w.linked.id }),
    writes: false,
    wrongType: { what: 'partyId as a number', input: () => ({ partyId: 1 }), paths: ['partyId'] },
    missingRequired: { what: 'no party', input: () => ({}), paths: ['partyId'] },
    unknown: [() => ({ partyId: UNKNOWN_ID })],
    stale: null,
    onClosed: null,
  },
  'involvements:list': {
    valid: (w) => ({ incidentId: w.open.id }),
    writes: false,
    wrongType: { what: 'limit as text', input: (w) => ({ incidentId: w.open.id, limit: 'all' }), paths: ['limit'] },
    missingRequired: { what: 'no incident', input: () => ({}), paths: ['incidentId'] },
    unknown: [() => ({ incidentId: UNKNOWN_ID })],
    stale: null,
    onClosed: null,
  },
  'involvements:link': {
    valid: (w) => ({ incidentId: w.open.id, party: { id: w.loose.id }, involvement: { roles: ['unintended_recipient'] } }),
    writes: true,
    wrongType: {
      what: 'roles as a string',
      input: (w) => ({ incidentId: w.open.id, party: { id: w.loose.id }, involvement: { roles: 'data_subject' } }),
      paths: ['involvement.roles'],
    },
    missingRequired: { what: 'no involvement', input: (w) => ({ incidentId: w.open.id, party: { id: w.loose.id } }), paths: ['involvement'] },
    moreViolations: [
      {
        what: 'no roles',
        input: (w) => ({ incidentId: w.open.id, party: { id: w.loose.id }, involvement: { roles: [] } }),
        paths: ['involvement.roles'],
      },
      {
        what: 'the same role twice',
        input: (w) => ({ incidentId: w.open.id, party: { id: w.loose.id }, involvement: { roles: ['sender', 'sender'] } }),
        paths: ['involvement.roles'],
      },
      {
        what: 'an unknown data category',
        input: (w) => ({ incidentId: w.open.id, party: { id: w.loose.id }, involvement: { roles: ['sender'], dataCategories: ['shoe_size'] } }),
        paths: ['involvement.dataCategories.0'],
      },
      {
        what: 'both an existing and a new party',
        input: (w) => ({ incidentId: w.open.id, party: { id: w.loose.id, new: { name: 'X' } }, involvement: { roles: ['sender'] } }),
        paths: ['party'],
      },
      {
        what: 'a new party without a name',
        input: (w) => ({ incidentId: w.open.id, party: { new: { email: 'x@example.gov.uk' } }, involvement: { roles: ['sender'] } }),
        paths: ['party'],
      },
    ],
    unknown: [
      (w) => ({ incidentId: UNKNOWN_ID, party: { id: w.loose.id }, involvement: { roles: ['sender'] } }),
      (w) => ({ incidentId: w.open.id, party: { id: UNKNOWN_ID }, involvement: { roles: ['sender'] } }),
      () => ({ incidentId: UNKNOWN_ID, party: { new: { name: 'New Person' } }, involvement: { roles: ['sender'] } }),
    ],
    stale: null,
    onClosed: (w) => ({ incidentId: w.closed.id, party: { id: w.loose.id }, involvement: { roles: ['sender'] } }),
  },
  'involvements:update': {
    valid: (w) => ({ incidentId: w.open.id, partyId: w.linked.id, version: 1, involvement: { roles: ['data_subject', 'sender'] } }),
    writes: true,
    wrongType: {
      what: 'notifiedAt as text',
      input: (w) => ({
        incidentId: w.open.id,
        partyId: w.linked.id,
        version: 1,
        involvement: { roles: ['data_subject'], notificationStatus: 'notified', notifiedAt: 'today', notificationMethod: 'email' },
      }),
      paths: ['involvement.notifiedAt'],
    },
    missingRequired: { what: 'no party', input: (w) => ({ incidentId: w.open.id, version: 1, involvement: { roles: ['sender'] } }), paths: ['partyId'] },
    moreViolations: [
      {
        what: 'an unknown notification status',
        input: (w) => ({ incidentId: w.open.id, partyId: w.linked.id, version: 1, involvement: { roles: ['sender'], notificationStatus: 'told' } }),
        paths: ['involvement.notificationStatus'],
      },
    ],
    unknown: [
      (w) => ({ incidentId: UNKNOWN_ID, partyId: w.linked.id, version: 1, involvement: { roles: ['sender'] } }),
      (w) => ({ incidentId: w.open.id, partyId: UNKNOWN_ID, version: 1, involvement: { roles: ['sender'] } }),
      (w) => ({ incidentId: w.open.id, partyId: w.loose.id, version: 1, involvement: { roles: ['sender'] } }), // exists, not linked
    ],
    stale: {
      bump: (w) => void w.cb.ok('involvements:update', { incidentId: w.open.id, partyId: w.linked.id, version: 1, involvement: { roles: ['data_subject', 'other'] } }),
      input: (w) => ({ incidentId: w.open.id, partyId: w.linked.id, version: 1, involvement: { roles: ['sender'] } }),
    },
    onClosed: (w) => ({ incidentId: w.closed.id, partyId: w.closedLinked.id, version: 1, involvement: { roles: ['data_subject'] } }),
  },
  'involvements:unlink': {
    valid: (w) => ({ incidentId: w.open.id, partyId: w.linked.id, version: 1 }),
    writes: true,
    wrongType: { what: 'version as a fraction', input: (w) => ({ incidentId: w.open.id, partyId: w.linked.id, version: 1.5 }), paths: ['version'] },
    missingRequired: { what: 'no version', input: (w) => ({ incidentId: w.open.id, partyId: w.linked.id }), paths: ['version'] },
    unknown: [
      (w) => ({ incidentId: UNKNOWN_ID, partyId: w.linked.id, version: 1 }),
      (w) => ({ incidentId: w.open.id, partyId: UNKNOWN_ID, version: 1 }),
      (w) => ({ incidentId: w.open.id, partyId: w.loose.id, version: 1 }),
    ],
    stale: {
      bump: (w) => void w.cb.ok('involvements:update', { incidentId: w.open.id, partyId: w.linked.id, version: 1, involvement: { roles: ['data_subject', 'other'] } }),
      input: (w) => ({ incidentId: w.open.id, partyId: w.linked.id, version: 1 }),
    },
    onClosed: (w) => ({ incidentId: w.closed.id, partyId: w.closedLinked.id, version: 1 }),
  },
  'audit:verify': {
    valid: () => ({}),
    writes: false,
    wrongType: { what: 'scope not one offered', input: () => ({ scope: 'yesterday' }), paths: ['scope'] },
    missingRequired: null,
    unknown: null,
    stale: null,
    onClosed: null,
  },
  'demo:load': {
    valid: () => ({}),
    writes: true,
    wrongType: null,
    missingRequired: null,
    unknown: null,
    stale: null,
    onClosed: null,
  },
  'demo:remove': {
    valid: (w) => {
      w.cb.ok('demo:load', {});
      return {};
    },
    writes: true,
    wrongType: null,
    missingRequired: null,
    unknown: [() => ({})], // with no demo data loaded there is nothing to remove
    stale: null,
    onClosed: null,
  },
  'settings:get': {
    valid: () => ({}),
    writes: false,
    wrongType: null,
    missingRequired: null,
    unknown: null,
    stale: null,
    onClosed: null,
  },
  'settings:update': {
    valid: () => ({ internalReportHours: 36 }),
    writes: true,
    wrongType: { what: 'hours as text', input: () => ({ internalReportHours: '24' }), paths: ['internalReportHours'] },
    missingRequired: { what: 'no hours', input: () => ({}), paths: ['internalReportHours'] },
    moreViolations: [
      { what: 'zero hours', input: () => ({ internalReportHours: 0 }), paths: ['internalReportHours'] },
      { what: 'a fraction of an hour', input: () => ({ internalReportHours: 1.5 }), paths: ['internalReportHours'] },
      { what: 'more than 30 days', input: () => ({ internalReportHours: 721 }), paths: ['internalReportHours'] },
    ],
    unknown: null,
    stale: null,
    onClosed: null,
  },
  'organisation:get': {
    valid: () => ({}),
    writes: false,
    wrongType: null,
    missingRequired: null,
    moreViolations: [{ what: 'an unknown key', input: () => ({ name: 'Ministry' }), paths: ['name'] }],
    unknown: null,
    stale: null,
    onClosed: null,
  },
  'organisation:update': {
    valid: () => ({ name: 'Ministry of Examples', icoRegistrationNumber: 'Z1234567', dpoName: 'Dana Price', dpoEmail: 'dpo@example.gov.uk' }),
    writes: true,
    wrongType: { what: 'name as a number', input: () => ({ name: 42 }), paths: ['name'] },
    missingRequired: null, // every field defaults to '' (not set)
    moreViolations: [
      { what: 'a DPO email that is not one', input: () => ({ dpoEmail: 'dpo at example' }), paths: ['dpoEmail'] },
      { what: 'an unknown key', input: () => ({ name: 'Ministry', website: 'example.gov.uk' }), paths: ['website'] },
      { what: 'a name of 201 characters', input: () => ({ name: 'x'.repeat(201) }), paths: ['name'] },
      { what: 'a phone number as a number', input: () => ({ dpoPhone: 3001234567 }), paths: ['dpoPhone'] },
    ],
    unknown: null,
    stale: null,
    onClosed: null,
  },
  'assessments:list': {
    valid: (w) => ({ incidentId: w.open.id }),
    writes: false,
    wrongType: { what: 'incidentId as a number', input: () => ({ incidentId: 1 }), paths: ['incidentId'] },
    missingRequired: { what: 'no incident', input: () => ({}), paths: ['incidentId'] },
    unknown: [() => ({ incidentId: UNKNOWN_ID })],
    stale: null,
    onClosed: null,
  },
  'assessments:suggest': {
    valid: (w) => ({ incidentId: w.open.id }),
    writes: false,
    wrongType: { what: 'incidentId as a number', input: () => ({ incidentId: 1 }), paths: ['incidentId'] },
    missingRequired: { what: 'no incident', input: () => ({}), paths: ['incidentId'] },
    unknown: [() => ({ incidentId: UNKNOWN_ID })],
    stale: null,
    onClosed: null,
  },
  'assessments:add': {
    valid: (w) => ({ incidentId: w.open.id, severity: SEVERITY.high, peopleAffected: 3, recordsAffected: 1 }),
    writes: true,
    wrongType: {
      what: 'ease as a number',
      input: (w) => ({ incidentId: w.open.id, severity: { ...SEVERITY.high, ease: 1 } }),
      paths: ['severity.ease'],
    },
    missingRequired: { what: 'no severity', input: (w) => ({ incidentId: w.open.id }), paths: ['severity'] },
    moreViolations: [
      {
        what: 'an adjustment beyond ±3',
        input: (w) => ({ incidentId: w.open.id, severity: { ...SEVERITY.high, dpcAdjustment: 4, dpcFactors: ['volume'] } }),
        paths: ['severity.dpcAdjustment'],
      },
      {
        what: 'an adjustment without the factors that justify it',
        input: (w) => ({ incidentId: w.open.id, severity: { ...SEVERITY.high, dpcAdjustment: 1 } }),
        paths: ['severity.dpcFactors'],
      },
      {
        what: 'an unknown circumstance',
        input: (w) => ({ incidentId: w.open.id, severity: { ...SEVERITY.high, confidentiality: 'leaked' } }),
        paths: ['severity.confidentiality'],
      },
      {
        what: 'a score sent by the client',
        input: (w) => ({ incidentId: w.open.id, severity: SEVERITY.high, score: 1 }),
        paths: ['score'],
      },
      {
        what: 'a negative number of people',
        input: (w) => ({ incidentId: w.open.id, severity: SEVERITY.high, peopleAffected: -1 }),
        paths: ['peopleAffected'],
      },
    ],
    unknown: [() => ({ incidentId: UNKNOWN_ID, severity: SEVERITY.high })],
    stale: null,
    onClosed: (w) => ({ incidentId: w.closed.id, severity: SEVERITY.high }),
  },
  'notifications:list': {
    valid: (w) => ({ incidentId: w.open.id }),
    writes: false,
    wrongType: { what: 'incidentId as an array', input: () => ({ incidentId: [] }), paths: ['incidentId'] },
    missingRequired: { what: 'no incident', input: () => ({}), paths: ['incidentId'] },
    unknown: [() => ({ incidentId: UNKNOWN_ID })],
    stale: null,
    onClosed: null,
  },
  'notifications:recordRegulator': {
    valid: (w) => ({
      incidentId: w.open.id,
      version: w.open.version,
      reportType: 'initial',
      submittedAt: w.open.discoveredAt + 10 * HOUR,
      icoReference: 'IC-123456-A1B2',
    }),
    writes: true,
    wrongType: {
      what: 'submittedAt as a date string',
      input: (w) => ({ incidentId: w.open.id, version: w.open.version, reportType: 'initial', submittedAt: '2026-11-27' }),
      paths: ['submittedAt'],
    },
    missingRequired: {
      what: 'no report type',
      input: (w) => ({ incidentId: w.open.id, version: w.open.version, submittedAt: w.open.discoveredAt + HOUR }),
      paths: ['reportType'],
    },
    moreViolations: [
      {
        what: 'an unknown report type',
        input: (w) => ({ incidentId: w.open.id, version: w.open.version, reportType: 'final', submittedAt: w.open.discoveredAt + HOUR }),
        paths: ['reportType'],
      },
      {
        what: 'a report before the discovery',
        input: (w) => ({ incidentId: w.open.id, version: w.open.version, reportType: 'initial', submittedAt: w.open.discoveredAt - 1 }),
        paths: ['submittedAt'],
      },
      {
        what: 'a report in the future',
        input: (w) => ({ incidentId: w.open.id, version: w.open.version, reportType: 'initial', submittedAt: w.open.discoveredAt + 72 * HOUR + 1 }),
        paths: ['submittedAt'],
      },
      {
        what: 'a follow-up with no initial report',
        input: (w) => ({
          incidentId: w.open.id,
          version: w.open.version,
          reportType: 'follow_up',
          submittedAt: w.open.discoveredAt + HOUR,
          icoReference: 'IC-1',
        }),
        paths: ['reportType'],
      },
    ],
    unknown: [() => ({ incidentId: UNKNOWN_ID, version: 1, reportType: 'initial', submittedAt: Date.UTC(2026, 10, 27) })],
    stale: {
      bump: (w) => void w.cb.ok('incidents:update', { id: w.open.id, version: w.open.version, patch: { owner: 'Claire Ashdown' } }),
      input: (w) => ({ incidentId: w.open.id, version: w.open.version, reportType: 'initial', submittedAt: w.open.discoveredAt + HOUR }),
    },
    onClosed: (w) => ({ incidentId: w.closed.id, version: w.closed.version, reportType: 'initial', submittedAt: w.closed.discoveredAt + HOUR }),
  },
  'notifications:recordExternal': {
    valid: (w) => ({ incidentId: w.open.id, recipient: 'police', recipientDetail: 'Kent Police', notifiedAt: w.open.discoveredAt + HOUR }),
    writes: true,
    wrongType: { what: 'recipient as a number', input: (w) => ({ incidentId: w.open.id, recipient: 5, notifiedAt: w.open.discoveredAt }), paths: ['recipient'] },
    missingRequired: { what: 'no time', input: (w) => ({ incidentId: w.open.id, recipient: 'police' }), paths: ['notifiedAt'] },
    moreViolations: [
      {
        what: '"other" without saying who',
        input: (w) => ({ incidentId: w.open.id, recipient: 'other', notifiedAt: w.open.discoveredAt + HOUR }),
        paths: ['recipientDetail'],
      },
      {
        what: 'an unknown recipient',
        input: (w) => ({ incidentId: w.open.id, recipient: 'press', notifiedAt: w.open.discoveredAt + HOUR }),
        paths: ['recipient'],
      },
      {
        what: 'told before the discovery',
        input: (w) => ({ incidentId: w.open.id, recipient: 'police', notifiedAt: w.open.discoveredAt - HOUR }),
        paths: ['notifiedAt'],
      },
    ],
    unknown: [() => ({ incidentId: UNKNOWN_ID, recipient: 'police', notifiedAt: Date.UTC(2026, 10, 27) })],
    stale: null,
    onClosed: (w) => ({ incidentId: w.closed.id, recipient: 'police', notifiedAt: w.closed.discoveredAt + HOUR }),
  },
  'involvements:markNotified': {
    valid: (w) => ({ incidentId: w.open.id, notifiedAt: w.open.discoveredAt + 2 * HOUR, method: 'letter' }),
    writes: true,
    wrongType: { what: 'partyIds as a string', input: (w) => ({ incidentId: w.open.id, partyIds: w.linked.id, notifiedAt: 1, method: 'letter' }), paths: ['partyIds'] },
    missingRequired: { what: 'no method', input: (w) => ({ incidentId: w.open.id, notifiedAt: w.open.discoveredAt }), paths: ['method'] },
    moreViolations: [
      {
        what: 'a party id that is not a UUID',
        input: (w) => ({ incidentId: w.open.id, partyIds: ['Jo Harper'], notifiedAt: w.open.discoveredAt, method: 'letter' }),
        paths: ['partyIds.0'],
      },
      {
        what: 'an unknown method',
        input: (w) => ({ incidentId: w.open.id, notifiedAt: w.open.discoveredAt, method: 'pigeon' }),
        paths: ['method'],
      },
      {
        what: 'told before the discovery',
        input: (w) => ({ incidentId: w.open.id, notifiedAt: w.open.discoveredAt - HOUR, method: 'letter' }),
        paths: ['notifiedAt'],
      },
    ],
    unknown: [
      (w) => ({ incidentId: UNKNOWN_ID, notifiedAt: w.open.discoveredAt, method: 'letter' }),
      (w) => ({ incidentId: w.open.id, partyIds: [w.linked.id, UNKNOWN_ID], notifiedAt: w.open.discoveredAt, method: 'letter' }),
      (w) => ({ incidentId: w.open.id, partyIds: [w.linked.id, w.loose.id], notifiedAt: w.open.discoveredAt, method: 'letter' }), // exists, not linked
    ],
    stale: null,
    onClosed: (w) => ({ incidentId: w.closed.id, partyIds: [w.closedLinked.id], notifiedAt: w.closed.discoveredAt + HOUR, method: 'letter' }),
  },
  'actions:list': {
    valid: (w) => ({ incidentId: w.open.id }),
    writes: false,
    wrongType: { what: 'incidentId as an object', input: () => ({ incidentId: {} }), paths: ['incidentId'] },
    missingRequired: { what: 'no incident', input: () => ({}), paths: ['incidentId'] },
    unknown: [() => ({ incidentId: UNKNOWN_ID })],
    stale: null,
    onClosed: null,
  },
  'actions:add': {
    valid: (w) => ({ incidentId: w.open.id, kind: 'preventive', description: 'Block mail to .ml', owner: 'Service desk', dueAt: Date.UTC(2026, 11, 4) }),
    writes: true,
    wrongType: { what: 'dueAt as text', input: (w) => ({ incidentId: w.open.id, kind: 'preventive', description: 'x', dueAt: 'Friday' }), paths: ['dueAt'] },
    missingRequired: { what: 'no description', input: (w) => ({ incidentId: w.open.id, kind: 'preventive' }), paths: ['description'] },
    moreViolations: [
      { what: 'a blank description', input: (w) => ({ incidentId: w.open.id, kind: 'preventive', description: '  ' }), paths: ['description'] },
      { what: 'an unknown kind', input: (w) => ({ incidentId: w.open.id, kind: 'punitive', description: 'x' }), paths: ['kind'] },
      { what: 'an unknown status', input: (w) => ({ incidentId: w.open.id, kind: 'recovery', description: 'x', status: 'blocked' }), paths: ['status'] },
    ],
    unknown: [() => ({ incidentId: UNKNOWN_ID, kind: 'preventive', description: 'Action on nothing' })],
    stale: null,
    onClosed: (w) => ({ incidentId: w.closed.id, kind: 'preventive', description: 'After closing' }),
  },
  'actions:update': {
    valid: (w) => ({ id: w.action.id, version: w.action.version, patch: { status: 'done' } }),
    writes: true,
    wrongType: { what: 'version as text', input: (w) => ({ id: w.action.id, version: '1', patch: {} }), paths: ['version'] },
    missingRequired: { what: 'no patch', input: (w) => ({ id: w.action.id, version: w.action.version }), paths: ['patch'] },
    moreViolations: [
      { what: 'a blank description', input: (w) => ({ id: w.action.id, version: w.action.version, patch: { description: '' } }), paths: ['patch.description'] },
      { what: 'completedAt set by the client', input: (w) => ({ id: w.action.id, version: w.action.version, patch: { completedAt: 1 } }), paths: ['patch.completedAt'] },
    ],
    unknown: [() => ({ id: UNKNOWN_ID, version: 1, patch: { status: 'done' } })],
    stale: {
      bump: (w) => void w.cb.ok('actions:update', { id: w.action.id, version: w.action.version, patch: { owner: 'Service desk' } }),
      input: (w) => ({ id: w.action.id, version: w.action.version, patch: { status: 'done' } }),
    },
    onClosed: (w) => ({ id: w.closedAction.id, version: w.closedAction.version, patch: { status: 'done' } }),
  },
  'dashboard:get': {
    valid: () => ({ months: 6 }),
    writes: false,
    wrongType: { what: 'months as text', input: () => ({ months: 'six' }), paths: ['months'] },
    missingRequired: null, // months has a default
    moreViolations: [
      { what: 'zero months', input: () => ({ months: 0 }), paths: ['months'] },
      { what: 'more than ten years', input: () => ({ months: 121 }), paths: ['months'] },
    ],
    unknown: null,
    stale: null,
    onClosed: null,
  },
  'reports:preview': {
    valid: (w) => ({ kind: 'briefing', incidentId: w.open.id, linesToTake: 'We are taking this seriously.' }),
    writes: false,
    wrongType: { what: 'incident id as a number', input: () => ({ kind: 'briefing', incidentId: 42 }), paths: ['incidentId'] },
    missingRequired: { what: 'no incident', input: () => ({ kind: 'regulator' }), paths: ['incidentId'] },
    moreViolations: [
      { what: 'a period that ends before it starts', input: () => ({ kind: 'statistics', from: 2000, to: 1000 }), paths: ['to'] },
      { what: 'a report kind that does not exist', input: (w) => ({ kind: 'memoir', incidentId: w.open.id }), paths: ['kind'] },
    ],
    unknown: [
      () => ({ kind: 'briefing', incidentId: UNKNOWN_ID }),
      () => ({ kind: 'regulator', incidentId: UNKNOWN_ID }),
      () => ({ kind: 'letters', incidentId: UNKNOWN_ID }),
    ],
    stale: null,
    onClosed: null, // a closed incident can still be reported on
  },
  'reports:generate': {
    valid: (w) => ({ request: { kind: 'briefing', incidentId: w.open.id }, format: 'pdf' }),
    writes: true, // the audit entry recording who generated what
    wrongType: { what: 'format as a number', input: (w) => ({ request: { kind: 'briefing', incidentId: w.open.id }, format: 42 }), paths: ['format'] },
    missingRequired: { what: 'no format', input: (w) => ({ request: { kind: 'briefing', incidentId: w.open.id } }), paths: ['format'] },
    moreViolations: [
      { what: 'a format the report is not offered in', input: (w) => ({ request: { kind: 'briefing', incidentId: w.open.id }, format: 'csv' }), paths: ['format'] },
      { what: 'a register as PDF', input: () => ({ request: { kind: 'register' }, format: 'pdf' }), paths: ['format'] },
      { what: 'a period that ends when it starts', input: () => ({ request: { kind: 'statistics', from: 1000, to: 1000 }, format: 'pdf' }), paths: ['request.to'] },
      {
        what: 'letters the officer has not confirmed may be released',
        input: (w) => ({ request: { kind: 'letters', incidentId: w.open.id }, format: 'docx' }),
        paths: ['request.releasableConfirmed'],
      },
    ],
    unknown: [
      () => ({ request: { kind: 'briefing', incidentId: UNKNOWN_ID }, format: 'docx' }),
      () => ({ request: { kind: 'letters', incidentId: UNKNOWN_ID, releasableConfirmed: true }, format: 'docx' }),
    ],
    stale: null,
    onClosed: null,
  },

  'domains:get': { valid: () => ({}), writes: false, wrongType: null, missingRequired: null, unknown: null, stale: null, onClosed: null },
  'domains:update': {
    valid: () => ({ internal: ['mod.gov.uk'], partners: ['army.mil', 'gov.uk'] }),
    writes: true,
    wrongType: { what: 'partners as text', input: () => ({ internal: [], partners: 'army.mil' }), paths: ['partners'] },
    missingRequired: { what: 'no internal list', input: () => ({ partners: [] }), paths: ['internal'] },
    moreViolations: [{ what: 'a blank domain', input: () => ({ internal: ['  '], partners: [] }), paths: ['internal.0'] }],
    unknown: null,
    stale: null,
    onClosed: null,
  },
  'domains:classify': {
    valid: () => ({ domains: ['army.ml', 'army.mil', 'example.com'] }),
    writes: false,
    wrongType: { what: 'domains as text', input: () => ({ domains: 'army.ml' }), paths: ['domains'] },
    missingRequired: { what: 'no domains', input: () => ({}), paths: ['domains'] },
    moreViolations: [{ what: 'an empty list', input: () => ({ domains: [] }), paths: ['domains'] }],
    unknown: null,
    stale: null,
    onClosed: null,
  },
  'parties:importPreview': {
    valid: (w) => ({ fileId: w.files.people.fileId, incidentId: w.open.id }),
    writes: false,
    wrongType: { what: 'fileId as a number', input: (w) => ({ fileId: 7, incidentId: w.open.id }), paths: ['fileId'] },
    missingRequired: { what: 'no incidentId', input: (w) => ({ fileId: w.files.people.fileId }), paths: ['incidentId'] },
    moreViolations: [
      {
        what: 'a mapping without a name column',
        input: (w) => ({ fileId: w.files.people.fileId, incidentId: w.open.id, mapping: { email: 'Email' } }),
        paths: ['mapping.name'],
      },
    ],
    unknown: [() => ({ fileId: 'file-unknownunknownunknown', incidentId: UNKNOWN_ID }), (w) => ({ fileId: w.files.people.fileId, incidentId: UNKNOWN_ID })],
    stale: null,
    onClosed: null,
  },
  'parties:import': {
    valid: (w) => ({ fileId: w.files.people.fileId, incidentId: w.open.id, dataCategories: ['basic_identifiers'] }),
    writes: true,
    wrongType: { what: 'role as a number', input: (w) => ({ fileId: w.files.people.fileId, incidentId: w.open.id, role: 1 }), paths: ['role'] },
    missingRequired: { what: 'no fileId', input: (w) => ({ incidentId: w.open.id }), paths: ['fileId'] },
    moreViolations: [
      { what: 'a role not in the vocabulary', input: (w) => ({ fileId: w.files.people.fileId, incidentId: w.open.id, role: 'victim' }), paths: ['role'] },
      {
        what: 'a data category not in the vocabulary',
        input: (w) => ({ fileId: w.files.people.fileId, incidentId: w.open.id, dataCategories: ['shoe_size'] }),
        paths: ['dataCategories.0'],
      },
      {
        what: 'a status that needs a date and method',
        input: (w) => ({ fileId: w.files.people.fileId, incidentId: w.open.id, notificationStatus: 'notified' }),
        paths: ['notificationStatus'],
      },
    ],
    unknown: [() => ({ fileId: 'file-unknownunknownunknown', incidentId: UNKNOWN_ID }), (w) => ({ fileId: w.files.people.fileId, incidentId: UNKNOWN_ID })],
    stale: null,
    onClosed: (w) => ({ fileId: w.files.people.fileId, incidentId: w.closed.id }),
  },
  'emails:preview': {
    valid: (w) => ({ fileId: w.files.eml.fileId }),
    writes: false,
    wrongType: { what: 'fileId as a number', input: () => ({ fileId: 7 }), paths: ['fileId'] },
    missingRequired: { what: 'no fileId', input: () => ({}), paths: ['fileId'] },
    moreViolations: [{ what: 'a path instead of a handle', input: () => ({ fileId: '/etc/passwd' }), paths: ['fileId'] }],
    unknown: [() => ({ fileId: 'file-unknownunknownunknown' })],
    stale: null,
    onClosed: null,
  },
  'emails:import': {
    valid: (w) => ({ fileId: w.files.eml.fileId, target: { type: 'new', kind: 'misdirected_email', awareAt: AWARE_AT } }),
    writes: true,
    wrongType: { what: 'target as text', input: (w) => ({ fileId: w.files.eml.fileId, target: 'new' }), paths: ['target'] },
    missingRequired: { what: 'no target', input: (w) => ({ fileId: w.files.eml.fileId }), paths: ['target'] },
    moreViolations: [
      {
        what: 'a kind that is not an email kind',
        input: (w) => ({ fileId: w.files.eml.fileId, target: { type: 'new', kind: 'lost_device', awareAt: AWARE_AT } }),
        paths: ['target.kind'],
      },
      {
        what: 'a new incident without the time the officer became aware',
        input: (w) => ({ fileId: w.files.eml.fileId, target: { type: 'new', kind: 'misdirected_email' } }),
        paths: ['target.awareAt'],
      },
    ],
    unknown: [
      () => ({ fileId: 'file-unknownunknownunknown', target: { type: 'new', kind: 'misdirected_email', awareAt: AWARE_AT } }),
      (w) => ({ fileId: w.files.eml.fileId, target: { type: 'existing', incidentId: UNKNOWN_ID } }),
    ],
    stale: null,
    onClosed: (w) => ({ fileId: w.files.eml.fileId, target: { type: 'existing', incidentId: w.closed.id } }),
  },
  'messages:list': {
    valid: (w) => ({ incidentId: w.open.id }),
    writes: false,
    wrongType: { what: 'limit as text', input: (w) => ({ incidentId: w.open.id, limit: 'ten' }), paths: ['limit'] },
    missingRequired: { what: 'no incidentId', input: () => ({}), paths: ['incidentId'] },
    unknown: [() => ({ incidentId: UNKNOWN_ID })],
    stale: null,
    onClosed: null,
  },
  'evidence:list': {
    valid: (w) => ({ incidentId: w.open.id }),
    writes: false,
    wrongType: { what: 'incidentId as a number', input: () => ({ incidentId: 3 }), paths: ['incidentId'] },
    missingRequired: { what: 'no incidentId', input: () => ({}), paths: ['incidentId'] },
    unknown: [() => ({ incidentId: UNKNOWN_ID })],
    stale: null,
    onClosed: null,
  },
  'evidence:add': {
    valid: (w) => ({ incidentId: w.open.id, fileId: w.files.photo.fileId, description: 'Photo of the papers at the bus stop' }),
    writes: true,
    wrongType: { what: 'description as a number', input: (w) => ({ incidentId: w.open.id, fileId: w.files.photo.fileId, description: 3 }), paths: ['description'] },
    missingRequired: { what: 'no fileId', input: (w) => ({ incidentId: w.open.id }), paths: ['fileId'] },
    moreViolations: [
      { what: 'a path instead of a handle', input: (w) => ({ incidentId: w.open.id, fileId: '/etc/passwd' }), paths: ['fileId'] },
      {
        what: 'a description over 1,000 characters',
        input: (w) => ({ incidentId: w.open.id, fileId: w.files.photo.fileId, description: 'x'.repeat(1001) }),
        paths: ['description'],
      },
    ],
    unknown: [(w) => ({ incidentId: UNKNOWN_ID, fileId: w.files.photo.fileId }), (w) => ({ incidentId: w.open.id, fileId: 'file-unknownunknownunknown' })],
    stale: null,
    onClosed: (w) => ({ incidentId: w.closed.id, fileId: w.files.photo.fileId }),
  },
  'evidence:export': {
    valid: (w) => ({ evidenceId: w.evidence.open }),
    writes: true,
    wrongType: { what: 'evidenceId as a number', input: () => ({ evidenceId: 3 }), paths: ['evidenceId'] },
    missingRequired: { what: 'no evidenceId', input: () => ({}), paths: ['evidenceId'] },
    unknown: [() => ({ evidenceId: UNKNOWN_ID })],
    stale: null,
    onClosed: null,
  },
  'evidence:remove': {
    valid: (w) => ({ evidenceId: w.evidence.open, reason: 'Attached to the wrong incident' }),
    writes: true,
    wrongType: { what: 'reason as a number', input: (w) => ({ evidenceId: w.evidence.open, reason: 4 }), paths: ['reason'] },
    missingRequired: { what: 'no reason', input: (w) => ({ evidenceId: w.evidence.open }), paths: ['reason'] },
    moreViolations: [{ what: 'a blank reason', input: (w) => ({ evidenceId: w.evidence.open, reason: '   ' }), paths: ['reason'] }],
    unknown: [() => ({ evidenceId: UNKNOWN_ID, reason: 'Wrong incident' })],
    stale: null,
    onClosed: (w) => ({ evidenceId: w.evidence.closed, reason: 'Wrong incident' }),
  },
  'evidence:thumbnail': {
    valid: (w) => ({ evidenceId: w.evidence.open }),
    writes: false,
    wrongType: { what: 'evidenceId as a number', input: () => ({ evidenceId: 3 }), paths: ['evidenceId'] },
    missingRequired: { what: 'no evidenceId', input: () => ({}), paths: ['evidenceId'] },
    unknown: [() => ({ evidenceId: UNKNOWN_ID })],
    stale: null,
    onClosed: null,
  },
  'gatewayLogs:inspect': {
    valid: (w) => ({ fileId: w.files.log.fileId }),
    writes: false,
    wrongType: { what: 'fileId as a number', input: () => ({ fileId: 7 }), paths: ['fileId'] },
    missingRequired: { what: 'no fileId', input: () => ({}), paths: ['fileId'] },
    unknown: [() => ({ fileId: 'file-unknownunknownunknown' })],
    stale: null,
    onClosed: null,
  },
  'gatewayLogs:import': {
    valid: (w) => ({ fileId: w.files.log.fileId, format: 'exchange', awareAt: AWARE_AT }),
    writes: true,
    startsJob: true,
    wrongType: { what: 'format as a number', input: (w) => ({ fileId: w.files.log.fileId, format: 1 }), paths: ['format'] },
    missingRequired: { what: 'no format', input: (w) => ({ fileId: w.files.log.fileId }), paths: ['format'] },
    moreViolations: [
      {
        what: 'a mapping that leaves out the recipients',
        input: (w) => ({ fileId: w.files.log.fileId, format: 'csv', mapping: { sentAt: 'a', sender: 'b' }, awareAt: AWARE_AT }),
        paths: ['mapping.recipients'],
      },
      { what: 'new incidents without the time the officer became aware', input: (w) => ({ fileId: w.files.log.fileId, format: 'exchange' }), paths: ['awareAt'] },
    ],
    unknown: [
      () => ({ fileId: 'file-unknownunknownunknown', format: 'exchange', awareAt: AWARE_AT }),
      (w) => ({ fileId: w.files.log.fileId, format: 'exchange', incidentId: UNKNOWN_ID }),
    ],
    stale: null,
    onClosed: (w) => ({ fileId: w.files.log.fileId, format: 'exchange', incidentId: w.closed.id }),
  },
  'jobs:get': {
    valid: (w) => ({ jobId: w.cb.ok('gatewayLogs:import', { fileId: w.files.log.fileId, format: 'exchange', awareAt: AWARE_AT }).jobId }),
    writes: false,
    wrongType: { what: 'jobId as a number', input: () => ({ jobId: 1 }), paths: ['jobId'] },
    missingRequired: { what: 'no jobId', input: () => ({}), paths: ['jobId'] },
    unknown: [() => ({ jobId: 'job-unknownunknown' })],
    stale: null,
    onClosed: null,
  },
  'jobs:cancel': {
    valid: (w) => ({ jobId: w.cb.ok('gatewayLogs:import', { fileId: w.files.log.fileId, format: 'exchange', awareAt: AWARE_AT }).jobId }),
    writes: false, // cancelling writes nothing; the job it stops leaves nothing behind
    wrongType: { what: 'jobId as a number', input: () => ({ jobId: 1 }), paths: ['jobId'] },
    missingRequired: { what: 'no jobId', input: () => ({}), paths: ['jobId'] },
    unknown: [() => ({ jobId: 'job-unknownunknown' })],
    stale: null,
    onClosed: null,
  },
  'lookalikes:generate': {
    valid: () => ({ domains: ['army.mil'] }),
    writes: false,
    wrongType: { what: 'domains as text', input: () => ({ domains: 'army.mil' }), paths: ['domains'] },
    missingRequired: null, // domains defaults to the configured ones
    moreViolations: [{ what: 'a blank domain', input: () => ({ domains: [''] }), paths: ['domains.0'] }],
    unknown: null,
    stale: null,
    onClosed: null,
  },
  'lookalikes:export': {
    valid: () => ({ domains: ['army.mil'], format: 'postfix' }),
    writes: false,
    wrongType: { what: 'format as a number', input: () => ({ format: 2 }), paths: ['format'] },
    missingRequired: { what: 'no format', input: () => ({ domains: ['army.mil'] }), paths: ['format'] },
    moreViolations: [{ what: 'a format not offered', input: () => ({ format: 'bind' }), paths: ['format'] }],
    unknown: null,
    stale: null,
    onClosed: null,
  },
  'incidents:related': {
    valid: (w) => ({ incidentId: w.open.id }),
    writes: false,
    wrongType: { what: 'incidentId as a number', input: () => ({ incidentId: 3 }), paths: ['incidentId'] },
    missingRequired: { what: 'no incidentId', input: () => ({}), paths: ['incidentId'] },
    unknown: [() => ({ incidentId: UNKNOWN_ID })],
    stale: null,
    onClosed: null,
  },
  'retention:getSchedule': {
    valid: () => ({}),
    writes: false,
    wrongType: null,
    missingRequired: null,
    unknown: null,
    stale: null,
    onClosed: null,
  },
  'retention:setSchedule': {
    valid: () => ({ periods: Object.fromEntries(OUTCOMES.map((o) => [o, { amount: 6, unit: 'years' }])) }),
    writes: true,
    wrongType: { what: 'periods as text', input: () => ({ periods: '6 years' }), paths: ['periods'] },
    missingRequired: { what: 'no periods', input: () => ({}), paths: ['periods'] },
    moreViolations: [
      {
        what: 'an outcome left out',
        input: () => ({ periods: Object.fromEntries(OUTCOMES.filter((o) => o !== 'duplicate').map((o) => [o, { amount: 6, unit: 'years' }])) }),
        paths: ['periods.duplicate'],
      },
      {
        what: 'zero days',
        input: () => ({ periods: Object.fromEntries(OUTCOMES.map((o) => [o, { amount: o === 'breach' ? 0 : 6, unit: 'days' }])) }),
        paths: ['periods.breach.amount'],
      },
    ],
    unknown: null,
    stale: null,
    onClosed: null,
  },
  'retention:due': {
    valid: () => ({}),
    writes: false,
    wrongType: null,
    missingRequired: null,
    unknown: null,
    stale: null,
    onClosed: null,
  },
  'retention:holds': {
    valid: () => ({}),
    writes: false,
    wrongType: null,
    missingRequired: null,
    unknown: null,
    stale: null,
    onClosed: null,
  },
  'retention:hold': {
    valid: (w) => ({ subject: { type: 'incident', id: w.closed.id }, reason: 'ICO investigation' }),
    writes: true,
    wrongType: { what: 'reason as a number', input: (w) => ({ subject: { type: 'incident', id: w.closed.id }, reason: 5 }), paths: ['reason'] },
    missingRequired: { what: 'no reason', input: (w) => ({ subject: { type: 'incident', id: w.closed.id } }), paths: ['reason'] },
    moreViolations: [{ what: 'a blank reason', input: (w) => ({ subject: { type: 'party', id: w.loose.id }, reason: '  ' }), paths: ['reason'] }],
    unknown: [() => ({ subject: { type: 'incident', id: UNKNOWN_ID }, reason: 'Claim' }), () => ({ subject: { type: 'party', id: UNKNOWN_ID }, reason: 'Claim' })],
    stale: null,
    onClosed: null,
  },
  'retention:release': {
    valid: (w) => ({ holdId: w.cb.ok('retention:hold', { subject: { type: 'party', id: w.loose.id }, reason: 'A claim' }).id }),
    writes: true,
    wrongType: { what: 'holdId as a number', input: () => ({ holdId: 1 }), paths: ['holdId'] },
    missingRequired: { what: 'no holdId', input: () => ({}), paths: ['holdId'] },
    unknown: [() => ({ holdId: UNKNOWN_ID })],
    stale: null,
    onClosed: null,
  },
  'erasures:preview': {
    valid: (w) => ({ scope: { type: 'incident', incidentId: w.closed.id } }),
    writes: false,
    wrongType: { what: 'scope as text', input: () => ({ scope: 'incident' }), paths: ['scope'] },
    missingRequired: { what: 'no scope', input: () => ({}), paths: ['scope'] },
    unknown: [() => ({ scope: { type: 'incident', incidentId: UNKNOWN_ID } }), () => ({ scope: { type: 'party', partyId: UNKNOWN_ID } })],
    stale: null,
    onClosed: null,
  },
  'erasures:propose': {
    valid: (w) => ({ scope: { type: 'incident', incidentId: w.closed.id } }),
    writes: true,
    wrongType: { what: 'evidence as text', input: (w) => ({ scope: { type: 'party', partyId: w.loose.id }, evidence: 'keep' }), paths: ['evidence'] },
    missingRequired: { what: 'no scope', input: () => ({}), paths: ['scope'] },
    unknown: [() => ({ scope: { type: 'incident', incidentId: UNKNOWN_ID } }), () => ({ scope: { type: 'party', partyId: UNKNOWN_ID } })],
    stale: null,
    onClosed: null,
  },
  'erasures:list': {
    valid: () => ({}),
    writes: false,
    wrongType: null,
    missingRequired: null,
    unknown: null,
    stale: null,
    onClosed: null,
  },
  'erasures:withdraw': {
    valid: (w) => ({ id: w.cb.ok('erasures:propose', { scope: { type: 'party', partyId: w.loose.id } }).id }),
    writes: true,
    wrongType: { what: 'id as a number', input: () => ({ id: 1 }), paths: ['id'] },
    missingRequired: { what: 'no id', input: () => ({}), paths: ['id'] },
    unknown: [() => ({ id: UNKNOWN_ID })],
    stale: null,
    onClosed: null,
  },
  'erasures:confirm': {
    // Proposed by another account: the proposer never confirms.
    valid: (w) => ({ id: proposedByAnother(w, { type: 'party', partyId: w.loose.id }) }),
    writes: true,
    wrongType: { what: 'id as a number', input: () => ({ id: 1 }), paths: ['id'] },
    missingRequired: { what: 'no id', input: () => ({}), paths: ['id'] },
    unknown: [() => ({ id: UNKNOWN_ID })],
    stale: null,
    onClosed: null,
  },
  'subjectAccess:export': {
    valid: (w) => ({ partyId: w.linked.id }),
    writes: true,
    wrongType: { what: 'partyId as a number', input: () => ({ partyId: 1 }), paths: ['partyId'] },
    missingRequired: { what: 'no partyId', input: () => ({}), paths: ['partyId'] },
    unknown: [() => ({ partyId: UNKNOWN_ID })],
    stale: null,
    onClosed: null,
  },
};
