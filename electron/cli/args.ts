import { isAbsolute, resolve } from 'node:path';

export class UsageError extends Error {
  override name = 'UsageError';
}

export type CliArgs = { command: string[]; db: string | null; actor: string | null; json: boolean };

/**
 * Splits argv into the command words and the options every command shares. A relative --db is resolved
 * against the caller's folder: npm runs scripts from the package root and keeps the caller's in INIT_CWD.
 */
export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): CliArgs {
  const command: string[] = [];
  let db: string | null = null;
  let actor: string | null = null;
  let json = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      i += 1;
      return next;
    };
    if (arg === '--db') db = value();
    else if (arg.startsWith('--db=')) db = arg.slice(5);
    else if (arg === '--actor') actor = value();
    else if (arg.startsWith('--actor=')) actor = arg.slice(8);
    else if (arg === '--json') json = true;
    else if (arg.startsWith('--')) throw new UsageError(`Unknown option ${arg}`);
    else command.push(arg);
  }
  const base = env.INIT_CWD ?? cwd;
  return { command, db: db === null ? null : isAbsolute(db) ? db : resolve(base, db), actor, json };
}

export const USAGE = `Usage: npm run -s casebook -- <command> --db PATH [--actor NAME]

Commands:
  api list                      every contract operation with its input JSON schema
  api <operation> '<json>'      run one operation (input as JSON; '{}' if omitted)
  demo                          load the demo incidents
  verify                        check SQLite integrity and the audit chain (exit 1 on any failure)

Results go to stdout as JSON; errors to stderr as {"error":{"code","message","issues"?}}.
Exit codes: 0 success, 1 the operation failed, 2 usage error.`;
