import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startCore } from '../../electron/core/host/coreClient';
import { migrate } from '../../electron/core/db/migrate';
import { closeDatabase, openDatabase } from '../../electron/core/db/openDatabase';
import { createCore } from '../fixtures/core';
import { setOfficer } from '../../electron/core/session/sessionService';
import { generateGatewayLog } from './gatewayBench';

/**
 * The 117,000-line gateway log as the officer meets it outside the core's own timing:
 *
 * - through the built command line, start to finish (`node bin/casebook.js import-log`), beside the bare
 *   insert of the kept messages into a plain table (the gateway row's baseline), with the process's peak
 *   resident memory (its worker included) beside Node's own for an empty script;
 * - with the core in its worker, as every host runs it: the longest block of the host's event loop (the
 *   thread that paints and answers IPC) beside the same host idling for as long, and the longest gap
 *   between progress events beside the median gap.
 *
 * Printed, never asserted.
 */
export type CliImportBenchRow = {
  operation: string;
  detail: string;
  casebook: Timing;
  raw: Timing;
  ratio: number;
  targetMs: number | null;
  pass: boolean | null;
  sameRows: boolean;
  /** What casebook, raw and target are in: milliseconds unless said otherwise. */
  unit?: 'MB';
};
type Timing = { medianMs: number; p95Ms: number; minMs: number; runs: number };

const RUNS = 3;
const CLI_TARGET_MS = 2_500;
const PEAK_TARGET_MB = 250;
const BLOCK_TARGET_MS = 50;
const PROGRESS_GAP_TARGET_MS = 250;
const root = join(__dirname, '..', '..');
const peakReporter = join(__dirname, 'peakMemory.mjs');

function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)]!, p95Ms: sorted[sorted.length - 1]!, minMs: sorted[0]!, runs: sorted.length };
}

/** A fresh plain register with its officer recorded, as `setup --plain` leaves one. */
function freshRegister(dir: string, name: string): string {
  const file = join(dir, name);
  const db = openDatabase(file);
  migrate(db);
  setOfficer(createCore(db, { log: { error: () => {}, info: () => {} } }).context, { name: 'Bench Officer', businessUnit: 'Departmental Security' });
  closeDatabase(db);
  return file;
}

/** One process, start to exit: its wall time, exit code and peak resident memory (reported by peakMemory.mjs as it exits). */
function runProcess(args: string[], dir: string): Promise<{ ms: number; ok: boolean; peakMb: number; stdout: string }> {
  const peakFile = join(dir, `peak-${process.hrtime.bigint()}.json`);
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', pathToFileURL(peakReporter).href, ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, CASEBOOK_BENCH_PEAK_FILE: peakFile },
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const { maxRssKb } = JSON.parse(readFileSync(peakFile, 'utf8')) as { maxRssKb: number };
      resolve({ ms, ok: code === 0, peakMb: maxRssKb / 1024, stdout });
    });
  });
}

async function benchCli(dir: string, logFile: string, baseline: Timing): Promise<CliImportBenchRow[]> {
  const wall: number[] = [];
  const peak: number[] = [];
  const nodePeak: number[] = [];
  let ok = true;
  let kept = 0;
  for (let i = 0; i < RUNS; i++) {
    const db = freshRegister(dir, `cli-${i}.db`);
    const run = await runProcess(
      [join(root, 'bin', 'casebook.js'), 'import-log', logFile, '--db', db, '--plain', '--actor', 'Bench Officer', '--aware-at', 'now', '--format', 'exchange'],
      dir,
    );
    wall.push(run.ms);
    peak.push(run.peakMb);
    ok &&= run.ok;
    if (run.ok) kept = (JSON.parse(run.stdout) as { messageCount: number }).messageCount;
    nodePeak.push((await runProcess(['-e', ''], dir)).peakMb);
  }
  const casebook = summarise(wall);
  const memory = summarise(peak);
  const nodeMemory = summarise(nodePeak);
  return [
    {
      operation: 'CLI import-log (117k lines)',
      detail: `node bin/casebook.js import-log, start to finish, ${kept.toLocaleString('en-GB')} messages kept, median of ${RUNS} (raw: the bare insert into a plain table)`,
      casebook,
      raw: baseline,
      ratio: casebook.medianMs / baseline.medianMs,
      targetMs: CLI_TARGET_MS,
      pass: ok && casebook.medianMs <= CLI_TARGET_MS,
      sameRows: ok,
    },
    {
      operation: 'CLI import-log peak memory',
      detail: `peak resident memory of that process, its worker included, in MB (raw: node -e "", Node's own)`,
      casebook: memory,
      raw: nodeMemory,
      ratio: memory.medianMs / nodeMemory.medianMs,
      targetMs: PEAK_TARGET_MB,
      pass: memory.p95Ms <= PEAK_TARGET_MB,
      sameRows: ok,
      unit: 'MB',
    },
  ];
}

/** The import with the core in its worker (the built one, as the app and the CLI start it), watched from the host's thread. */
async function benchHostLoop(dir: string, logFile: string): Promise<CliImportBenchRow[]> {
  const blocks: number[] = [];
  const idle: number[] = [];
  const longestGaps: number[] = [];
  const medianGaps: number[] = [];
  let ok = true;
  for (let i = 0; i < RUNS; i++) {
    const core = await startCore(
      { file: freshRegister(dir, `worker-${i}.db`), plain: { actor: 'Bench Officer', fallbackActor: 'bench' } },
      { file: join(root, 'out', 'cli', 'coreWorker.js') },
    );
    try {
      const progressAt: number[] = [];
      let finished: () => void = () => {};
      const done = new Promise<void>((resolve) => (finished = resolve));
      let jobId = '';
      core.events.subscribe((e) => {
        if (e.type === 'job:progress' && e.jobId === jobId) progressAt.push(performance.now());
        if (e.type === 'job:finished' && e.job.jobId === jobId) finished();
      });
      const file = await core.files.putPath(logFile, 'MSGTRK2023071700-1.LOG');
      if (!file.ok) throw new Error(file.error.message);
      const loop = monitorEventLoopDelay({ resolution: 5 });
      loop.enable();
      const start = performance.now();
      const started = await core.callAsync('gatewayLogs:import', { fileId: file.value.fileId, format: 'exchange', awareAt: Date.UTC(2026, 10, 27, 8, 0) });
      if (!started.ok) throw new Error(started.error.message);
      jobId = started.value.jobId;
      await done;
      const end = performance.now();
      loop.disable();
      const job = await core.callAsync('jobs:get', { jobId });
      ok &&= job.ok && job.value.state === 'done';
      blocks.push(loop.max / 1e6);
      // From the request to the first event, between events, and from the last event to the end.
      const marks = [start, ...progressAt, end];
      const gaps = marks.slice(1).map((at, j) => at - marks[j]!);
      longestGaps.push(Math.max(...gaps));
      medianGaps.push(summarise(gaps).medianMs);
      // The same host doing nothing for as long: what the timer resolution and the machine's load alone show.
      const quiet = monitorEventLoopDelay({ resolution: 5 });
      quiet.enable();
      await new Promise((resolve) => setTimeout(resolve, end - start));
      quiet.disable();
      idle.push(quiet.max / 1e6);
    } finally {
      await core.close();
    }
  }
  const block = summarise(blocks);
  const quiet = summarise(idle);
  const gap = summarise(longestGaps);
  const typical = summarise(medianGaps);
  return [
    {
      operation: 'host event loop during import',
      detail: `longest block of the host's thread (monitorEventLoopDelay) with the core in its worker, median of ${RUNS} (raw: the same host idle for as long)`,
      casebook: block,
      raw: quiet,
      ratio: block.medianMs / quiet.medianMs,
      targetMs: BLOCK_TARGET_MS,
      pass: ok && block.p95Ms <= BLOCK_TARGET_MS,
      sameRows: ok,
    },
    {
      operation: 'progress events during import',
      detail: 'longest gap between progress events, from the request to the job finished (raw: the median gap)',
      casebook: gap,
      raw: typical,
      ratio: gap.medianMs / typical.medianMs,
      targetMs: PROGRESS_GAP_TARGET_MS,
      pass: ok && gap.p95Ms <= PROGRESS_GAP_TARGET_MS,
      sameRows: ok,
    },
  ];
}

export async function benchCliImport(baseline: Timing): Promise<CliImportBenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-cli-import-bench-'));
  try {
    const logFile = join(dir, 'MSGTRK2023071700-1.LOG');
    writeFileSync(logFile, generateGatewayLog());
    return [...(await benchCli(dir, logFile, baseline)), ...(await benchHostLoop(dir, logFile))];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
