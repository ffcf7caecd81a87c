import { userInfo } from 'node:os';
import { z } from 'zod';
import { contract } from '../../shared/contract';
import { isOperation, OPERATIONS } from '../../shared/contract/operationNames';
import type { AccountRole } from '../../shared/contract/accounts';
import { mayCall } from '../../shared/contract/access';
import { AppError, type CasebookError } from '../../shared/contract/result';
import { createCore, type Core } from '../core/api';
import { officerName } from '../core/context';
import { closeDatabase, openDatabase, rawKeyText, type Db } from '../core/db/openDatabase';
import { migrate } from '../core/db/migrate';
import { backupDirBeside, openCasebook } from '../core/openCasebook';
import { recordVerifiedBackup } from '../core/vault/backupHandlers';
import { keyFileBeside, readKeyFile } from '../core/vault/keyFile';
import { recordLogin, unlockRegister } from '../core/vault/unlock';
import { readSecurity } from '../core/vault/vaultSettings';
import { parseArgs, USAGE, UsageError, type CliArgs } from './args';
import { runBackup, runRestore } from './backupCommands';
import { runImportEml, runImportLog, runLookalikes } from './emailCommands';
import { readPassword } from './password';
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
  backup: [],
  restore: [],
};

/** The open register, the core acting as whoever runs the command, and the key (for backups) if encrypted. */
type Opened = { db: Db; core: Core; key: string | null; keyFilePath: string | null; actor: string; role: AccountRole | null };

/**
 * A register with a key file is opened as the app opens it: the account's password unwraps the key (with the
 * same back-off and failure record), the login is audited, and the account's role applies. Without a key
 * file, the register opens unencrypted as it always has (tests, automation, the harness's default).
 */
async function openForCommand(args: CliArgs & { db: string }): Promise<Opened> {
  const keyFilePath = keyFileBeside(args.db);
  if (readKeyFile(keyFilePath) === null) {
    const db = openCasebook(args.db, { backupDir: backupDirBeside(args.db) });
    const actor = args.actor ?? officerName(db) ?? userInfo().username;
    return { db, core: createCore(db, { actor: () => actor }), key: null, keyFilePath: null, actor, role: null };
  }
  if (args.account === null) throw new UsageError('This register has accounts: name yours with --account NAME');
  if (args.actor !== null) throw new UsageError('--actor does not apply to a register with accounts: writes are attributed to --account');
  const password = await readPassword(process.env);
  const unlocked = unlockRegister({ file: args.db, backupDir: backupDirBeside(args.db), now: Date.now }, keyFilePath, args.account, password);
  const { slot } = unlocked;
  const core = createCore(unlocked.db, { role: slot.role, actor: () => slot.name });
  recordLogin(core.context, keyFilePath, unlocked, 'command line');
  return { db: unlocked.db, core, key: rawKeyText(unlocked.key), keyFilePath, actor: slot.name, role: slot.role };
}

/** backup and restore are administrators' work in the app; the CLI holds an account to the same rule. */
function requireAdministrator(opened: Opened): void {
  if (opened.role !== null && !mayCall(opened.role, 'backups:create', readSecurity(opened.db))) {
    throw new AppError('FORBIDDEN', 'Only an administrator may back up or restore the register.');
  }
}

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
  const opened = await openForCommand({ ...args, db: args.db });
  const { db, core } = opened;
  let closed = false;
  try {
    if (command === 'verify') {
      const report = verifyDatabase(db);
      return { exit: report.ok ? 0 : 1, stdout: report };
    }
    if (command === 'backup') {
      requireAdministrator(opened);
      const backup = runBackup(db, opened.key, opened.keyFilePath, rest[0], base);
      if (backup.ok) recordVerifiedBackup(core.context, opened.actor, backup.value);
      return backup.ok ? { exit: 0, stdout: backup.value } : { exit: 1, stderr: backup.error };
    }
    if (command === 'restore') {
      requireAdministrator(opened);
      // The register is closed before its file is replaced.
      closeDatabase(db);
      closed = true;
      const restored = runRestore(args.db, opened.key, opened.keyFilePath, rest[0], base);
      return restored.ok ? { exit: 0, stdout: restored.value } : { exit: 1, stderr: restored.error };
    }
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
    if (!closed) closeDatabase(db);
  }
}

async function main(): Promise<void> {
  let outcome: Outcome;
  try {
    outcome = await run(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      outcome = { exit: 2, stderr: { code: 'INVALID_INPUT', message: `${error.message}\n\n${USAGE}` } };
    } else if (error instanceof AppError) {
      // A refused login, a damaged key file or register: an answer with its code, like any failed operation.
      outcome = { exit: 1, stderr: { code: error.code, message: error.message } };
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
