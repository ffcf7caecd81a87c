import { z } from 'zod';
import { contract } from '../../shared/contract';
import { isOperation, OPERATIONS } from '../../shared/contract/operationNames';
import type { CasebookError, Result } from '../../shared/contract/result';
import { startCore, type CoreClient } from '../core/host/coreClient';
import { UsageError, type CliArgs } from './args';
import { runBackup, runRestore } from './backupCommands';
import { readCommandInput } from './commandInput';
import { runImportEmail, runImportLog, runLookalikes } from './emailCommands';
import { openForCommand, setupRegister } from './open';
import { runImportPeople } from './peopleCommands';
import { runReport } from './report';
import { runRetentionCommand } from './retentionCommands';

/** `plain` is text for stdout as it is (a block list to pipe into postmap); `stdout` is printed as JSON. */
export type Outcome = { exit: 0 | 1 | 2; stdout?: unknown; plain?: string; stderr?: CasebookError | string };

function operationSchemas() {
  return OPERATIONS.map((operation) => ({
    operation,
    input: z.toJSONSchema(contract[operation].input, { io: 'input', unrepresentable: 'any' }),
  }));
}

/** The options each command takes, beside --db, --account, --plain, --actor and --json which every command shares. */
const COMMAND_OPTIONS: Record<string, readonly string[]> = {
  api: ['input'],
  demo: [],
  verify: ['fingerprint'],
  report: ['incident', 'format', 'out', 'status', 'kind', 'marking', 'from', 'to', 'party', 'separate', 'releasable', 'input'],
  'import-email': ['incident', 'aware-at'],
  'import-eml': ['incident', 'aware-at'],
  'import-log': ['format', 'mapping', 'incident', 'aware-at'],
  'import-people': ['incident', 'role', 'categories', 'status', 'sheet', 'mapping', 'skip-problem-rows'],
  lookalikes: ['format', 'out'],
  backup: [],
  restore: [],
  setup: [],
  retention: [],
  erase: ['incident', 'party', 'confirm', 'yes', 'input'],
  hold: ['incident', 'party', 'input'],
  release: ['hold'],
  sar: ['party', 'out'],
};

const answer = (result: Result<unknown>): Outcome => (result.ok ? { exit: 0, stdout: result.value } : { exit: 1, stderr: result.error });

/**
 * `verify`: SQLite's own checks and the audit trail, both from the vault, reported together;
 * `--fingerprint HEAD` also asks whether the log still holds the head hash a report printed.
 */
async function verify(core: CoreClient, fingerprint: string | true | undefined): Promise<Outcome> {
  const [integrity, audit] = [await core.integrity(), await core.callAsync('audit:verify', typeof fingerprint === 'string' ? { fingerprint } : {})];
  if (!integrity.ok) return { exit: 1, stderr: integrity.error };
  if (!audit.ok) return { exit: 1, stderr: audit.error };
  const ok = integrity.value.ok && audit.value.ok;
  return { exit: ok ? 0 : 1, stdout: { ok, integrity: integrity.value.integrity, foreignKeyViolations: integrity.value.foreignKeyViolations, audit: audit.value } };
}

/** The block list needs no register: without --db, the same handlers over an empty register in memory. */
async function lookalikes(args: CliArgs, domains: string[], base: string): Promise<Outcome> {
  const core = args.db === null ? await startCore({ file: ':memory:', plain: { actor: 'casebook-cli' } }) : await openForCommand({ ...args, db: args.db });
  try {
    const result = await runLookalikes(core, domains, args.options, base);
    if (!result.ok) return { exit: 1, stderr: result.error };
    return result.value.text !== undefined ? { exit: 0, plain: result.value.text } : { exit: 0, stdout: { path: result.value.path } };
  } finally {
    await core.close();
  }
}

async function runCommand(core: CoreClient, command: string, rest: string[], input: unknown, args: CliArgs, base: string): Promise<Outcome> {
  switch (command) {
    case 'verify':
      return verify(core, args.options.fingerprint);
    case 'backup':
      return answer(await runBackup(core, rest[0], base));
    case 'restore':
      return answer(await runRestore(core, rest[0], base));
    case 'report':
      return answer(await runReport(core, rest[0], args.options, input, base));
    case 'import-email':
    case 'import-eml':
      return answer(await runImportEmail(core, rest, args.options, base));
    case 'import-log':
      return answer(await runImportLog(core, rest, args.options, base));
    case 'import-people':
      return answer(await runImportPeople(core, rest, args.options, base));
    case 'demo':
      return answer(await core.callAsync('demo:load', {}));
    case 'retention':
      if (rest[0] !== 'list') throw new UsageError('retention list shows the incidents due for review');
      return runRetentionCommand(core, command, args.options, input, base);
    case 'erase':
    case 'hold':
    case 'release':
    case 'sar':
      return runRetentionCommand(core, command, args.options, input, base);
    default:
      return answer(await core.callAsync(rest[0] as (typeof OPERATIONS)[number], input));
  }
}

/** Every command but help, which the entry answers before this module (and the contract with it) is loaded. */
export async function run(args: CliArgs): Promise<Outcome> {
  const [command, ...rest] = args.command;
  if (command === undefined) throw new UsageError('Name a command');
  if (command === 'api' && rest[0] === 'list') return { exit: 0, stdout: operationSchemas() };
  if (!(command in COMMAND_OPTIONS)) throw new UsageError(`Unknown command "${command}"`);
  const allowed = COMMAND_OPTIONS[command]!;
  const stray = Object.keys(args.options).find((o) => !allowed.includes(o));
  if (stray) throw new UsageError(`Unknown option --${stray} for ${command}`);
  const base = process.env.INIT_CWD ?? process.cwd();
  if (command === 'lookalikes') return lookalikes(args, rest, base);
  if (args.db === null) throw new UsageError('Say which database with --db PATH');
  if (command === 'setup') return { exit: 0, stdout: await setupRegister({ ...args, db: args.db }) };
  if (command === 'api' && !isOperation(rest[0])) {
    throw new UsageError(rest[0] ? `Unknown operation "${rest[0]}"; "api list" shows them all` : 'Name an operation, or "list"');
  }
  if (command === 'api' && rest[1] !== undefined) {
    throw new UsageError(`The input for ${rest[0]} is refused on the command line, where ps, shell history and npm's log keep it: pipe it on stdin or give --input FILE`);
  }
  const input = (await readCommandInput(args.options.input, base, process.stdin, command === 'api')) ?? {};
  const core = await openForCommand({ ...args, db: args.db });
  try {
    return await runCommand(core, command, rest, input, args, base);
  } finally {
    await core.close();
  }
}
