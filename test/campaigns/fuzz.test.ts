import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CORE_OPERATIONS, type CoreOperation } from '../../shared/contract';
import { ERROR_CODES, type Result } from '../../shared/contract/result';
import { buildWorld, OPERATION_CASES, type World } from '../core/operationCases';
import { assess, expectFailure, issuePaths, SEVERITY } from '../fixtures/builders';
import { contentFingerprint, createTestCasebook, minimalIncident } from '../fixtures/db';

/*
 * Fuzz campaign (issue 6, "Proof"): fast-check generates payloads across every core operation — half
 * mutations of the operation's valid input from OPERATION_CASES (dropped keys, wrong types, huge strings,
 * unicode, negative and NaN-like numbers, deep nesting, prototype-pollution keys, extra keys, ids of the
 * wrong kind of thing), half hostile arbitrary JSON — and sends each through the core's dispatcher, as
 * the IPC bridge, the harness and the CLI do. Every call must answer a typed Result and never INTERNAL
 * (INTERNAL means an unexpected exception escaped a handler); every refused call, and every job that
 * fails, must leave the register's content exactly as it was; after every call that wrote, the audit
 * chain must verify; after every batch, SQLite's integrity_check must pass; Object.prototype must never
 * change. Each batch of payloads runs against one small in-memory world (operationCases.ts buildWorld).
 *
 * Findings so far (pinned down by the tests at the end of this file, fixed in the dispatcher): text with a
 * lone surrogate broke the audit chain (this seed); a NUL answered INTERNAL (seed 1); a property sent as
 * undefined answered INTERNAL or cleared a field (seed 7). Seeds 1 to 17 were each run at 10,000 while
 * building this. Not a failure here but worth knowing: lookalikes:generate for one long domain takes
 * seconds and answers megabytes, and its input allows 200 domains.
 *
 * The seed is fixed and printed; CASEBOOK_FUZZ_SEED and CASEBOOK_FUZZ_RUNS explore further
 * (e.g. CASEBOOK_FUZZ_SEED=$RANDOM CASEBOOK_FUZZ_RUNS=50000 npx vitest run test/campaigns/fuzz.test.ts).
 */

const SEED = Number(process.env.CASEBOOK_FUZZ_SEED ?? 20261127);
const RUNS = Number(process.env.CASEBOOK_FUZZ_RUNS ?? 10_000);
/** Payloads sent to one world before a fresh one is built, so the register stays small and fingerprints cheap. */
const BATCH = 250;

type Key = string | number;
type Path = Key[];

/** A value that is resolved against the world at run time: an id of some real thing (maybe the wrong kind of thing). */
type WorldRef = { worldRef: number };

type Mutation =
  | { type: 'drop'; pick: number }
  | { type: 'set'; pick: number; value: unknown }
  | { type: 'extra'; pick: number; key: string; value: unknown }
  | { type: 'nest'; pick: number; depth: number; shape: 'array' | 'object' }
  /** Replaces a value with a nasty one of the same type (a string by a string…), to get past the schema into the handler. */
  | { type: 'twin'; pick: number; text: unknown; number: number; list: 'empty' | 'repeat' | 'reverse' };

type Payload =
  | { kind: 'mutated'; op: CoreOperation; mutations: Mutation[] }
  | { kind: 'hostile'; op: CoreOperation; value: unknown }
  | { kind: 'hostileFields'; op: CoreOperation; fields: [number, unknown][]; extra: [string, unknown][] };

// ---- the values ----------------------------------------------------------------------------------

const NASTY_NUMBERS = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  -1,
  -1.5,
  0.5,
  2 ** 31,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53) - 2,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
  8.64e15, // the last instant a JS Date can hold
  8.64e15 + 1,
  -8.64e15 - 1,
];

const NASTY_STRINGS = [
  '',
  ' ',
  '\t\n\r',
  'NaN',
  '-1',
  '1e999',
  '0x10',
  'null',
  'undefined',
  'true',
  '\u0000',
  'a\u0000b',
  '\uD800', // a lone surrogate
  '\uDFFF\uD800',
  '\u202Egnp.exe', // right-to-left override
  '\u200B\u200C\u200D\uFEFF',
  'army.ml\u200B',
  'аrmy.mil', // Cyrillic а
  'xn--',
  'xn--80ak6aa92e.com',
  'İstanbul',
  'ß'.repeat(64),
  'a\u0301\u0301\u0301',
  '👩‍👩‍👧‍👦',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '%s%n%d',
  "'; DROP TABLE incidents; --",
  '" OR 1=1 --',
  '*',
  'NEAR(a b)',
  'title:x',
  '../../etc/passwd',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  '\\\\server\\share',
  'file-',
  'job-',
  'file-unknownunknownunknown',
  'INC-2026-0001',
  'inc-2026-0001',
  '00000000-0000-4000-8000-000000000001',
  '00000000-0000-0000-0000-000000000000',
  'ZZZZZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZZZZZZZZZ',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  'a@b',
  '@',
  'a@@b.c',
  '"quoted"@example.com',
  '2026-13-45T99:99:99Z',
  'eyJ9', // base64url of a broken JSON cursor
  'bm90LWEtY3Vyc29y',
  '__proto__',
  'constructor',
];

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'toJSON', 'then'];

/** Strings long enough to hit every length limit (and the cost of handling them). */
const hugeString = fc
  .record({ unit: fc.constantFrom('x', 'é', '👩‍👩‍👧‍👦', '\u0000', ' ', 'a@b.c;'), length: fc.constantFrom(1_001, 10_001, 100_001, 1_000_001) })
  .map(({ unit, length }) => unit.repeat(Math.ceil(length / unit.length)));

const worldRef: fc.Arbitrary<WorldRef> = fc.nat({ max: 31 }).map((n) => ({ worldRef: n }));

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_NUMBERS) },
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 3, arbitrary: worldRef },
);

const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 12, arbitrary: scalar },
  { weight: 1, arbitrary: hugeString },
  { weight: 2, arbitrary: fc.array(scalar, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.array(scalar, { minLength: 1_001, maxLength: 1_100 }) },
  { weight: 2, arbitrary: fc.dictionary(fc.oneof(fc.string(), fc.constantFrom(...PROTO_KEYS)), scalar, { maxKeys: 4 }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

const pick = fc.nat({ max: 1_000 });

const twinText: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }) },
  { weight: 1, arbitrary: hugeString },
  { weight: 3, arbitrary: worldRef },
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant('twin' as const),
      pick,
      text: twinText,
      number: fc.oneof(fc.constantFrom(...NASTY_NUMBERS), fc.integer(), fc.integer({ min: 0, max: 10 })),
      list: fc.constantFrom('empty' as const, 'repeat' as const, 'reverse' as const),
    }),
  },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('drop' as const), pick }) },
  { weight: 8, arbitrary: fc.record({ type: fc.constant('set' as const), pick, value }) },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('extra' as const),
      pick,
      key: fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string({ maxLength: 12 })),
      value,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('nest' as const),
      pick,
      depth: fc.oneof(fc.integer({ min: 2, max: 64 }), fc.constantFrom(1_000, 10_000)),
      shape: fc.constantFrom('array' as const, 'object' as const),
    }),
  },
);

/**
 * Operations whose accepted calls cost hundreds of milliseconds to seconds each (loading and removing the
 * demo register, rendering a report, listing every lookalike of every configured domain — see the
 * campaign's notes) are drawn a sixth as often as the rest, so the campaign stays near a minute; each still
 * receives a few dozen payloads, and CASEBOOK_FUZZ_RUNS raises them all.
 */
const SLOW: readonly CoreOperation[] = ['demo:load', 'demo:remove', 'reports:generate', 'lookalikes:generate', 'lookalikes:export'];
const operation = fc.oneof(...CORE_OPERATIONS.map((op) => ({ weight: SLOW.includes(op) ? 1 : 6, arbitrary: fc.constant(op) })));

const payload: fc.Arbitrary<Payload> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('mutated' as const), op: operation, mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('hostile' as const), op: operation, value: fc.jsonValue({ maxDepth: 4 }) }) },
  {
    // Hostile values under the operation's own field names, so they get past the check of the root's shape.
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('hostileFields' as const),
      op: operation,
      fields: fc.array(fc.tuple(pick, fc.jsonValue({ maxDepth: 3 })), { maxLength: 4 }),
      extra: fc.array(fc.tuple(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...PROTO_KEYS)), fc.jsonValue({ maxDepth: 2 })), { maxLength: 2 }),
    }),
  },
);

// ---- applying a payload to a world -----------------------------------------------------------------

/** Ids of real things in the world, of every kind, so an incident's id can arrive where a party's is expected. */
function worldIds(w: World): string[] {
  return [
    w.open.id,
    w.closed.id,
    w.linked.id,
    w.closedLinked.id,
    w.loose.id,
    w.action.id,
    w.closedAction.id,
    w.files.eml.fileId,
    w.files.log.fileId,
    w.files.notEmail.fileId,
    w.open.reference,
    w.closed.reference,
  ];
}

function resolveRefs(v: unknown, w: World, depth = 0): unknown {
  if (depth > 8 || v === null || typeof v !== 'object') return v;
  if (!Array.isArray(v) && Object.keys(v).length === 1 && typeof (v as WorldRef).worldRef === 'number') {
    const ids = worldIds(w);
    return ids[(v as WorldRef).worldRef % ids.length];
  }
  if (Array.isArray(v)) return v.map((x) => resolveRefs(x, w, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) defineOwn(out, k, resolveRefs(x, w, depth + 1));
  return out;
}

/** Sets `obj[key]` as an own property, as JSON.parse does (so "__proto__" is a key, not the prototype). */
function defineOwn(obj: Record<string, unknown>, key: string, v: unknown): void {
  Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
}

function clone(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(clone);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) defineOwn(out, k, clone(x));
  return out;
}

/** Every path in a value (the root included), objects and arrays both, a few levels deep. */
function pathsOf(v: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (prefix.length < 6 && v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) pathsOf(x, [...prefix, Array.isArray(v) ? Number(k) : k], out);
  }
  return out;
}

function at(root: unknown, path: Path): unknown {
  let v = root;
  for (const k of path) v = (v as Record<Key, unknown>)[k];
  return v;
}

function nest(inner: unknown, depth: number, shape: 'array' | 'object'): unknown {
  let v = inner;
  for (let i = 0; i < depth; i += 1) v = shape === 'array' ? [v] : { a: v };
  return v;
}

/** Applies the mutations in order to a copy of the valid input; the result can be anything. */
function mutate(valid: unknown, mutations: Mutation[], w: World): unknown {
  let root: unknown = clone(valid);
  for (const m of mutations) {
    const paths = pathsOf(root);
    const path = paths[m.pick % paths.length]!;
    const replace = (v: unknown) => {
      if (path.length === 0) root = v;
      else {
        const parent = at(root, path.slice(0, -1)) as Record<Key, unknown>;
        const key = path[path.length - 1]!;
        if (Array.isArray(parent)) parent[key as number] = v;
        else defineOwn(parent, String(key), v);
      }
    };
    switch (m.type) {
      case 'drop': {
        if (path.length === 0) {
          root = undefined;
          break;
        }
        const parent = at(root, path.slice(0, -1)) as Record<Key, unknown> | unknown[];
        const key = path[path.length - 1]!;
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
        break;
      }
      case 'set':
        replace(resolveRefs(m.value, w));
        break;
      case 'extra': {
        const target = at(root, path);
        const host = target !== null && typeof target === 'object' && !Array.isArray(target) ? (target as Record<string, unknown>) : null;
        if (host) defineOwn(host, m.key, resolveRefs(m.value, w));
        else if (root !== null && typeof root === 'object' && !Array.isArray(root)) defineOwn(root as Record<string, unknown>, m.key, resolveRefs(m.value, w));
        break;
      }
      case 'nest':
        replace(nest(at(root, path), m.depth, m.shape));
        break;
      case 'twin': {
        const current = at(root, path);
        if (typeof current === 'string') replace(resolveRefs(m.text, w));
        else if (typeof current === 'number') replace(m.number);
        else if (typeof current === 'boolean') replace(!current);
        else if (Array.isArray(current)) replace(m.list === 'empty' ? [] : m.list === 'reverse' ? [...current].reverse() : [...current, ...current]);
        else if (current !== null && typeof current === 'object') replace({});
        break;
      }
    }
  }
  return root;
}

/**
 * The operation's valid input in this world, made once per world: some valid inputs cost a write to make
 * (demo:remove loads the demo; jobs:get and jobs:cancel start an import to have a job to name), and the
 * job such an input started is run to its end first, so it is not mistaken for the fuzzed call's doing.
 */
const validInputs = new WeakMap<World, Map<CoreOperation, unknown>>();
async function validInput(w: World, op: CoreOperation): Promise<unknown> {
  let cache = validInputs.get(w);
  if (!cache) validInputs.set(w, (cache = new Map()));
  if (!cache.has(op)) {
    const valid = OPERATION_CASES[op].valid(w);
    const jobId = (valid as { jobId?: unknown }).jobId;
    if (typeof jobId === 'string') await w.cb.core.context.jobs.settled(jobId);
    cache.set(op, valid);
  }
  return cache.get(op);
}

/** The payload built on the operation's valid input in this world (hostile payloads ignore it). */
async function materialise(p: Payload, w: World): Promise<unknown> {
  if (p.kind === 'hostile') return p.value;
  const valid = await validInput(w, p.op);
  if (p.kind === 'mutated') return mutate(valid, p.mutations, w);
  const keys = valid !== null && typeof valid === 'object' ? Object.keys(valid) : [];
  const out = clone(valid) as Record<string, unknown>;
  if (keys.length > 0) for (const [k, v] of p.fields) defineOwn(out, keys[k % keys.length]!, v);
  for (const [k, v] of p.extra) defineOwn(out, k, v);
  return out;
}

// ---- the campaign ---------------------------------------------------------------------------------

/**
 * The register's contentFingerprint (test/fixtures/db.ts), recomputed only when SQLite says something may
 * have changed: total_changes() counts every row inserted, updated or deleted on the connection (triggers
 * and rolled-back writes included) and schema_version every change of schema, so while both stand still
 * the content is the one last fingerprinted. Every call in the campaign is still compared before and after;
 * most are refused before any SQL runs, and re-reading the whole register for each would triple the run.
 */
function contentTracker(db: World['cb']['db']) {
  const changes = db.prepare<[], { n: number }>('SELECT total_changes() AS n');
  const marker = () => `${changes.get()!.n}:${String(db.pragma('schema_version', { simple: true }))}`;
  let mark = marker();
  let fingerprint = contentFingerprint(db);
  return {
    fingerprint(): string {
      const now = marker();
      if (now !== mark) {
        mark = now;
        fingerprint = contentFingerprint(db);
      }
      return fingerprint;
    },
  };
}

type Failure = { index: number; op: CoreOperation; kind: Payload['kind']; problem: string; payload: string };

function describePayload(v: unknown): string {
  try {
    const text = JSON.stringify(v, (_k, x: unknown) =>
      typeof x === 'number' && !Number.isFinite(x)
        ? String(x)
        : typeof x === 'string' && x.length > 80
          ? `${x.slice(0, 40)}…(${x.length} chars)`
          : x === undefined
            ? '(undefined)'
            : x,
    );
    return text === undefined ? String(v) : text.length > 600 ? `${text.slice(0, 600)}…` : text;
  } catch (error) {
    return `(not printable: ${(error as Error).message})`;
  }
}

const isTypedResult = (r: unknown): r is Result<unknown> => {
  if (r === null || typeof r !== 'object') return false;
  const x = r as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } };
  if (x.ok === true) return 'value' in x;
  return x.ok === false && (ERROR_CODES as readonly unknown[]).includes(x.error?.code) && typeof x.error?.message === 'string' && x.error.message.length > 0;
};

describe('fuzz campaign: every core operation, valid-shaped and hostile payloads', () => {
  it(`answers ${RUNS} generated payloads with typed results, never INTERNAL, and changes nothing when it refuses (seed ${SEED})`, async () => {
    const payloads = fc.sample(payload, { seed: SEED, numRuns: RUNS });
    console.log(`fuzz campaign: seed ${SEED}, ${payloads.length} payloads, ${CORE_OPERATIONS.length} operations (CASEBOOK_FUZZ_SEED / CASEBOOK_FUZZ_RUNS to change)`);
    const started = Date.now();
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort().join();
    const failures: Failure[] = [];
    const tally = { ok: 0, refused: {} as Record<string, number>, jobs: 0, perOp: new Map<string, number>() };

    let w: World | null = null;
    let content = { fingerprint: () => '' };
    for (const [index, p] of payloads.entries()) {
      if (w === null || index % BATCH === 0) {
        if (w) checkWorld(w, index, failures);
        w?.cb.close();
        w = buildWorld(createTestCasebook({ memory: true }));
        content = contentTracker(w.cb.db);
      }
      tally.perOp.set(p.op, (tally.perOp.get(p.op) ?? 0) + 1);
      const fail = (problem: string, input: unknown) => failures.push({ index, op: p.op, kind: p.kind, problem, payload: describePayload(input) });

      let input: unknown;
      try {
        input = await materialise(p, w);
      } catch {
        // Earlier payloads changed the world so much that a valid input can no longer be made: start afresh.
        checkWorld(w, index, failures);
        w.cb.close();
        w = buildWorld(createTestCasebook({ memory: true }));
        content = contentTracker(w.cb.db);
        input = await materialise(p, w);
      }
      const before = content.fingerprint();
      let result: unknown;
      try {
        result = await w.cb.core.callAsync(p.op, input);
      } catch (error) {
        fail(`the dispatcher threw instead of answering: ${(error as Error).message}`, input);
        continue;
      }
      if (!isTypedResult(result)) {
        fail(`not a typed Result: ${describePayload(result)}`, input);
        continue;
      }
      if (!result.ok) {
        tally.refused[result.error.code] = (tally.refused[result.error.code] ?? 0) + 1;
        if (result.error.code === 'INTERNAL') fail('answered INTERNAL (an unexpected exception escaped the handler)', input);
        if (content.fingerprint() !== before) fail(`refused with ${result.error.code} but changed the register`, input);
        continue;
      }
      tally.ok += 1;
      const jobId = OPERATION_CASES[p.op].startsJob ? (result.value as { jobId?: unknown }).jobId : undefined;
      if (typeof jobId === 'string') {
        tally.jobs += 1;
        const job = await w.cb.core.context.jobs.settled(jobId);
        if (job.state === 'failed' && job.error?.code === 'INTERNAL') fail('started a job that failed with INTERNAL', input);
        if (job.state !== 'done' && content.fingerprint() !== before) fail(`started a job that ended ${job.state} but changed the register`, input);
      }
      if (content.fingerprint() !== before) {
        // It wrote: the audit chain must still verify, with the entry this call appended.
        const verified = w.cb.core.call('audit:verify', {});
        if (!verified.ok || !verified.value.ok) fail(`wrote, and then the audit chain does not verify: ${describePayload(verified)}`, input);
      }
      if (({} as Record<string, unknown>).polluted !== undefined || Object.getOwnPropertyNames(Object.prototype).sort().join() !== prototypeKeys) {
        fail('Object.prototype was changed (prototype pollution)', input);
      }
    }
    if (w) {
      checkWorld(w, payloads.length, failures);
      w.cb.close();
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `fuzz campaign: ${payloads.length} payloads in ${seconds} s — ${tally.ok} accepted (${tally.jobs} import jobs), refused ${JSON.stringify(tally.refused)}; ` +
        `every operation sent at least ${Math.min(...tally.perOp.values())} payloads`,
    );
    expect(tally.perOp.size, 'every core operation was fuzzed').toBe(CORE_OPERATIONS.length);
    const report = failures
      .slice(0, 25)
      .map((f) => `#${f.index} ${f.op} (${f.kind}): ${f.problem}\n    payload: ${f.payload}`)
      .join('\n');
    expect(failures.length, `${failures.length} failures (seed ${SEED}); the first:\n${report}`).toBe(0);
  }, 300_000);
});

/** After a batch: the register is still sound (SQLite's own check and the audit chain). */
function checkWorld(w: World, index: number, failures: Failure[]): void {
  const integrity = w.cb.db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') failures.push({ index, op: 'audit:verify', kind: 'mutated', problem: `integrity_check: ${String(integrity)}`, payload: '(end of batch)' });
  const verified = w.cb.core.call('audit:verify', {});
  if (!verified.ok || !verified.value.ok) {
    failures.push({ index, op: 'audit:verify', kind: 'mutated', problem: `the audit chain does not verify: ${describePayload(verified)}`, payload: '(end of batch)' });
  }
}

/*
 * What the campaign found, pinned down. Seed 20261127 sent domains:update an internal domain made of two
 * lone UTF-16 surrogates ("\udfff\ud800"); it was accepted, and the audit chain stopped verifying ("Entry 20
 * has been altered"): the entry's summary names the domains, SQLite stores text as UTF-8, where a lone
 * surrogate cannot exist, so the summary read back was not the one hashed. Every stored text had the same
 * flaw (an incident's title came back with U+FFFD in place of what was sent). Seed 1 then sent a note made
 * of NUL characters: SQLite's length() counts up to the first NUL, so the notes table's CHECK
 * (length(body) > 0) failed and the call answered INTERNAL. The dispatcher now refuses any string or key
 * that is not well-formed UTF-16 or holds a NUL with INVALID_INPUT at its path, before the schema.
 */
describe('found by the fuzz campaign: text that SQLite cannot store as sent', () => {
  let w: World;
  beforeEach(() => {
    w = buildWorld(createTestCasebook({ memory: true }));
  });
  afterEach(() => w.cb.close());

  const refused = async (op: CoreOperation, input: unknown, path: string) => {
    const before = contentFingerprint(w.cb.db);
    const error = expectFailure(await w.cb.core.callAsync(op, input), 'INVALID_INPUT');
    expect(issuePaths(error)).toEqual([path]);
    expect(contentFingerprint(w.cb.db)).toBe(before);
    expect(w.cb.ok('audit:verify', {}).ok).toBe(true);
  };

  it('refuses a domain made of lone surrogates (the campaign’s case), and the audit chain still verifies', async () => {
    await refused('domains:update', { internal: ['\udfff\ud800'], partners: ['army.mil', 'gov.uk'] }, 'internal.0');
  });

  it('refuses a lone surrogate in a party’s name, an incident’s title, a note and a key of the details', async () => {
    await refused('parties:create', { name: 'Priya \ud800Raman' }, 'name');
    await refused('incidents:create', minimalIncident({ title: 'Email to army.ml \udc00' }), 'title');
    await refused('notes:add', { incidentId: w.open.id, body: 'trailing high surrogate \ud83d' }, 'body');
    await refused('incidents:create', minimalIncident({ kind: 'other', details: { ['k\ud800']: 1 } } as never), 'details.k\ud800');
  });

  it('refuses a NUL character (seed 1 sent a note of 10,001 NULs: SQLite’s length() stops at a NUL, so the CHECK failed and the call answered INTERNAL)', async () => {
    await refused('notes:add', { incidentId: w.open.id, body: '\u0000'.repeat(10_001) }, 'body');
    await refused('incidents:create', minimalIncident({ title: '\u0000Email to army.ml' }), 'title');
    await refused('parties:create', { name: 'Jo\u0000 Harper' }, 'name');
  });

  it('still accepts well-formed text outside the Basic Multilingual Plane (surrogate pairs)', async () => {
    const created = w.cb.ok('incidents:create', minimalIncident({ title: 'Sent to 𝔞𝔯𝔪𝔶.ml 👩‍👩‍👧‍👦' }));
    expect(w.cb.ok('incidents:get', { id: created.id }).incident.title).toBe('Sent to 𝔞𝔯𝔪𝔶.ml 👩‍👩‍👧‍👦');
    expect(w.cb.ok('audit:verify', {}).ok).toBe(true);
  });

  it('copes with an input that refers to itself (possible over Electron’s structured clone)', async () => {
    const input: Record<string, unknown> = { name: 'Priya Raman' };
    input.self = input;
    expectFailure(await w.cb.core.callAsync('parties:create', input), 'INVALID_INPUT');
  });
});

/*
 * Seed 7 sent parties:update a patch of { phone: undefined }: INTERNAL (NOT NULL constraint failed). A key
 * whose value is undefined reaches the core over Electron's IPC (structured clone keeps it) but not over
 * the harness (JSON drops it); the services took it for "set to nothing". An incident's occurredAt sent as
 * undefined was silently cleared. The dispatcher now reads an undefined property as absent, as JSON does,
 * so both transports mean the same thing.
 */
describe('found by the fuzz campaign: properties sent as undefined', () => {
  let w: World;
  beforeEach(() => {
    w = buildWorld(createTestCasebook({ memory: true }));
  });
  afterEach(() => w.cb.close());

  it('leaves a party’s fields alone when a patch names them with undefined (seed 7’s case answered INTERNAL)', () => {
    const party = w.cb.ok('parties:create', { name: 'Kim Lee', email: 'k.lee@navy.mil', phone: '01234 567890' });
    const result = w.cb.core.call('parties:update', { id: party.id, version: party.version, patch: { phone: undefined, name: undefined, notes: 'Called back.' } });
    expect(result.ok ? 'ok' : JSON.stringify(result.error)).toBe('ok');
    expect(w.cb.ok('parties:get', { id: party.id })).toMatchObject({ name: 'Kim Lee', phone: '01234 567890', notes: 'Called back.' });
    expect(w.cb.ok('audit:verify', {}).ok).toBe(true);
  });

  it('does not clear an incident’s occurrence, title or decision sent as undefined', () => {
    const occurredAt = Date.UTC(2026, 10, 26, 9, 0);
    const incident = w.cb.ok('incidents:create', minimalIncident({ occurredAt }));
    assess(w.cb, incident.id, SEVERITY.low);
    const withDecision = w.cb.ok('incidents:update', { id: incident.id, version: incident.version, patch: { regulatorNotify: false, regulatorRationale: 'No risk.' } });
    const result = w.cb.core.call('incidents:update', {
      id: incident.id,
      version: withDecision.version,
      patch: { title: undefined, occurredAt: undefined, regulatorNotify: undefined, owner: undefined, lessons: 'Check the address.' },
    });
    expect(result.ok ? 'ok' : JSON.stringify(result.error)).toBe('ok');
    const after = w.cb.ok('incidents:get', { id: incident.id }).incident;
    expect(after).toMatchObject({ title: incident.title, occurredAt, regulatorNotify: false, owner: incident.owner, lessons: 'Check the address.' });
  });

  it('still refuses undefined where a value is required', () => {
    expectFailure(w.cb.core.call('incidents:get', { id: undefined }), 'INVALID_INPUT');
    expectFailure(w.cb.core.call('domains:classify', { domains: [undefined] }), 'INVALID_INPUT');
  });
});
