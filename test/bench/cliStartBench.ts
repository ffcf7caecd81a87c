import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * How long the officer waits for the command line to answer at all: `node bin/casebook.js help` (the built
 * CLI, which `npm run bench` builds first) beside Node starting an empty script, interleaved in the same run,
 * so the ratio is what Casebook adds to Node's own start. Printed, never asserted.
 */
export type CliStartBenchRow = {
  operation: string;
  detail: string;
  casebook: Timing;
  raw: Timing;
  ratio: number;
  targetMs: number | null;
  pass: boolean | null;
  /** Whether every run of help answered with exit 0, as a like-for-like comparison needs. */
  sameRows: boolean;
};
type Timing = { medianMs: number; p95Ms: number; minMs: number; runs: number };

const RUNS = 5;
const TARGET_MS = 300;
const root = join(__dirname, '..', '..');

function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)]!, p95Ms: sorted[sorted.length - 1]!, minMs: sorted[0]!, runs: sorted.length };
}

/** Wall-clock time of one process, start to exit, and whether it exited 0. */
function timed(args: string[]): { ms: number; ok: boolean } {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, ok: run.status === 0 };
}

export function benchCliStart(): CliStartBenchRow[] {
  const help = [join(root, 'bin', 'casebook.js'), 'help'];
  const empty = ['-e', ''];
  // One of each first, so the files are in the page cache for both sides alike.
  timed(help);
  timed(empty);
  const ours: number[] = [];
  const node: number[] = [];
  let ok = true;
  for (let i = 0; i < RUNS; i++) {
    const [first, second] = i % 2 === 0 ? [help, empty] : [empty, help];
    for (const args of [first, second]) {
      const t = timed(args);
      if (args === help) {
        ours.push(t.ms);
        ok &&= t.ok;
      } else node.push(t.ms);
    }
  }
  const casebook = summarise(ours);
  const raw = summarise(node);
  return [
    {
      operation: 'CLI start (help)',
      detail: `node bin/casebook.js help, the built CLI, median of ${RUNS} (raw: node -e "", Node starting an empty script)`,
      casebook,
      raw,
      ratio: casebook.medianMs / raw.medianMs,
      targetMs: TARGET_MS,
      pass: casebook.medianMs <= TARGET_MS,
      sameRows: ok,
    },
  ];
}
