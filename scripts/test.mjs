#!/usr/bin/env node
// `npm test`: every test, in order — typecheck (both tsconfigs), lint (ESLint and Prettier), build (app and CLI), vitest
// (unit, core, shell, harness), then the end-to-end journey in Chromium through the harness, then a check
// that the tests left nothing in the temp directory. Ends with one plain line "N passed, N failed" summed
// from vitest's JSON reports plus one failure per failed check, which CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const resultsDir = join(root, 'test-results');
mkdirSync(resultsDir, { recursive: true });

// The tests get a temp directory of their own, so what they leave behind is theirs alone to answer for
// (other runs on the same machine write to the shared one at the same time).
const testTmp = mkdtempSync(join(tmpdir(), 'test-run-'));
const testEnv = { ...process.env, TMPDIR: testTmp, TMP: testTmp, TEMP: testTmp };

function step(title, command, args, env = process.env) {
  process.stdout.write(`\n== ${title}\n`);
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  return run.status === 0;
}

function vitestCounts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0) };
}

/** The casebook-* folders the tests left in their temp directory. */
function leftBehind() {
  process.stdout.write('\n== nothing left in the temp directory\n');
  const left = readdirSync(testTmp).filter((name) => name.startsWith('casebook-'));
  for (const name of left) process.stdout.write(`left behind: ${name}\n`);
  return left.length === 0;
}

let checksFailed = 0;
const check = (passed) => {
  if (!passed) checksFailed += 1;
  return passed;
};
check(step('typecheck (main, core, CLI, tests)', bin('tsc'), ['-p', 'tsconfig.node.json', '--noEmit']));
check(step('typecheck (renderer)', bin('tsc'), ['-p', 'tsconfig.web.json', '--noEmit']));
check(step('lint (ESLint)', bin('eslint'), ['.']));
check(step('format (Prettier)', bin('prettier'), ['--check', '.']));
const built = check(step('build (electron-vite)', bin('electron-vite'), ['build']));
// The command line's suites run the built CLI (bin/casebook.js), so it is rebuilt from this checkout's source first.
check(step('build (command line)', process.execPath, [join(root, 'scripts', 'buildCli.mjs')]));

const unitReport = join(resultsDir, 'vitest.json');
const e2eReport = join(resultsDir, 'vitest-e2e.json');
// A report left by an earlier run must not stand in for one this run failed to write.
for (const report of [unitReport, e2eReport]) rmSync(report, { force: true });
let testsOk = step('unit, core, shell and harness tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`], testEnv);
if (built) {
  testsOk =
    step(
      'end-to-end journey in Chromium',
      bin('vitest'),
      ['run', '--config', 'test/e2e/vitest.config.mts', '--reporter=default', '--reporter=json', `--outputFile.json=${e2eReport}`],
      testEnv,
    ) && testsOk;
}
check(leftBehind());
rmSync(testTmp, { recursive: true, force: true });

// Without a build the journey does not run: the failed build is already counted among the checks.
const counts = [vitestCounts(unitReport), built ? vitestCounts(e2eReport) : { passed: 0, failed: 0 }];
const passed = counts.reduce((n, c) => n + c.passed, 0);
const testFailures = counts.reduce((n, c) => n + c.failed, 0);
// A vitest run that exits non-zero with no failed test (an unhandled error) still counts once, so the line never reads green.
const failed = testFailures + checksFailed + (!testsOk && testFailures === 0 ? 1 : 0);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
