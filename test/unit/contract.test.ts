import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { migrate } from '../../electron/core/db/migrate';
import { closeDatabase, openDatabase, type Db } from '../../electron/core/db/openDatabase';
import * as lookalike from '../../shared/domain/lookalike/classes';
import * as severity from '../../shared/domain/severity';
import * as vocabulary from '../../shared/domain/vocabulary';
import { contract, CORE_OPERATIONS, isAsyncOperation, isVaultOperation, VAULT_OPERATIONS } from '../../shared/contract';
import { DRAFT_KINDS } from '../../shared/contract/drafts';
import { EVIDENCE_SOURCES, RECIPIENT_FIELDS } from '../../shared/contract/emails';
import { CUSTODY_ACTIONS } from '../../shared/contract/evidence';
import { GATEWAY_LOG_FORMATS } from '../../shared/contract/gatewayLogs';
import { isOperation, OPERATIONS } from '../../shared/contract/operationNames';
import { ERROR_CODES, isCasebookError } from '../../shared/contract/result';
import { createTestCasebook, minimalIncident, type TestCasebook } from '../fixtures/db';
import { MINIMAL_EML, MINIMAL_EXCHANGE_LOG } from '../fixtures/emailFiles';
import { ERASURE_STATUSES, RETENTION_SUBJECT_TYPES } from '../../shared/domain/retentionSchedule';

describe('the operation list', () => {
  it('names exactly the contract operations, in the same order', () => {
    expect([...OPERATIONS]).toEqual(Object.keys(contract));
  });

  it('has no operation twice', () => {
    expect(new Set(OPERATIONS).size).toBe(OPERATIONS.length);
  });

  it('names every operation domain:verb', () => {
    for (const op of OPERATIONS) expect(op).toMatch(/^[a-z][A-Za-z]*:[a-z][A-Za-z]*$/);
  });

  it('recognises operations and nothing else', () => {
    expect(OPERATIONS.every(isOperation)).toBe(true);
    for (const other of ['incidents:delete', 'toString', '__proto__', '', null, 42, {}]) expect(isOperation(other)).toBe(false);
  });

  it('leaves to the vault every operation on accounts, keys, the lock and backups, and nothing else', () => {
    const domainsOf = (ops: readonly string[]) => new Set(ops.map((op) => op.split(':')[0]));
    expect(domainsOf(VAULT_OPERATIONS)).toEqual(new Set(['auth', 'accounts', 'security', 'backups']));
    expect(OPERATIONS.filter((op) => ['auth', 'accounts', 'security', 'backups'].includes(op.split(':')[0]!))).toEqual([...VAULT_OPERATIONS]);
    expect([...CORE_OPERATIONS]).toEqual(OPERATIONS.filter((op) => !isVaultOperation(op)));
  });

  it('marks as finishing later exactly the operations that render or parse a file', () => {
    expect(OPERATIONS.filter(isAsyncOperation)).toEqual([
      'parties:importPreview',
      'parties:import',
      'reports:generate',
      'emails:preview',
      'emails:import',
      'evidence:add',
    ]);
  });
});

describe('the error codes', () => {
  it('are the closed set of docs/architecture.md#errors-as-values', () => {
    expect([...ERROR_CODES].sort()).toEqual(['CONFLICT', 'FORBIDDEN', 'INTERNAL', 'INVALID_INPUT', 'INVALID_TRANSITION', 'LOCKED', 'NOT_FOUND']);
  });

  it('recognise an error value only with a known code and a message', () => {
    expect(isCasebookError({ code: 'NOT_FOUND', message: 'gone' })).toBe(true);
    expect(isCasebookError({ code: 'TEAPOT', message: 'no' })).toBe(false);
    expect(isCasebookError({ code: 'NOT_FOUND' })).toBe(false);
    expect(isCasebookError(null)).toBe(false);
  });
});

describe('JSON schemas of the contract inputs', () => {
  it.each(OPERATIONS)('derives an input JSON schema for %s that refuses unknown keys', (op) => {
    type Schema = { type?: string; additionalProperties?: unknown; oneOf?: Schema[]; anyOf?: Schema[] };
    const schema = z.toJSONSchema(contract[op].input, { io: 'input' }) as Schema;
    // An object, or (a report request) a choice between objects: each refuses unknown keys.
    const objects = (s: Schema): Schema[] => (s.oneOf ?? s.anyOf)?.flatMap(objects) ?? [s];
    for (const member of objects(schema)) {
      expect(member.type).toBe('object');
      expect(member.additionalProperties).toBe(false);
    }
  });
});

/**
 * Every closed vocabulary in shared/domain/vocabulary.ts is either mirrored by a CHECK constraint on a
 * column (listed here with the column) or deliberately lives elsewhere (listed with the reason).
 */
const CHECKED_COLUMNS = {
  'incidents.kind': vocabulary.INCIDENT_KINDS,
  'incidents.record_marking': vocabulary.MARKINGS,
  'incidents.material_marking': vocabulary.MARKINGS,
  'incidents.status': vocabulary.INCIDENT_STATUSES,
  'incidents.outcome': vocabulary.OUTCOMES,
  'incidents.subjects_exemption': vocabulary.SUBJECT_EXEMPTIONS,
  'status_history.from_status': vocabulary.INCIDENT_STATUSES,
  'status_history.to_status': vocabulary.INCIDENT_STATUSES,
  'status_history.outcome': vocabulary.OUTCOMES,
  'parties.type': vocabulary.PARTY_TYPES,
  'involvements.notification_status': vocabulary.NOTIFICATION_STATUSES,
  'involvements.notification_method': vocabulary.NOTIFICATION_METHODS,
  'involvement_roles.role': vocabulary.PARTY_ROLES,
  'involvement_data_categories.category': vocabulary.DATA_CATEGORIES,
  'incidents.caused_by_cyber': vocabulary.YES_NO_UNKNOWN,
  'incidents.consequence_likelihood': vocabulary.CONSEQUENCE_LIKELIHOODS,
  'incidents.staff_involved': vocabulary.YES_NO_UNKNOWN,
  'incidents.staff_trained': vocabulary.YES_NO_UNKNOWN,
  'incidents.severity_band': severity.SEVERITY_BANDS,
  'incident_data_categories.category': vocabulary.DATA_CATEGORIES,
  'incident_subject_categories.category': vocabulary.SUBJECT_CATEGORIES,
  'assessments.dpc_category': severity.DPC_CATEGORIES,
  'assessments.ease': severity.EI_LEVELS,
  'assessments.confidentiality': severity.CONFIDENTIALITY_LOSS,
  'assessments.integrity': severity.INTEGRITY_LOSS,
  'assessments.availability': severity.AVAILABILITY_LOSS,
  'assessments.band': severity.SEVERITY_BANDS,
  'regulator_reports.report_type': vocabulary.REGULATOR_REPORT_TYPES,
  'external_notifications.recipient': vocabulary.EXTERNAL_RECIPIENTS,
  'actions.kind': vocabulary.ACTION_KINDS,
  'actions.status': vocabulary.ACTION_STATUSES,
  'evidence.source': EVIDENCE_SOURCES,
  'evidence_custody.action': CUSTODY_ACTIONS,
  'gateway_imports.format': GATEWAY_LOG_FORMATS,
  'email_messages.recipient_field': RECIPIENT_FIELDS,
  'email_messages.domain_class': lookalike.DOMAIN_CLASSES,
  'email_messages.typo_class': lookalike.TYPO_CLASSES,
  'drafts.kind': DRAFT_KINDS,
  'legal_holds.subject_type': RETENTION_SUBJECT_TYPES,
  'erasure_proposals.scope_type': RETENTION_SUBJECT_TYPES,
  'erasure_proposals.status': ERASURE_STATUSES,
} as const satisfies Record<string, readonly string[]>;

const NOT_COLUMNS: Record<string, string> = {
  AFFECTED_ROLES: 'a subset of PARTY_ROLES used for counting, not a stored value',
  CYBER_IMPACTS: 'cyber details live in the JSON details column, validated by the contract',
  CYBER_RECOVERY_TIMES: 'cyber details live in the JSON details column, validated by the contract',
  CYBER_TYPES: 'cyber details live in the JSON details column, validated by the contract',
};

/** `table.column` → the quoted values of every `column IN ('a', 'b')` CHECK in the migrated schema. */
function checkLists(db: Db): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  const tables = db.prepare<[], { name: string; sql: string }>(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql IS NOT NULL`).all();
  for (const { name, sql } of tables) {
    for (const m of sql.matchAll(/\b(\w+)\s+IN\s*\(([^)]*)\)/g)) {
      const values = [...m[2]!.matchAll(/'([^']*)'/g)].map((v) => v[1]!);
      if (values.length > 0) lists.set(`${name}.${m[1]}`, values);
    }
  }
  return lists;
}

describe('closed vocabularies and the CHECK constraints of the migrated schema', () => {
  let db: Db;
  beforeAll(() => {
    db = openDatabase(':memory:');
    migrate(db);
  });
  afterAll(() => closeDatabase(db));

  it('accounts for every vocabulary list exported by shared/domain/vocabulary.ts', () => {
    const lists = Object.entries(vocabulary)
      .filter(([, v]) => Array.isArray(v))
      .map(([k]) => k);
    const checked = new Set(Object.values(CHECKED_COLUMNS));
    const unaccounted = lists.filter((name) => !(name in NOT_COLUMNS) && !checked.has((vocabulary as Record<string, unknown>)[name] as never));
    expect(unaccounted).toEqual([]);
  });

  it('has a CHECK list for exactly the columns above, each equal to its vocabulary', () => {
    const lists = checkLists(db);
    expect([...lists.keys()].sort()).toEqual(Object.keys(CHECKED_COLUMNS).sort());
    for (const [column, values] of Object.entries(CHECKED_COLUMNS)) expect(lists.get(column), column).toEqual([...values]);
  });

  it('keeps the affected roles within the party roles', () => {
    for (const role of vocabulary.AFFECTED_ROLES) expect(vocabulary.PARTY_ROLES).toContain(role);
  });
});

describe('CHECK constraints at work', () => {
  let cb: TestCasebook;
  let incidentId: string;
  let partyId: string;

  beforeAll(async () => {
    cb = createTestCasebook({ memory: true });
    const incident = cb.ok('incidents:create', minimalIncident());
    incidentId = incident.id;
    cb.ok('incidents:transition', { id: incidentId, version: 1, to: 'triage' });
    partyId = cb.ok('involvements:link', {
      incidentId,
      party: { new: { name: 'Jo Harper' } },
      involvement: { roles: ['data_subject'], dataCategories: ['health'] },
    }).party.id;
    cb.ok('assessments:add', {
      incidentId,
      severity: {
        dpcCategory: 'simple',
        dpcAdjustment: 0,
        dpcFactors: [],
        ease: 'maximum',
        confidentiality: 'none',
        integrity: 'none',
        availability: 'none',
        maliciousIntent: false,
      },
    });
    const { version } = cb.ok('incidents:get', { id: incidentId }).incident;
    cb.ok('notifications:recordRegulator', { incidentId, version, reportType: 'initial', submittedAt: Date.UTC(2026, 10, 27), rationale: 'Reported as a precaution.' });
    cb.ok('notifications:recordExternal', { incidentId, recipient: 'police', notifiedAt: Date.UTC(2026, 10, 27) });
    cb.ok('actions:add', { incidentId, kind: 'containment', description: 'Recall the message' });
    const put = (name: string, text: string) => cb.core.context.files.putBytes(name, new TextEncoder().encode(text));
    await cb.okAsync('emails:import', { fileId: put('orders.eml', MINIMAL_EML).fileId, target: { type: 'existing', incidentId } });
    const { jobId } = cb.ok('gatewayLogs:import', { fileId: put('MSGTRK.LOG', MINIMAL_EXCHANGE_LOG).fileId, format: 'exchange', incidentId });
    expect((await cb.core.context.jobs.settled(jobId)).state).toBe('done');
    cb.ok('drafts:save', { kind: 'note', incidentId, values: { body: 'Half a note' } });
  });
  afterAll(() => cb.close());

  /** Writes one value to one column inside a savepoint that is always rolled back; returns the error, if any. */
  function attempt(sql: string, params: Record<string, unknown>): string | null {
    cb.db.exec('SAVEPOINT attempt');
    try {
      const changes = cb.db.prepare(sql).run(params).changes;
      if (changes !== 1) return `changed ${changes} rows`;
      return null;
    } catch (error) {
      return (error as Error).message;
    } finally {
      cb.db.exec('ROLLBACK TO attempt; RELEASE attempt');
    }
  }

  const involvementSeq = () =>
    cb.db.prepare<[string, string], { seq: number }>('SELECT seq FROM involvements WHERE incident_id = ? AND party_id = ?').get(incidentId, partyId)!.seq;

  /** How to write `@v` to each checked column while keeping the row's other constraints satisfied. */
  const WRITES: Record<keyof typeof CHECKED_COLUMNS, () => [string, Record<string, unknown>]> = {
    'incidents.kind': () => ['UPDATE incidents SET kind = @v WHERE id = @id', { id: incidentId }],
    'incidents.record_marking': () => ['UPDATE incidents SET record_marking = @v WHERE id = @id', { id: incidentId }],
    'incidents.material_marking': () => ['UPDATE incidents SET material_marking = @v WHERE id = @id', { id: incidentId }],
    'incidents.status': () => [`UPDATE incidents SET status = @v, outcome = CASE WHEN @v = 'closed' THEN 'not_a_breach' END WHERE id = @id`, { id: incidentId }],
    'incidents.outcome': () => [
      `UPDATE incidents SET status = 'closed', outcome = @v, duplicate_of = CASE WHEN @v = 'duplicate' THEN id END WHERE id = @id`,
      { id: incidentId },
    ],
    'incidents.subjects_exemption': () => ['UPDATE incidents SET subjects_exemption = @v WHERE id = @id', { id: incidentId }],
    'status_history.from_status': () => ['UPDATE status_history SET from_status = @v WHERE incident_id = @id', { id: incidentId }],
    'status_history.to_status': () => ['UPDATE status_history SET to_status = @v WHERE incident_id = @id', { id: incidentId }],
    'status_history.outcome': () => ['UPDATE status_history SET outcome = @v WHERE incident_id = @id', { id: incidentId }],
    'parties.type': () => ['UPDATE parties SET type = @v WHERE id = @id', { id: partyId }],
    'involvements.notification_status': () => [
      `UPDATE involvements SET notification_status = @v,
         notified_at = CASE WHEN @v = 'notified' THEN 1 END, notification_method = CASE WHEN @v = 'notified' THEN 'email' END
       WHERE seq = @seq`,
      { seq: involvementSeq() },
    ],
    'involvements.notification_method': () => [
      `UPDATE involvements SET notification_status = 'notified', notified_at = 1, notification_method = @v WHERE seq = @seq`,
      { seq: involvementSeq() },
    ],
    'involvement_roles.role': () => ['UPDATE involvement_roles SET role = @v WHERE involvement_seq = @seq', { seq: involvementSeq() }],
    'involvement_data_categories.category': () => ['UPDATE involvement_data_categories SET category = @v WHERE involvement_seq = @seq', { seq: involvementSeq() }],
    'incidents.caused_by_cyber': () => ['UPDATE incidents SET caused_by_cyber = @v WHERE id = @id', { id: incidentId }],
    'incidents.consequence_likelihood': () => ['UPDATE incidents SET consequence_likelihood = @v WHERE id = @id', { id: incidentId }],
    'incidents.staff_involved': () => ['UPDATE incidents SET staff_involved = @v WHERE id = @id', { id: incidentId }],
    'incidents.staff_trained': () => ['UPDATE incidents SET staff_trained = @v WHERE id = @id', { id: incidentId }],
    'incidents.severity_band': () => ['UPDATE incidents SET severity_band = @v WHERE id = @id', { id: incidentId }],
    'incident_data_categories.category': () => ['INSERT INTO incident_data_categories (incident_id, category) VALUES (@id, @v)', { id: incidentId }],
    'incident_subject_categories.category': () => ['INSERT INTO incident_subject_categories (incident_id, category) VALUES (@id, @v)', { id: incidentId }],
    'assessments.dpc_category': () => ['UPDATE assessments SET dpc_category = @v WHERE incident_id = @id', { id: incidentId }],
    'assessments.ease': () => ['UPDATE assessments SET ease = @v WHERE incident_id = @id', { id: incidentId }],
    'assessments.confidentiality': () => ['UPDATE assessments SET confidentiality = @v WHERE incident_id = @id', { id: incidentId }],
    'assessments.integrity': () => ['UPDATE assessments SET integrity = @v WHERE incident_id = @id', { id: incidentId }],
    'assessments.availability': () => ['UPDATE assessments SET availability = @v WHERE incident_id = @id', { id: incidentId }],
    'assessments.band': () => ['UPDATE assessments SET band = @v WHERE incident_id = @id', { id: incidentId }],
    'regulator_reports.report_type': () => ['UPDATE regulator_reports SET report_type = @v WHERE incident_id = @id', { id: incidentId }],
    'external_notifications.recipient': () => ['UPDATE external_notifications SET recipient = @v WHERE incident_id = @id', { id: incidentId }],
    'actions.kind': () => ['UPDATE actions SET kind = @v WHERE incident_id = @id', { id: incidentId }],
    'actions.status': () => [`UPDATE actions SET status = @v, completed_at = CASE WHEN @v = 'done' THEN 1 END WHERE incident_id = @id`, { id: incidentId }],
    'evidence.source': () => ['UPDATE evidence SET source = @v WHERE incident_id = @id', { id: incidentId }],
    // Custody steps are never updated (a trigger refuses it), so each value is tried as a new step.
    'evidence_custody.action': () => [
      `INSERT INTO evidence_custody (evidence_id, incident_id, sha256, file_name, action, at, actor, reason)
       VALUES (@id, @id, '${'e'.repeat(64)}', 'a.png', @v, 1, 'Test Officer', CASE WHEN @v = 'removed' THEN 'Wrong incident' END)`,
      { id: incidentId },
    ],
    'gateway_imports.format': () => ['UPDATE gateway_imports SET format = @v', {}],
    'email_messages.recipient_field': () => [`UPDATE email_messages SET recipient_field = @v WHERE seq = (SELECT min(seq) FROM email_messages)`, {}],
    'email_messages.domain_class': () => [
      `UPDATE email_messages SET domain_class = @v, lookalike_of = CASE WHEN @v = 'lookalike' THEN 'army.mil' END
       WHERE seq = (SELECT min(seq) FROM email_messages)`,
      {},
    ],
    'email_messages.typo_class': () => [`UPDATE email_messages SET typo_class = @v WHERE seq = (SELECT min(seq) FROM email_messages)`, {}],
    'drafts.kind': () => [`UPDATE drafts SET kind = @v, incident_id = CASE WHEN @v = 'newIncident' THEN NULL ELSE @id END`, { id: incidentId }],
    'legal_holds.subject_type': () => [
      `INSERT INTO legal_holds (id, subject_type, subject_id, reason, placed_at, placed_by) VALUES ('hold', @v, @id, 'A claim', 1, 'Test Officer')`,
      { id: incidentId },
    ],
    'erasure_proposals.scope_type': () => [
      `INSERT INTO erasure_proposals (id, scope_type, scope_id, status, proposed_by, proposed_at) VALUES ('proposal', @v, @id, 'proposed', 'Test Officer', 1)`,
      { id: incidentId },
    ],
    'erasure_proposals.status': () => [
      `INSERT INTO erasure_proposals (id, scope_type, scope_id, status, proposed_by, proposed_at, decided_at)
       VALUES ('proposal', 'incident', @id, @v, 'Test Officer', 1, CASE WHEN @v = 'proposed' THEN NULL ELSE 2 END)`,
      { id: incidentId },
    ],
  };

  it.each(Object.keys(CHECKED_COLUMNS) as (keyof typeof CHECKED_COLUMNS)[])('stores every value of its vocabulary in %s and refuses any other', (column) => {
    const [sql, params] = WRITES[column]();
    for (const value of CHECKED_COLUMNS[column]) expect(attempt(sql, { ...params, v: value }), `${column} = ${value}`).toBeNull();
    const bare = column.split('.')[1]!;
    const first = CHECKED_COLUMNS[column][0];
    const caseFlipped = first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase();
    for (const bogus of ['bogus', '', caseFlipped]) {
      expect(attempt(sql, { ...params, v: bogus }), `${column} = '${bogus}'`).toMatch(new RegExp(`CHECK constraint failed: ${bare}`));
    }
  });
});
