import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { UsageError } from './args';

type Stdin = Pick<NodeJS.ReadStream, 'isTTY'> & AsyncIterable<Buffer | string>;

/**
 * Register content (names, health details, free text) never travels in argv: `ps`, shell history and
 * npm's debug log all keep the command line. A command's input comes as JSON from `--input FILE`, or
 * from stdin (`--input -`, or piped to `api`), read to its end.
 */
export async function readCommandInput(option: string | true | undefined, base: string, stdin: Stdin = process.stdin, stdinByDefault = false): Promise<unknown> {
  if (typeof option === 'string' && option !== '-') {
    const file = isAbsolute(option) ? option : resolve(base, option);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new UsageError(`--input ${option}: no such file can be read`);
    }
    return parseJson(text, `--input ${option}`);
  }
  if (option === '-' || (stdinByDefault && !stdin.isTTY)) return parseJson(await readAll(stdin), 'the input on stdin');
  return undefined;
}

async function readAll(stdin: Stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** JSON, or a usage error naming the source and the line and column at fault. Empty input is `{}`. */
function parseJson(text: string, source: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
    if (!position) throw new UsageError(`${source} is not valid JSON`);
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    throw new UsageError(`${source} is not valid JSON (line ${line}, column ${column})`);
  }
}
