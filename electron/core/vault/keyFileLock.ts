import { closeSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { AppError } from '../../../shared/contract/result';
import { readKeyFile, writeKeyFile, type AnyKeyFile } from './keyFile';

/** How long a writer waits for another process's turn before giving up. */
const WAIT_MS = 20_000;
/** A lock older than this was left by a process that died mid-turn: no turn takes a minute. */
const STALE_MS = 60_000;
const POLL_MS = 20;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs `work` while holding the key file's lock (`<keys>.lock`, created exclusively), so processes that
 * read, judge and rewrite the key file take turns: twelve wrong passwords sent at once from twelve
 * processes are twelve recorded failures and the back-off applies to them, not one failure recorded
 * and eleven guesses for free. The wait is synchronous because the vault's operations are; it runs in
 * the core's worker, never on a window's thread.
 */
export function withKeyFileLock<T>(keyFilePath: string, work: () => T): T {
  const lockPath = `${keyFilePath}.lock`;
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    if (tryCreate(lockPath)) break;
    if (isStale(lockPath)) {
      removeStale(lockPath);
      continue;
    }
    if (Date.now() > deadline)
      throw new AppError('CONFLICT', 'Another Casebook process is busy with this register’s accounts. Nothing was changed; try again in a moment.');
    Atomics.wait(sleeper, 0, 0, POLL_MS);
  }
  try {
    return work();
  } finally {
    rmSync(lockPath, { force: true });
  }
}

/** Reads the key file as it is now and writes `change` of it, in one turn of the lock. */
export function updateKeyFile<F extends AnyKeyFile>(keyFilePath: string, change: (current: AnyKeyFile) => F): F {
  return withKeyFileLock(keyFilePath, () => {
    const current = readKeyFile(keyFilePath);
    if (!current) throw new AppError('NOT_FOUND', 'Casebook has not been set up yet: create the first administrator.');
    const next = change(current);
    writeKeyFile(keyFilePath, next);
    return next;
  });
}

function tryCreate(lockPath: string): boolean {
  let fd: number;
  try {
    fd = openSync(lockPath, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify({ pid: process.pid, at: Date.now() }));
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Left by a process that no longer runs, or older than any turn takes. A lock still being written is not stale. */
function isStale(lockPath: string): boolean {
  try {
    const { pid, at } = JSON.parse(readFileSync(lockPath, 'utf8')) as { pid: number; at: number };
    if (Date.now() - at > STALE_MS) return true;
    process.kill(pid, 0);
    return false;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return true;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    try {
      return Date.now() - statSync(lockPath).mtimeMs > STALE_MS;
    } catch {
      return false;
    }
  }
}

/** Moved aside before removal, so of two processes that both found it stale only one removes it. */
function removeStale(lockPath: string): void {
  const aside = `${lockPath}.stale-${process.pid}-${Date.now()}`;
  try {
    renameSync(lockPath, aside);
  } catch {
    return;
  }
  rmSync(aside, { force: true });
}
