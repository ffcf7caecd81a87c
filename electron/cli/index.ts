import { userInfo } from 'node:os';
import { z } from 'zod';
import { contract } from '../../shared/ipc/contract';
import { isOperation, OPERATIONS } from '../../shared/ipc/operations';
import type { CasebookError } from '../../shared/ipc/result';
import { createCore } from '../core/api';
import { officerName } from '../core/context';
import { closeDatabase, openDatabase } from '../core/db/openDatabase';
import { migrate } from '../core/db/migrate';
import { backupDirBeside, openCasebook } from '../core/openCasebook';
import { parseArgs, USAGE, UsageError } from './args';
import { runImportEml, runImportLog, runLookalikes } from './emailCommands';
import { runReport } from './report';
import { verifyDatabase } from './verify';

/** `plain` is text for stdout as it is (a block list to pipe into postmap); `stdout` is printed as JSON. */
type Outcome = { exit: 0 | 1 | 2; stdout?: unknown; plain?: string; stderr?: CasebookError | string };

function operationSchemas() {
  return OPERATIONS.map((operation) => ({
    operation,
    input: z.toJSONSchema(contract[operation].input, { io: 'input', unrepresentable: 'any' }),
  }));
}

/** The options each command takes, beside --db, --actor and --json which every command shares. */
const COMMAND_OPTIONS: Record<string, readonly string[]> = {
  api: [],
  demo: [],
  verify: [],
  report: ['incident', 'format', 'out', 'status', 'kind', 'marking', 'text', 'from', 'to', 'party', 'lines', 'separate'],
  'import-eml': ['incident'],
  'import-log': ['format', 'mapping', 'incident'],
  lookalikes: ['format', 'out'],
};

/** The block list needs no register; with --db it uses that register's lists and incidents. */
function lookalikes(domains: string[], dbPath: string | null, options: Record<string, string | true>, base: string): Outcome {
  const db = dbPath === null ? openDatabase(':memory:') : openCasebook(dbPath, { backupDir: backupDirBeside(dbPath) });
  try {
    if (dbPath === null) migrate(db);
    const result = runLookalikes(createCore(db, { actor: () => 'casebook-cli' }), domains, options, base);
    if (!result.ok) return { exit: 1, stderr: result.error };
    return result.value.text !== undefined ? { exit: 0, plain: result.value.text } : { exit: 0, stdout: { path: result.value.path } };
  } finally {
    closeDatabase(db);
  }
}

async function run(argv: readonly string[]): Promise<Outcome> {
  const args = parseArgs(argv, process.env, process.cwd());
  const [command, ...rest] = args.command;
  if (command === undefined) throw new UsageError('Name a command');
  if (command === 'help') return { exit: 0, stderr: USAGE };
  if (command === 'api' && rest[0] === 'list') return { exit: 0, stdout: operationSchemas() };
  if (!(command in COMMAND_OPTIONS)) throw new UsageError(`Unknown command "${command}"`);
  const allowed = COMMAND_OPTIONS[command]!;
  const stray = Object.keys(args.options).find((o) => !allowed.includes(o));
  if (stray) throw new UsageError(`Unknown option --${stray} for ${command}`);
  const base = process.env.INIT_CWD ?? process.cwd();
  if (command === 'lookalikes') return lookalikes(rest, args.db, args.options, base);
  if (args.db === null) throw new UsageError('Say which database with --db PATH');
  if (command === 'api' && !isOperation(rest[0])) {
    throw new UsageError(rest[0] ? `Unknown operation "${rest[0]}"; "api list" shows them all` : 'Name an operation, or "list"');
  }
  let input: unknown = {};
  if (command === 'api' && rest[1] !== undefined) {
    try {
      input = JSON.parse(rest[1]);
    } catch {
      throw new UsageError(`The input for ${rest[0]} is not valid JSON`);
    }
  }
  const db = openCasebook(args.db, { backupDir: backupDirBeside(args.db) });
  try {
    if (command === 'verify') {
      const report = verifyDatabase(db);
      return { exit: report.ok ? 0 : 1, stdout: report };
    }
    const core = createCore(db, { actor: () => args.actor ?? officerName(db) ?? userInfo().username });
    if (command === 'report') {
      const report = await runReport(core, db, rest[0], args.options, base);
      return report.ok ? { exit: 0, stdout: report.value } : { exit: 1, stderr: report.error };
    }
    if (command === 'import-eml' || command === 'import-log') {
      const imported = await (command === 'import-eml' ? runImportEml : runImportLog)(core, db, rest, args.options, base);
      return imported.ok ? { exit: 0, stdout: imported.value } : { exit: 1, stderr: imported.error };
    }
    const result = command === 'demo' ? core.call('demo:load', {}) : await core.callAsync(rest[0] as (typeof OPERATIONS)[number], input);
    return result.ok ? { exit: 0, stdout: result.value } : { exit: 1, stderr: result.error };
  } finally {
    closeDatabase(db);
  }
}

async function main(): Promise<void> {
  let outcome: Outcome;
  try {
    outcome = await run(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      outcome = { exit: 2, stderr: { code: 'INVALID_INPUT', message: `${error.message}\n\n${USAGE}` } };
    } else {
      const message = error instanceof Error ? error.message : String(error);
      outcome = { exit: 1, stderr: { code: 'INTERNAL', message } };
    }
  }
  if (outcome.plain !== undefined) process.stdout.write(outcome.plain);
  if (outcome.stdout !== undefined) process.stdout.write(`${JSON.stringify(outcome.stdout, null, 2)}\n`);
  if (typeof outcome.stderr === 'string') process.stderr.write(`${outcome.stderr}\n`);
  else if (outcome.stderr !== undefined) process.stderr.write(`${JSON.stringify({ error: outcome.stderr })}\n`);
  process.exitCode = outcome.exit;
}

void main();
