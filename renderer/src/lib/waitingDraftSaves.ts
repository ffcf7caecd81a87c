const waiting = new Set<() => Promise<unknown> | null>();

/** A form's draft save that is waiting for its debounce, so the lock can send it first; returns the way to unregister. */
export function holdWaitingSave(flush: () => Promise<unknown> | null): () => void {
  waiting.add(flush);
  return () => {
    waiting.delete(flush);
  };
}

/**
 * Sends at once every draft save still waiting for its debounce: called just before a lock, which then
 * clears the screen without waiting. Null when nothing was waiting. Best effort: a failed save is not an
 * error to show on the lock screen.
 */
export function flushWaitingSaves(): Promise<void> | null {
  const sent = [...waiting].map((flush) => flush()).filter((save) => save !== null);
  return sent.length === 0 ? null : Promise.all(sent.map((save) => save.catch(() => undefined))).then(() => undefined);
}
