import type { KeyFile } from './keyFile';

/** Wrong passwords allowed in a row before attempts slow down. */
const FREE_ATTEMPTS = 3;
const MAX_WAIT_MS = 5 * 60 * 1000;

/**
 * How long until the next login attempt is taken: after 3 wrong passwords in a row, 2^(n-3) seconds from
 * the last one, up to 5 minutes. The vault answers with the wait instead of sleeping, so a lock screen
 * stays responsive and tests can use a clock of their own.
 */
export function retryAfterMs(keyFile: Pick<KeyFile, 'failuresInARow' | 'failedLogins'>, now: number): number {
  const n = keyFile.failuresInARow;
  const last = keyFile.failedLogins.at(-1);
  if (n < FREE_ATTEMPTS || !last) return 0;
  const wait = Math.min(2 ** (n - FREE_ATTEMPTS) * 1000, MAX_WAIT_MS);
  return Math.max(0, last.at + wait - now);
}
