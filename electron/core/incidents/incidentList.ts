import type { IncidentSummary, SortField } from '../../../shared/domain/schemas';
import type { ParsedInput } from '../../../shared/ipc/contract';
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
  const inList = (column: string, name: string, values: readonly string[]) => {
    if (values.length === 0) return;
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
  if (fts !== null) {
    params.fts = fts;
    clauses.push('seq IN (SELECT rowid FROM incident_search WHERE incident_search MATCH @fts)');
  }
  return { sql: clauses.length > 0 ? clauses.join(' AND ') : '1', params, isTextSearch: fts !== null };
}

/** The SQL of one register page; exported for the query-plan tests. */
export function listSql(input: ListInput, withCursor: boolean) {
  const column = SORT_COLUMNS[input.sort.field];
  const desc = input.sort.direction === 'desc';
  const where = whereClause(input.filter);
  const after = withCursor ? ` AND (${column}, seq) ${desc ? '<' : '>'} (@cursorValue, @cursorSeq)` : '';
  const dir = desc ? 'DESC' : 'ASC';
  // Without text, the page is read in order from the sort index, which also holds the filter columns:
  // the planner would otherwise pick a filter index and sort every match to show the first hundred.
  // With text, the FTS matches are fetched first and sorted, which is cheaper than probing every row.
  const source = where.isTextSearch ? 'incidents' : `incidents INDEXED BY incidents_by_${column}`;
  return {
    sql: `SELECT ${SUMMARY_COLUMNS}, ${column} AS sort_value FROM ${source}
          WHERE ${where.sql}${after} ORDER BY ${column} ${dir}, seq ${dir} LIMIT @limit`,
    countSql: `SELECT count(*) AS n FROM incidents WHERE ${where.sql}`,
    params: where.params,
  };
}

/** One page of the register, keyset-paginated, with the total matching the filter. */
export function listIncidents(ctx: CoreContext, input: ListInput): { items: IncidentSummary[]; nextCursor: string | null; total: number } {
  const cursor = decodeCursor(input.cursor);
  const { sql, countSql, params } = listSql(input, cursor !== null);
  const rows = ctx.db
    .prepare<Record<string, unknown>, IncidentSummaryRow & { sort_value: string | number }>(sql)
    .all({ ...params, limit: input.limit + 1, ...(cursor ? { cursorValue: cursor.value, cursorSeq: cursor.seq } : {}) });
  const { n: total } = ctx.db.prepare<Record<string, unknown>, { n: number }>(countSql).get(params)!;
  return {
    ...pageOf(rows, input.limit, (r) => ({ value: r.sort_value, seq: r.seq }), toIncidentSummary),
    total,
  };
}
