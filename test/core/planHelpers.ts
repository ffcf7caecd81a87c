import type { Db } from '../../electron/core/db/openDatabase';
import { listSql } from '../../electron/core/incidents/incidentList';
import { SORT_FIELDS, type SortField } from '../../shared/contract/incidents';
import { contract, type Input } from '../../shared/contract';
import { manualClock } from '../fixtures/builders';
import { createTestCasebook, minimalIncident, type TestCasebook } from '../fixtures/db';

/** The indexed column behind each sort field of the register (its index is incidents_by_<column>). */
export const SORT_COLUMN: Record<SortField, string> = {
  reference: 'reference_sort',
  title: 'title',
  kind: 'kind',
  status: 'status_rank',
  recordMarking: 'record_marking',
  discoveredAt: 'discovered_at',
  owner: 'owner',
  affectedCount: 'affected_count',
  updatedAt: 'updated_at',
};

/** The index a sort field should be read through: its own, or the UNIQUE constraint's index for the reference. */
/** The index a register page sorted by `field` must be read from (migration 0010 names one per sort column). */
export function expectedIndex(field: SortField): string {
  return `incidents_by_${SORT_COLUMN[field]}`;
}

export type Filter = NonNullable<Input<'incidents:list'>['filter']>;

export const FILTERS: Record<string, Filter> = {
  'no filter': {},
  'one status': { statuses: ['triage'] },
  'two kinds': { kinds: ['cyber', 'other'] },
  'one marking': { markings: ['SECRET'] },
  'status, kind and marking': { statuses: ['triage', 'reported'], kinds: ['cyber'], markings: ['SECRET'] },
};

/** The EXPLAIN QUERY PLAN lines of one register page query, with every parameter bound. */
export function registerPlan(db: Db, field: SortField, direction: 'asc' | 'desc', filter: Filter, withCursor: boolean): string[] {
  const input = contract['incidents:list'].input.parse({ filter, sort: { field, direction } });
  const { sql, params } = listSql(input, withCursor);
  const numeric = ['reference', 'status', 'discoveredAt', 'affectedCount', 'updatedAt'].includes(field);
  const cursor = withCursor ? { cursorValue: numeric ? 1 : 'm', cursorSeq: 50 } : {};
  return db
    .prepare<Record<string, unknown>, { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
    .all({ ...params, limit: 101, ...cursor })
    .map((r) => r.detail);
}

/** Every (sort field, direction) pair. */
export const SORTS = SORT_FIELDS.flatMap((field) => (['asc', 'desc'] as const).map((direction) => [field, direction] as const));

/**
 * A register of a few hundred incidents spread over kinds, statuses, markings, owners and dates, with
 * parties and notes, analysed so the planner sees realistic statistics.
 */
export function populatedRegister(): TestCasebook {
  const clock = manualClock(Date.UTC(2026, 0, 5, 9, 0));
  const cb = createTestCasebook({ memory: true, now: () => clock.now() });
  const kinds = ['misdirected_email', 'lost_device', 'other', 'cyber', 'lost_document'] as const;
  const markings = ['OFFICIAL', 'OFFICIAL-SENSITIVE', 'SECRET'] as const;
  for (let i = 0; i < 400; i += 1) {
    clock.advance(60_000);
    const kind = kinds[i % kinds.length]!;
    let incident = cb.ok(
      'incidents:create',
      minimalIncident({
        kind,
        details: kind === 'misdirected_email' ? { actualRecipients: [`person${i}@army.ml`] } : {},
        title: `Incident ${i % 37} ${i % 2 ? 'printer' : 'email'}`,
        owner: ['Claire Ashdown', 'priya raman', 'Tom', ''][i % 4]!,
        recordMarking: markings[i % markings.length]!,
        discoveredAt: Date.UTC(2025, 0, 1) + (i % 90) * 86_400_000,
      }),
    );
    if (i % 3 === 0) incident = cb.ok('incidents:transition', { id: incident.id, version: incident.version, to: 'triage' });
    cb.ok('notes:add', { incidentId: incident.id, body: `Follow-up call ${i}` });
    if (i % 5 === 0) {
      cb.ok('involvements:link', {
        incidentId: incident.id,
        party: { new: { name: `Person ${i}`, email: `p${i}@example.gov.uk` } },
        involvement: { roles: ['data_subject'] },
      });
      cb.ok('notes:add', { incidentId: incident.id, body: `Second call ${i}` });
    }
  }
  // Later writes happen at the fixtures' "now" (minimalIncident is discovered on 26 Nov 2026; no date may be in the future).
  clock.set(Date.UTC(2026, 10, 27, 9, 0));
  cb.db.exec('ANALYZE');
  return cb;
}

/** One statement the core ran, with the plan SQLite chose for it with the same parameters. */
export type ObservedPlan = { sql: string; plan: string[] };

/**
 * Runs `work` and returns the query plan of every SELECT the core prepared and ran meanwhile, with the
 * parameters it bound. Observes the real queries rather than copies of their text.
 */
export function observePlans(db: Db, work: () => void): ObservedPlan[] {
  const prepare = db.prepare;
  const seen: { sql: string; args: unknown[] }[] = [];
  const observed = ((sql: string) => {
    const statement = prepare.call(db, sql) as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const method of ['all', 'get', 'iterate', 'run', 'pluck', 'raw']) {
      const original = statement[method]!.bind(statement);
      statement[method] =
        method === 'pluck' || method === 'raw'
          ? (...args: unknown[]) => {
              original(...args);
              return statement;
            }
          : (...args: unknown[]) => {
              seen.push({ sql, args });
              return original(...args);
            };
    }
    return statement;
  }) as unknown as Db['prepare'];
  db.prepare = observed;
  try {
    work();
  } finally {
    db.prepare = prepare;
  }
  return seen
    .filter(({ sql }) => /^\s*(SELECT|WITH)\b/i.test(sql))
    .map(({ sql, args }) => ({
      sql: sql.replace(/\s+/g, ' ').trim(),
      plan: db
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all(...(args as []))
        .map((r) => (r as { detail: string }).detail),
    }));
}
