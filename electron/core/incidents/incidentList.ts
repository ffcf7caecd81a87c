import type { IncidentSummary, SortField } from '../../../shared/contract/incidents';
import type { ParsedInput } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { decodeCursor, pageOf } from '../cursor';
import { SUMMARY_COLUMNS, toIncidentSummary, type IncidentSummaryRow } from './incidentRow';
import { toFtsQuery } from './searchIndex';

/** Each sortable field and the indexed column behind it (index `incidents_by_<column>`, see migration 0010). */
const SORT_COLUMNS = {
  reference: 'reference_sort',
  title: 'title',
  kind: 'kind',
  status: 'status_rank',
  recordMarking: 'record_marking',
  discoveredAt: 'discovered_at',
  owner: 'owner',
  affectedCount: 'affected_count',
  updatedAt: 'updated_at',
} as const satisfies Record<SortField, string>;

type ListInput = ParsedInput<'incidents:list'>;

/**
 * Builds the WHERE clause from fixed fragments with bound parameters (never interpolated values).
 * Text search narrows to the rows the FTS index matches.
 */
function whereClause(filter: ListInput['filter']) {
  const clauses: string[] = [];
  const params: Record<string, string | number> = {};
  let filterIndex: string | null = null;
  const inList = (column: string, name: string, values: readonly string[]) => {
    if (values.length === 0) return;
    filterIndex ??= `incidents_by_${column}`;
    const names = values.map((v, i) => {
      params[`${name}${i}`] = v;
      return `@${name}${i}`;
    });
    clauses.push(`${column} IN (${names.join(', ')})`);
  };
  inList('status', 'status', filter.statuses);
  inList('kind', 'kind', filter.kinds);
  inList('record_marking', 'marking', filter.markings);
  const fts = toFtsQuery(filter.text);
  const hasOtherFilters = clauses.length > 0;
  if (fts !== null) {
    params.fts = fts;
    // With other filters, "+seq" keeps the planner from probing the table once per text match: the matches
    // become one in-memory set that the filter (or sort) index rows are checked against.
    clauses.push(`${hasOtherFilters ? '+' : ''}seq IN (SELECT rowid FROM incident_search WHERE incident_search MATCH @fts)`);
  }
  return { clauses, params, fts, hasOtherFilters, filterIndex };
}

/**
 * Below this many matches a page is cheaper to produce by fetching every match and sorting it; above
 * it, by walking the sort index until the page is full (measured at 100,000 incidents: npm run bench).
 */
export const DENSE_MATCHES = 2000;

/**
 * The SQL of one register page; exported for the query-plan tests. `matches` (from the count) picks the
 * plan: many matches are read in order from the sort index, which also holds the filter columns, so a
 * page costs about a page; few matches are fetched and sorted, so an empty filter never walks the index.
 */
export function listSql(input: ListInput, withCursor: boolean, matches = Number.POSITIVE_INFINITY) {
  const column = SORT_COLUMNS[input.sort.field];
  const desc = input.sort.direction === 'desc';
  const where = whereClause(input.filter);
  const conditions = [...where.clauses];
  if (withCursor) conditions.push(`(${column}, seq) ${desc ? '<' : '>'} (@cursorValue, @cursorSeq)`);
  const dir = desc ? 'DESC' : 'ASC';
  const isFiltered = where.clauses.length > 0;
  const sparseSource = where.fts !== null && where.filterIndex ? `incidents INDEXED BY ${where.filterIndex}` : 'incidents';
  const source = isFiltered && matches <= DENSE_MATCHES ? sparseSource : `incidents INDEXED BY incidents_by_${column}`;
  const whereSql = (list: string[]) => (list.length > 0 ? ` WHERE ${list.join(' AND ')}` : '');
  return {
    sql: `SELECT ${SUMMARY_COLUMNS}, ${column} AS sort_value FROM ${source}${whereSql(conditions)}
          ORDER BY ${column} ${dir}, seq ${dir} LIMIT @limit`,
    // Text alone is counted in the FTS index itself, without visiting each matching incident.
    countSql:
      where.fts !== null && !where.hasOtherFilters
        ? 'SELECT count(*) AS n FROM incident_search WHERE incident_search MATCH @fts'
        : `SELECT count(*) AS n FROM ${where.fts !== null && where.filterIndex ? `incidents INDEXED BY ${where.filterIndex}` : 'incidents'}${whereSql(where.clauses)}`,
    params: where.params,
  };
}

/** One page of the register, keyset-paginated, with the total matching the filter. */
export function listIncidents(ctx: CoreContext, input: ListInput): { items: IncidentSummary[]; nextCursor: string | null; total: number } {
  const cursor = decodeCursor(input.cursor);
  const { countSql, params } = listSql(input, false);
  const { n: total } = ctx.db.prepare<Record<string, unknown>, { n: number }>(countSql).get(params)!;
  const { sql } = listSql(input, cursor !== null, total);
  const rows = ctx.db
    .prepare<Record<string, unknown>, IncidentSummaryRow & { sort_value: string | number }>(sql)
    .all({ ...params, limit: input.limit + 1, ...(cursor ? { cursorValue: cursor.value, cursorSeq: cursor.seq } : {}) });
  return {
    ...pageOf(rows, input.limit, (r) => ({ value: r.sort_value, seq: r.seq }), toIncidentSummary),
    total,
  };
}
