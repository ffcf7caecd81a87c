#!/usr/bin/env node
// `npm test`: every test, in order — typecheck (both tsconfigs), build, vitest (unit, core, shell,
// harness), then the end-to-end journey in Chromium through the harness. Ends with one plain line
// "N passed, N failed" summed from vitest's JSON reports, which CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const resultsDir = join(root, 'test-results');
mkdirSync(resultsDir, { recursive: true });

function step(title, command, args) {
  process.stdout.write(`\n== ${title}\n`);
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  return run.status === 0;
}

function vitestCounts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0) };
}

let ok = true;
ok = step('typecheck (main, core, CLI, tests)', bin('tsc'), ['-p', 'tsconfig.node.json', '--noEmit']) && ok;
ok = step('typecheck (renderer)', bin('tsc'), ['-p', 'tsconfig.web.json', '--noEmit']) && ok;
const built = step('build (electron-vite)', bin('electron-vite'), ['build']);
ok = built && ok;

const unitReport = join(resultsDir, 'vitest.json');
const e2eReport = join(resultsDir, 'vitest-e2e.json');
ok = step('unit, core, shell and harness tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]) && ok;
if (built) {
  ok =
    step('end-to-end journey in Chromium', bin('vitest'), [
      'run',
      '--config',
      'test/e2e/vitest.config.mts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${e2eReport}`,
    ]) && ok;
}

const counts = [vitestCounts(unitReport), built ? vitestCounts(e2eReport) : { passed: 0, failed: 1 }];
const passed = counts.reduce((n, c) => n + c.passed, 0);
const testFailures = counts.reduce((n, c) => n + c.failed, 0);
// A failed typecheck has no vitest count of its own: count it once so the line never reads green.
const failed = testFailures + (!ok && testFailures === 0 ? 1 : 0);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(ok && failed === 0 ? 0 : 1);
