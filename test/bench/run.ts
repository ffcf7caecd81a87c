import Database from 'better-sqlite3-multiple-ciphers';
import { cpus, loadavg } from 'node:os';
import { createCore, type Core } from '../fixtures/core';
import type { Db } from '../../electron/core/db/openDatabase';
import { openCasebook } from '../../electron/core/openCasebook';
import type { Input, Output, SyncOperation } from '../../shared/contract';
import { readSnapshot } from '../../electron/core/reports/incidentData';
import { readRegister } from '../../electron/core/reports/register';
import { renderCsv, renderPdf, renderXlsx } from '../../electron/core/reports/render';
import { previewReport } from '../../electron/core/reports/reportService';
import { BENCH_NOW, DEFAULT_SCALE, ensureBenchDatabase, type GenerationStats } from './generate';
import { benchAuditVerify } from './auditVerifyBench';
import { benchCliStart } from './cliStartBench';
import { benchCliImport } from './cliImportBench';
import { benchRenderer } from './rendererBench';
import { benchGatewayImport } from './gatewayBench';
import { benchEvidenceFile } from './evidenceBench';
import { benchLookalikes, type LookalikeBenchRow } from './lookalikeBench';
import { benchMsgImport } from './msgBench';

/**
 * `npm run bench [-- --scale N] [--fresh] [--json] [--iterations N] [--full-audit]`
 *
 * Generates (or reuses) a deterministic database of N incidents, then times the operations that matter
 * at that size through the real core — `createCore(db).call(…)`: contract parsing, services, mapping —
 * each beside a hand-written prepared query on a plain better-sqlite3 connection that returns the same
 * rows, measured in the same run, interleaved. The register and search baselines are written the way
 * the core currently writes them (same clauses and index hints), so the ratio is the cost of Casebook's
 * layers; `--plans` shows where the SQL itself spends the time.
 */

const SECTIONS = ['core', 'gateway', 'audit', 'cli', 'msg', 'evidence', 'renderer', 'lookalikes'] as const;
type Section = (typeof SECTIONS)[number];

const USAGE = `Usage: npm run bench -- [--scale N] [--fresh] [--json] [--iterations N] [--full-audit] [--plans] [--only ${SECTIONS.join(',')}]
  --scale N       incidents to generate (default ${DEFAULT_SCALE.toLocaleString('en-GB')})
  --fresh         regenerate the cached database
  --json          machine-readable results on stdout
  --iterations N  timed runs per operation after warm-up (default 40)
  --full-audit    also audit every party added and linked, as the core does (slower to generate)
  --plans         also show each SQL statement the core ran per operation, its time and its query plan
  --only LIST     run only these sections (comma-separated): core (the register at --scale), gateway (the log
                  import in the core), audit (a signed 600,000-entry log verified), cli (command line start and import, the host's event loop), msg (an
                  Outlook .msg beside the same .eml), evidence (a 100 MB file attached and exported), renderer
                  (Chromium over the register at --scale), lookalikes`;

type Args = { scale: number; fresh: boolean; json: boolean; iterations: number; fullAudit: boolean; plans: boolean; sections: Set<Section> };

function parseArgs(argv: string[]): Args {
  const args: Args = { scale: DEFAULT_SCALE, fresh: false, json: false, iterations: 40, fullAudit: false, plans: false, sections: new Set(SECTIONS) };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const number = (name: string) => {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) usage(`${name} needs a positive whole number`);
      return value;
    };
    if (arg === '--scale') args.scale = number('--scale');
    else if (arg === '--iterations') args.iterations = number('--iterations');
    else if (arg === '--fresh') args.fresh = true;
    else if (arg === '--json') args.json = true;
    else if (arg === '--full-audit') args.fullAudit = true;
    else if (arg === '--plans') args.plans = true;
    else if (arg === '--only') {
      const wanted = (argv[++i] ?? '').split(',').filter(Boolean);
      const unknown = wanted.filter((w) => !(SECTIONS as readonly string[]).includes(w));
      if (wanted.length === 0 || unknown.length > 0) usage(`--only takes some of ${SECTIONS.join(', ')}${unknown.length ? ` (not ${unknown.join(', ')})` : ''}`);
      args.sections = new Set(wanted as Section[]);
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else usage(`Unknown option ${arg}`);
  }
  return args;
}

function usage(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------------
// Timing

type Timing = { medianMs: number; p95Ms: number; minMs: number; runs: number };

function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  const median = sorted.length % 2 === 1 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  return { medianMs: median, p95Ms: at(0.95), minMs: sorted[0]!, runs: sorted.length };
}

function time(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Warm-up, then alternating timed runs of both sides, so a busy moment on the machine hits both alike. */
function measurePair(casebook: () => unknown, raw: () => unknown, iterations: number, warmup: number): { casebook: Timing; raw: Timing } {
  for (let i = 0; i < warmup; i++) {
    casebook();
    raw();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < iterations; i++) {
    if (i % 2 === 0) {
      a.push(time(casebook));
      b.push(time(raw));
    } else {
      b.push(time(raw));
      a.push(time(casebook));
    }
  }
  return { casebook: summarise(a), raw: summarise(b) };
}

/** The same as measurePair, for work that finishes later (report rendering). */
async function measurePairAsync(casebook: () => Promise<unknown>, raw: () => unknown, iterations: number, warmup: number): Promise<{ casebook: Timing; raw: Timing }> {
  const timeAsync = async (fn: () => Promise<unknown>) => {
    const start = process.hrtime.bigint();
    await fn();
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  for (let i = 0; i < warmup; i++) {
    await casebook();
    raw();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < iterations; i++) {
    if (i % 2 === 0) {
      a.push(await timeAsync(casebook));
      b.push(time(raw));
    } else {
      b.push(time(raw));
      a.push(await timeAsync(casebook));
    }
  }
  return { casebook: summarise(a), raw: summarise(b) };
}

// ---------------------------------------------------------------------------------------------------
// The operations

type Row = {
  operation: string;
  detail: string;
  casebook: Timing;
  raw: Timing;
  ratio: number;
  targetMs: number | null;
  pass: boolean | null;
  /** Whether the raw query returned the same rows as the core (ids, in order). */
  sameRows: boolean;
  /** With --plans: each statement the core ran, timed alone, with SQLite's plan for it. */
  statements?: StatementPlan[];
  /** What the timings and target are in: milliseconds unless said otherwise (peak memory is in MB). */
  unit?: 'MB';
};

type StatementPlan = { sql: string; medianMs: number; plan: string[]; times: number };

/**
 * Runs `work` once, recording every statement the core prepared and ran with its parameters (as the
 * query-plan tests do), then times each SELECT on its own and asks SQLite for its plan.
 */
function observeStatements(db: Db, work: () => unknown, iterations: number): StatementPlan[] {
  const prepare = db.prepare;
  const seen: { sql: string; args: unknown[] }[] = [];
  db.prepare = ((sql: string) => {
    const statement = prepare.call(db, sql) as unknown as Record<string, (...a: unknown[]) => unknown>;
    for (const method of ['all', 'get', 'iterate', 'run']) {
      const original = statement[method]!.bind(statement);
      statement[method] = (...a: unknown[]) => {
        seen.push({ sql, args: a });
        return original(...a);
      };
    }
    return statement;
  }) as unknown as Db['prepare'];
  try {
    work();
  } finally {
    db.prepare = prepare;
  }
  // The same statement run again and again (one lookup per row) is timed once and counted.
  const distinct = new Map<string, { sql: string; args: unknown[]; times: number }>();
  for (const { sql, args } of seen) {
    if (!/^\s*(SELECT|WITH)\b/i.test(sql)) continue;
    const known = distinct.get(sql);
    if (known) known.times += 1;
    else distinct.set(sql, { sql, args, times: 1 });
  }
  return [...distinct.values()].map(({ sql, args, times }) => {
    const statement = db.prepare(sql);
    const run = () => (statement.reader ? statement.all(...(args as [])) : statement.run(...(args as [])));
    for (let i = 0; i < 3; i++) run();
    const samples = Array.from({ length: iterations }, () => time(run));
    return {
      sql: sql.replace(/\s+/g, ' ').trim(),
      times,
      medianMs: summarise(samples).medianMs,
      plan: db
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all(...(args as []))
        .map((r) => (r as { detail: string }).detail),
    };
  });
}

const SUMMARY = 'seq, id, reference, reference_sort, title, kind, status, record_marking, discovered_at, owner, affected_count, updated_at, is_demo';
const LIST_TARGET_MS = 10;
const SEARCH_TARGET_MS = 20;
/** Issue 15: the register of 10,000 incidents as a spreadsheet within a second. */
const XLSX_TARGET_MS = 1000;

function ok<O extends SyncOperation>(core: Core, operation: O, input: Input<O>): Output<O> {
  const result = core.call(operation, input);
  if (!result.ok) throw new Error(`${operation} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

function decodeKeyset(cursor: string): [string | number, number] {
  return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string | number, number];
}

/**
 * Prepares a baseline with the index hint the core uses for the same list (`{hint:name}` becomes
 * `INDEXED BY name`), or without it if this schema has no such index.
 */
function prepareHinted(db: Database.Database, sql: string) {
  const name = /\{hint:(\w+)\}/.exec(sql)?.[1];
  const exists = name !== undefined && db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?`).get(name) !== undefined;
  return db.prepare(sql.replace(/\{hint:\w+\}/, exists ? `INDEXED BY ${name}` : ''));
}

function sameIds(a: readonly { id: string }[], b: readonly { id: string }[]): boolean {
  return a.length === b.length && a.every((x, i) => x.id === b[i]!.id);
}

async function runBench(file: string, args: Args, log: (line: string) => void): Promise<Row[]> {
  const rows: Row[] = [];
  const db: Db = openCasebook(file);
  const core = createCore(db, { now: () => BENCH_NOW, log: { error: () => {}, info: () => {} } });
  const raw = new Database(file, { readonly: true, fileMustExist: true });
  // The same page cache as openDatabase gives the core, so the ratio measures Casebook's layers, not memory.
  raw.pragma('cache_size = -65536');
  const n = args.iterations;
  const add = (operation: string, detail: string, t: { casebook: Timing; raw: Timing }, targetMs: number | null, sameRows: boolean, work?: () => unknown) => {
    rows.push({
      operation,
      detail,
      ...t,
      ratio: t.casebook.medianMs / t.raw.medianMs,
      targetMs,
      pass: targetMs === null ? null : t.casebook.medianMs <= targetMs,
      sameRows,
      ...(args.plans && work ? { statements: observeStatements(db, work, Math.max(5, Math.round(n / 4))) } : {}),
    });
    log(`  ${operation}: ${t.casebook.medianMs.toFixed(2)} ms (raw ${t.raw.medianMs.toFixed(2)} ms)`);
  };

  try {
    // 1. Open the database: Casebook's open (pragmas, key check, schema version) vs a bare handle and one query.
    {
      const t = measurePair(
        () => openCasebook(file).close(),
        () => {
          const h = new Database(file, { fileMustExist: true });
          h.prepare('SELECT count(*) FROM sqlite_schema').get();
          h.close();
        },
        Math.max(10, Math.round(n / 2)),
        3,
      );
      add('open database', 'openCasebook vs new Database + 1 query', t, null, true);
    }

    // 2. The register's first page: default sort (discovered, newest first), no filter.
    {
      const page = prepareHinted(raw, `SELECT ${SUMMARY} FROM incidents {hint:incidents_by_discovered_at} WHERE 1 ORDER BY discovered_at DESC, seq DESC LIMIT 101`);
      const count = raw.prepare('SELECT count(*) AS n FROM incidents WHERE 1');
      const rawPage = () => ({ items: page.all() as { id: string }[], total: (count.get() as { n: number }).n });
      const first = ok(core, 'incidents:list', {});
      const same = sameIds(first.items, rawPage().items.slice(0, 100)) && first.total === rawPage().total;
      const work = () => ok(core, 'incidents:list', {});
      const t = measurePair(work, rawPage, n, 5);
      add('register: first page', `100 of ${first.total.toLocaleString('en-GB')}, newest first`, t, LIST_TARGET_MS, same, work);
    }

    // 3. Filter + sort + a cursor deep in the list (page 50, reached by chaining nextCursor; only that fetch is timed).
    {
      const filter = { statuses: ['investigating', 'contained'] as ('investigating' | 'contained')[], kinds: ['misdirected_email' as const], markings: [], text: '' };
      const sort = { field: 'title' as const, direction: 'asc' as const };
      let cursor: string | null = null;
      let pageNo = 1;
      let total = 0;
      while (pageNo < 50) {
        const p: Output<'incidents:list'> = ok(core, 'incidents:list', { filter, sort, cursor });
        total = p.total;
        if (p.nextCursor === null) break;
        cursor = p.nextCursor;
        pageNo += 1;
      }
      const input = { filter, sort, cursor };
      const [value, seq] = cursor ? decodeKeyset(cursor) : ['', 0];
      const page = prepareHinted(
        raw,
        `SELECT ${SUMMARY}, title AS sort_value FROM incidents {hint:incidents_by_title}
         WHERE status IN ('investigating', 'contained') AND kind IN ('misdirected_email') AND (title, seq) > (?, ?)
         ORDER BY title ASC, seq ASC LIMIT 101`,
      );
      const count = raw.prepare(`SELECT count(*) AS n FROM incidents WHERE status IN ('investigating', 'contained') AND kind IN ('misdirected_email')`);
      const rawPage = () => ({ items: page.all(value, seq) as { id: string }[], total: (count.get() as { n: number }).n });
      const core1 = ok(core, 'incidents:list', input);
      const same = sameIds(core1.items, rawPage().items.slice(0, 100)) && core1.total === rawPage().total;
      const work = () => ok(core, 'incidents:list', input);
      const t = measurePair(work, rawPage, n, 5);
      add(
        `register: filter + sort, page ${pageNo}`,
        `status investigating|contained, misdirected email, by title; ${total.toLocaleString('en-GB')} match`,
        t,
        LIST_TARGET_MS,
        same,
        work,
      );
    }

    // 3b. The opposite case: a filter so narrow that almost nothing matches, sorted by title, first page.
    {
      const filter = { statuses: ['notifying' as const], kinds: ['cyber' as const], markings: ['TOP SECRET' as const], text: '' };
      const sort = { field: 'title' as const, direction: 'asc' as const };
      const input = { filter, sort };
      const page = prepareHinted(
        raw,
        `SELECT ${SUMMARY}, title AS sort_value FROM incidents {hint:incidents_by_title}
         WHERE status IN ('notifying') AND kind IN ('cyber') AND record_marking IN ('TOP SECRET') ORDER BY title ASC, seq ASC LIMIT 101`,
      );
      const count = raw.prepare(`SELECT count(*) AS n FROM incidents WHERE status IN ('notifying') AND kind IN ('cyber') AND record_marking IN ('TOP SECRET')`);
      const rawPage = () => ({ items: page.all() as { id: string }[], total: (count.get() as { n: number }).n });
      const first = ok(core, 'incidents:list', input);
      const same = sameIds(first.items, rawPage().items.slice(0, 100)) && first.total === rawPage().total;
      const work = () => ok(core, 'incidents:list', input);
      const t = measurePair(work, rawPage, n, 5);
      add('register: narrow filter + sort', `notifying, cyber, TOP SECRET, by title; ${first.total.toLocaleString('en-GB')} match`, t, LIST_TARGET_MS, same, work);
    }

    // 4. Text search (FTS5), default order, first page and total.
    const searches: [string, string, string][] = [
      ['search: domain', 'army.ml', '"army ml"*'],
      ['search: common word', 'email', '"email"*'],
      ['search: rare name', 'Featherstonehaugh', '"Featherstonehaugh"*'],
      ['search: two words', 'passport copies', '"passport" "copies"*'],
    ];
    {
      const page = raw.prepare(
        `SELECT ${SUMMARY} FROM incidents WHERE seq IN (SELECT rowid FROM incident_search WHERE incident_search MATCH ?)
         ORDER BY discovered_at DESC, seq DESC LIMIT 101`,
      );
      const count = raw.prepare('SELECT count(*) AS n FROM incidents WHERE seq IN (SELECT rowid FROM incident_search WHERE incident_search MATCH ?)');
      for (const [operation, text, fts] of searches) {
        const input = { filter: { text } };
        const rawPage = () => ({ items: page.all(fts) as { id: string }[], total: (count.get(fts) as { n: number }).n });
        const first = ok(core, 'incidents:list', input);
        const same = sameIds(first.items, rawPage().items.slice(0, 100)) && first.total === rawPage().total;
        const work = () => ok(core, 'incidents:list', input);
        const t = measurePair(work, rawPage, n, 5);
        add(`${operation} "${text}"`, `${first.total.toLocaleString('en-GB')} match; first ${first.items.length}`, t, SEARCH_TARGET_MS, same, work);
      }
    }

    // 4b. Text and a filter together: the count must check both, so this is the slowest search shape.
    {
      const page = raw.prepare(
        `SELECT ${SUMMARY} FROM incidents WHERE kind IN ('lost_device') AND seq IN (SELECT rowid FROM incident_search WHERE incident_search MATCH ?)
         ORDER BY discovered_at DESC, seq DESC LIMIT 101`,
      );
      const count = raw.prepare(
        `SELECT count(*) AS n FROM incidents WHERE kind IN ('lost_device') AND seq IN (SELECT rowid FROM incident_search WHERE incident_search MATCH ?)`,
      );
      const input = { filter: { text: 'email', kinds: ['lost_device' as const] } };
      const rawPage = () => ({ items: page.all('"email"*') as { id: string }[], total: (count.get('"email"*') as { n: number }).n });
      const first = ok(core, 'incidents:list', input);
      const same = sameIds(first.items, rawPage().items.slice(0, 100)) && first.total === rawPage().total;
      const work = () => ok(core, 'incidents:list', input);
      const t = measurePair(work, rawPage, n, 5);
      add('search: "email" in lost devices', `${first.total.toLocaleString('en-GB')} match; first ${first.items.length}`, t, SEARCH_TARGET_MS, same, work);
    }

    // 5. Open one incident: the record with its status history, its first page of parties, its first page of notes.
    {
      const pick = (label: string, sql: string) => {
        const row = raw.prepare(sql).get() as { id: string; party_count: number; reference: string } | undefined;
        return row ? { label, ...row } : null;
      };
      const typical = pick(
        'typical',
        `SELECT id, party_count, reference FROM incidents WHERE kind = 'misdirected_email' AND status = 'closed' AND party_count BETWEEN 6 AND 10 ORDER BY seq LIMIT 1 OFFSET 1000`,
      );
      const largest = pick('largest', 'SELECT id, party_count, reference FROM incidents ORDER BY party_count DESC, seq LIMIT 1');
      const incident = raw.prepare('SELECT * FROM incidents WHERE id = ?');
      const history = raw.prepare('SELECT from_status, to_status, reason, outcome, actor, at FROM status_history WHERE incident_id = ? ORDER BY seq');
      const parties = raw.prepare(
        `SELECT v.*, p.*, v.seq AS involvement_seq, v.version AS involvement_version,
           (SELECT group_concat(role) FROM involvement_roles r WHERE r.involvement_seq = v.seq) AS roles,
           (SELECT group_concat(category) FROM involvement_data_categories c WHERE c.involvement_seq = v.seq) AS data_categories,
           (SELECT count(*) FROM involvements o WHERE o.party_id = p.id) AS incident_count
         FROM involvements v JOIN parties p ON p.id = v.party_id WHERE v.incident_id = ? ORDER BY v.seq LIMIT 101`,
      );
      const notes = raw.prepare('SELECT * FROM notes WHERE incident_id = ? AND seq < ? ORDER BY seq DESC LIMIT 101');
      for (const chosen of [typical, largest]) {
        if (!chosen) continue;
        const id = chosen.id;
        const casebookOpen = () => ({
          get: ok(core, 'incidents:get', { id }),
          parties: ok(core, 'involvements:list', { incidentId: id }),
          notes: ok(core, 'notes:list', { incidentId: id }),
        });
        const rawOpen = () => ({
          incident: incident.get(id),
          history: history.all(id),
          parties: parties.all(id) as { party_id: string }[],
          notes: notes.all(id, Number.MAX_SAFE_INTEGER) as { id: string }[],
        });
        const c = casebookOpen();
        const r = rawOpen();
        const same =
          c.parties.items.map((p) => p.party.id).join() ===
            r.parties
              .slice(0, 100)
              .map((p) => p.party_id)
              .join() && sameIds(c.notes.items, r.notes.slice(0, 100));
        const t = measurePair(casebookOpen, rawOpen, n, 5);
        add(
          `open incident (${chosen.label})`,
          `${chosen.reference}: get + ${c.parties.items.length} of ${chosen.party_count} parties + ${c.notes.items.length} notes`,
          t,
          null,
          same,
          casebookOpen,
        );
      }
    }

    // 6. Party search by name prefix (the picker in "link a party").
    {
      const text = 'pat';
      const page = raw.prepare(
        `SELECT p.*, (SELECT count(*) FROM involvements v WHERE v.party_id = p.id) AS incident_count FROM parties p
         WHERE p.seq IN (SELECT rowid FROM party_search WHERE party_search MATCH ?) ORDER BY p.name, p.seq LIMIT 51`,
      );
      const matches = (raw.prepare('SELECT count(*) AS n FROM party_search WHERE party_search MATCH ?').get('"pat"*') as { n: number }).n;
      const rawPage = () => page.all('"pat"*') as { id: string }[];
      const first = ok(core, 'parties:search', { text });
      const same = sameIds(first.items, rawPage().slice(0, 50));
      const work = () => ok(core, 'parties:search', { text });
      const t = measurePair(work, rawPage, n, 5);
      add(`party search "${text}"`, `${matches.toLocaleString('en-GB')} match; first ${first.items.length} by name`, t, SEARCH_TARGET_MS, same, work);
    }

    // 6b. The dashboard (home screen): open by status, regulator clocks, actions due, 12 months by kind,
    // response times. Raw: the same figures by the straightforward SQL (GROUP BY over the whole table).
    {
      const since = BENCH_NOW - 365 * 86_400_000;
      const byStatus = raw.prepare(`SELECT status, count(*) AS n FROM incidents WHERE status <> 'closed' GROUP BY status`);
      const awaiting = raw.prepare(
        `SELECT count(*) AS n FROM incidents WHERE status <> 'closed' AND regulator_notified_at IS NULL AND (regulator_notify IS NULL OR regulator_notify = 1)`,
      );
      const months = raw.prepare(
        `SELECT strftime('%Y-%m', discovered_at / 1000, 'unixepoch') AS month, kind, count(*) AS n FROM incidents WHERE discovered_at >= ? GROUP BY month, kind`,
      );
      const times = raw.prepare(
        `SELECT avg(contained_at - discovered_at) AS contain, avg(regulator_notified_at - discovered_at) AS notify,
                sum(regulator_notified_at - discovered_at <= 259200000) AS within FROM incidents WHERE discovered_at >= ?`,
      );
      const rawDashboard = () => [byStatus.all(), awaiting.get(), months.all(since), times.get(since)];
      const work = () => ok(core, 'dashboard:get', { months: 12 });
      const first = work();
      const t = measurePair(work, rawDashboard, n, 3);
      const open = first.openByStatus.reduce((sum, s) => sum + s.count, 0);
      add('dashboard (12 months)', `${open.toLocaleString('en-GB')} open; ${first.regulatorClocksTotal.toLocaleString('en-GB')} awaiting the ICO`, t, null, true, work);
    }

    // 6c. Reports (issue 4). Gathering and rendering only: reports:generate would append an audit entry to
    // the cached database on every run. A briefing PDF of one demo-sized incident (a few parties and
    // actions) beside reading its rows; the register of 10,000 incidents as XLSX and CSV beside a plain
    // SELECT of the same rows and columns in the same order.
    {
      const picked =
        raw
          .prepare<[], { id: string; reference: string; party_count: number }>(
            'SELECT id, reference, party_count FROM incidents WHERE party_count BETWEEN 3 AND 10 ORDER BY seq LIMIT 1',
          )
          .get() ??
        raw.prepare<[], { id: string; reference: string; party_count: number }>('SELECT id, reference, party_count FROM incidents ORDER BY seq LIMIT 1').get()!;
      const incidentRow = raw.prepare('SELECT * FROM incidents WHERE id = ?');
      const partiesOf = raw.prepare('SELECT v.*, p.* FROM involvements v JOIN parties p ON p.id = v.party_id WHERE v.incident_id = ? ORDER BY v.seq');
      const actionsOf = raw.prepare('SELECT * FROM actions WHERE incident_id = ? ORDER BY seq');
      const assessmentsOf = raw.prepare('SELECT * FROM assessments WHERE incident_id = ? ORDER BY number DESC');
      let bytes = 0;
      const briefing = async () => {
        const { documents } = previewReport(core.context, { kind: 'briefing', incidentId: picked.id, linesToTake: 'The department is in touch with everyone affected.' });
        bytes = (await renderPdf(documents, core.context.fontsDir)).length;
      };
      const t = await measurePairAsync(
        briefing,
        () => [incidentRow.get(picked.id), partiesOf.all(picked.id), actionsOf.all(picked.id), assessmentsOf.all(picked.id)],
        Math.max(5, Math.round(n / 4)),
        2,
      );
      add('report: briefing → PDF', `${picked.reference}, ${picked.party_count} parties; ${Math.round(bytes / 1024)} KB (raw: read its rows)`, t, null, true);

      const REGISTER_ROWS = 10_000;
      const everything = { statuses: [], kinds: [], markings: [], text: '' };
      const registerRaw = raw.prepare(
        `SELECT reference, title, kind, status, outcome, record_marking, material_marking, occurred_at, discovered_at, reported_at, business_unit, owner,
                affected_count, severity_band, regulator_notified_at, ico_reference, subjects_notify, subjects_exemption, root_cause, lessons
         FROM incidents ORDER BY reference_sort, seq LIMIT ${REGISTER_ROWS}`,
      );
      // The core reads the register in one ordered scan (counting every match for the marking) and keeps the first 10,000.
      const sheet = () => readSnapshot(core.context, () => readRegister(core.context, everything, REGISTER_ROWS));
      const sameRegister = (() => {
        const a = sheet().sheet.rows.map((r) => r[0]);
        const b = (registerRaw.all() as { reference: string }[]).map((r) => r.reference);
        return a.length === b.length && a.every((v, i) => v === b[i]);
      })();
      let xlsxBytes = 0;
      const tx = await measurePairAsync(
        async () => {
          const r = sheet();
          xlsxBytes = (await renderXlsx([r.sheet], r.marking)).length;
        },
        () => registerRaw.all(),
        Math.max(3, Math.round(n / 10)),
        1,
      );
      add(
        'report: register → XLSX',
        `${REGISTER_ROWS.toLocaleString('en-GB')} incidents, ${(xlsxBytes / 1e6).toFixed(1)} MB (raw: SELECT the rows)`,
        tx,
        XLSX_TARGET_MS,
        sameRegister,
      );
      let csvBytes = 0;
      const tc = await measurePairAsync(
        async () => {
          csvBytes = renderCsv(sheet().sheet).length;
        },
        () => registerRaw.all(),
        Math.max(3, Math.round(n / 10)),
        1,
      );
      add(
        'report: register → CSV',
        `${REGISTER_ROWS.toLocaleString('en-GB')} incidents, ${(csvBytes / 1e6).toFixed(1)} MB (raw: SELECT the rows)`,
        tc,
        null,
        sameRegister,
      );
    }

    // 7. Verify the whole audit chain, once each (the raw side only reads every entry: the ratio is the hashing).
    {
      let verification: Output<'audit:verify'> | null = null;
      const t = measurePair(
        () => (verification = ok(core, 'audit:verify', {})),
        () => {
          let count = 0;
          for (const _ of raw.prepare('SELECT * FROM audit_log ORDER BY seq').raw().iterate()) count += 1;
          return count;
        },
        1,
        0,
      );
      const v = verification as Output<'audit:verify'> | null;
      add(
        'audit:verify (whole chain)',
        `${v?.entryCount.toLocaleString('en-GB') ?? '?'} entries, ${v?.ok ? 'OK' : 'FAILED'} (raw: read every row)`,
        t,
        null,
        v?.ok === true,
      );
    }
  } finally {
    raw.close();
    db.close(); // not closeDatabase: its PRAGMA optimize would write statistics into the cached file and change later runs' plans
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------
// Output

const ms = (v: number) => (v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0));
const mb = (bytes: number) => `${(bytes / 1e6).toLocaleString('en-GB', { maximumFractionDigits: 0 })} MB`;
const int = (v: number) => v.toLocaleString('en-GB');

/** A statement as printed: long column lists shortened, so the clauses that decide the plan stay readable. */
function abbreviate(sql: string): string {
  return sql.replace(/^SELECT (.{60,}?) FROM /, 'SELECT … FROM ').replace(/\(SELECT group_concat\(.*?\) AS data_categories/, '(… roles, categories …)');
}

function table(rows: Row[]): string {
  const header = ['operation', 'Casebook median', 'p95', 'baseline median', 'ratio', 'target', 'detail'];
  const cells = rows.map((r) => [
    `${r.operation}${r.sameRows ? '' : ' (!)'}`,
    `${ms(r.casebook.medianMs)} ${r.unit ?? 'ms'}`,
    `${ms(r.casebook.p95Ms)} ${r.unit ?? 'ms'}`,
    `${ms(r.raw.medianMs)} ${r.unit ?? 'ms'}`,
    `${r.ratio.toFixed(1)}×`,
    r.targetMs === null ? (r.pass === null ? '—' : `≤ 2× raw ${r.pass ? '✓' : '✗'}`) : `≤ ${r.targetMs} ${r.unit ?? 'ms'} ${r.pass ? '✓' : '✗'}`,
    r.detail,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((v, i) => (i >= 1 && i <= 4 ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i >= 1 && i <= 4 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`, ...cells.map(line)].join('\n');
}

function lookalikeTable(rows: LookalikeBenchRow[]): string {
  const header = ['domain', 'Casebook', 'dnstwist'];
  const cells = rows.map((r) => [r.label, r.ours, r.baseline]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const log = (line: string) => process.stderr.write(`${line}\n`);
  log(`Casebook bench: ${int(args.scale)} incidents; sections ${[...args.sections].join(', ')}`);
  const needsRegister = args.sections.has('core') || args.sections.has('renderer');
  const { file, stats, generated } = needsRegister
    ? ensureBenchDatabase({ scale: args.scale, fresh: args.fresh, fullAudit: args.fullAudit, log })
    : { file: null, stats: null, generated: false };
  if (file && stats) {
    log(
      generated
        ? `Generated ${file} in ${(stats.generationMs / 1000).toFixed(0)} s`
        : `Using cached ${file} (generated in ${(stats.generationMs / 1000).toFixed(0)} s; --fresh to regenerate)`,
    );
  }
  const loadBefore = loadavg();
  const rows: Row[] = [];
  if (file && args.sections.has('core')) rows.push(...(await runBench(file, args, log)));
  let gatewayBaseline: Row['raw'] | null = null;
  if (args.sections.has('gateway') || args.sections.has('cli')) {
    log('Gateway log: a 117,000-line Exchange tracking log imported through the core, beside bare inserts…');
    const gateway = await benchGatewayImport();
    gatewayBaseline = gateway[0]!.raw;
    if (args.sections.has('gateway')) rows.push(...gateway);
  }
  if (args.sections.has('audit')) {
    log('Audit trail: a signed log of 600,000 entries, verified in full and since the last checkpoint…');
    rows.push(...benchAuditVerify(600_000, log));
  }
  if (args.sections.has('cli')) {
    log('Command line: node bin/casebook.js help, built, beside Node starting an empty script…');
    rows.push(...benchCliStart());
    log('The same log through the command line, and with the core in its worker, watched from the host…');
    rows.push(...(await benchCliImport(gatewayBaseline!)));
  }
  if (args.sections.has('msg')) {
    log('Outlook .msg: a message with 1,000 recipients previewed and imported, beside the same message as .eml…');
    rows.push(...(await benchMsgImport()));
  }
  if (args.sections.has('evidence')) {
    log('Evidence: a 100 MB file attached and exported, beside fs.copyFile…');
    rows.push(...(await benchEvidenceFile()));
  }
  if (file && args.sections.has('renderer')) {
    log('The renderer over the register in headless Chromium, timed with the Performance API…');
    rows.push(...(await benchRenderer(file, log)));
  }
  let lookalikes: LookalikeBenchRow[] = [];
  if (args.sections.has('lookalikes')) {
    log('Block lists: Casebook’s lookalike generator beside dnstwist…');
    lookalikes = await benchLookalikes();
  }
  const environment = {
    node: process.version,
    sqlite: (new Database(':memory:').prepare('SELECT sqlite_version() AS v').get() as { v: string }).v,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    loadAverageBefore: loadBefore.map((l) => Number(l.toFixed(2))),
    loadAverageAfter: loadavg().map((l) => Number(l.toFixed(2))),
    iterations: args.iterations,
  };
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ file, generated, data: stats satisfies GenerationStats | null, environment, results: rows, lookalikes }, null, 2)}\n`);
    return;
  }
  const out = [''];
  if (stats) {
    out.push(
      `Data: ${int(stats.incidents)} incidents, ${int(stats.parties)} parties, ${int(stats.links)} party links (${int(stats.roles)} roles), ${int(stats.notes)} notes, ` +
        `${int(stats.statusChanges)} status changes, ${int(stats.auditEntries)} audit entries${stats.fullAudit ? '' : ' (incident-level; --full-audit adds party entries)'}; file ${mb(stats.fileBytes)}`,
      `Generated in ${(stats.generationMs / 1000).toFixed(0)} s (generator v${stats.generatorVersion}, schema ${stats.schemaVersion}).`,
    );
  }
  out.push(
    `Node ${environment.node}, SQLite ${environment.sqlite}, ${environment.cpus} × ${environment.cpuModel}, load ${environment.loadAverageBefore.join(' ')} → ${environment.loadAverageAfter.join(' ')}; ` +
      `${args.iterations} timed runs per operation after warm-up (audit:verify once).`,
    '',
    table(rows),
    '',
  );
  if (lookalikes.length > 0) out.push('Lookalike generator beside dnstwist (apt-get install dnstwist), same domains, medians:', '', lookalikeTable(lookalikes), '');
  if (args.plans) {
    out.push('Statements the core ran, each timed alone (median), with its query plan:', '');
    for (const r of rows) {
      if (!r.statements) continue;
      out.push(`${r.operation}`);
      for (const st of r.statements) {
        out.push(`  ${ms(st.medianMs).padStart(7)} ms  ${st.times > 1 ? `(run ${st.times}×, each) ` : ''}${abbreviate(st.sql)}`);
        for (const line of st.plan) out.push(`              ${line}`);
      }
      out.push('');
    }
  }
  if (rows.some((r) => !r.sameRows)) out.push('(!) the raw query returned different rows from the core: the comparison is not like for like.', '');
  const missed = rows.filter((r) => r.pass === false);
  out.push(missed.length === 0 ? 'Every target met.' : `Missed: ${missed.map((r) => r.operation).join('; ')}.`);
  process.stdout.write(`${out.join('\n')}\n`);
}

void main();
