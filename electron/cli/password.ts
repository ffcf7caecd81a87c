import { UsageError } from './args';

type Terminal = Pick<NodeJS.ReadStream, 'isTTY' | 'setRawMode' | 'on' | 'off' | 'resume' | 'pause' | 'setEncoding'>;

/**
 * The account's password (a login, or setup's new administrator): from CASEBOOK_PASSWORD (automation, CI), or typed
 * at a prompt that echoes nothing. Never from argv, which other users of the machine can read (ps) and
 * shells keep in their history. The variable is removed once read, so child processes do not inherit it.
 */
export function readPassword(env: NodeJS.ProcessEnv, input: Terminal = process.stdin, output: Pick<NodeJS.WriteStream, 'write'> = process.stderr): Promise<string> {
  const fromEnv = env.CASEBOOK_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== '') {
    delete env.CASEBOOK_PASSWORD;
    return Promise.resolve(fromEnv);
  }
  if (!input.isTTY) {
    throw new UsageError('The account needs its password: set CASEBOOK_PASSWORD, or run the command in a terminal to be asked for it');
  }
  return prompt(input, output, 'Password: ');
}

/**
 * The password an account chooses at its first login (the one it was given works once): from
 * CASEBOOK_NEW_PASSWORD, or typed twice at a prompt that echoes nothing. Removed from the environment once read.
 */
export async function readNewPassword(
  env: NodeJS.ProcessEnv,
  input: Terminal = process.stdin,
  output: Pick<NodeJS.WriteStream, 'write'> = process.stderr,
): Promise<string> {
  const fromEnv = env.CASEBOOK_NEW_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== '') {
    delete env.CASEBOOK_NEW_PASSWORD;
    return fromEnv;
  }
  if (!input.isTTY) {
    throw new UsageError('This is the account’s first login: set CASEBOOK_NEW_PASSWORD to the password it chooses, or run the command in a terminal to be asked for it');
  }
  const chosen = await prompt(input, output, 'First login: choose your own password: ');
  if ((await prompt(input, output, 'Type it again: ')) !== chosen) throw new UsageError('The two passwords differ. Nothing was changed.');
  return chosen;
}

/** Reads a line in raw mode, so nothing typed is shown; Ctrl-C cancels. */
function prompt(input: Terminal, output: Pick<NodeJS.WriteStream, 'write'>, label: string): Promise<string> {
  output.write(label);
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (error: Error | null) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish(null);
        if (char === '\u0003') return finish(new UsageError('Cancelled'));
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    input.setEncoding('utf8');
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
  });
}
