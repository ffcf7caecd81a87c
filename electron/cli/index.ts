import { AppError } from '../../shared/contract/result';
import { parseArgs, USAGE, UsageError } from './args';
import type { Outcome } from './commands';

/**
 * `help` is answered from here; every other command loads ./commands first. Building the contract's
 * schemas (zod) is most of the command line's start, and the usage needs none of them.
 */
async function run(argv: readonly string[]): Promise<Outcome> {
  const args = parseArgs(argv, process.env, process.cwd());
  if (args.command[0] === 'help') return { exit: 0, stderr: USAGE };
  return (await import('./commands')).run(args);
}

async function main(): Promise<void> {
  // A reader that stops early (`casebook api … | head -c 10`) closes the pipe: the rest of the answer is
  // not wanted, which is not a failure. Any other write error still ends the command loudly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
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
