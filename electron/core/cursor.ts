import { AppError } from '../../shared/contract/result';

/** A keyset position: the sort value of the last row shown and its row number (the tie-breaker). */
export type Keyset = { value: string | number; seq: number };

/** Cursors are opaque to callers: base64url of the keyset, so the UI cannot depend on their shape. */
export function encodeCursor(keyset: Keyset): string {
  return Buffer.from(JSON.stringify([keyset.value, keyset.seq])).toString('base64url');
}

export function decodeCursor(cursor: string | null): Keyset | null {
  if (cursor === null) return null;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parsed) && parsed.length === 2 && (typeof parsed[0] === 'string' || typeof parsed[0] === 'number') && Number.isInteger(parsed[1])) {
      return { value: parsed[0], seq: parsed[1] as number };
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError('INVALID_INPUT', 'The page position is not valid: reload the list and try again.', [{ path: 'cursor', message: 'Not a cursor this list returned' }]);
}

/** Returns one page and the cursor after it, having fetched one row more than the page to know if more follow. */
export function pageOf<R, T>(rows: R[], limit: number, keyset: (row: R) => Keyset, map: (row: R) => T) {
  const hasMore = rows.length > limit;
  const shown = hasMore ? rows.slice(0, limit) : rows;
  const last = shown.at(-1);
  return {
    items: shown.map(map),
    nextCursor: hasMore && last !== undefined ? encodeCursor(keyset(last)) : null,
  };
}
