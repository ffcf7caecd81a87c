const waiting = new Set<() => Promise<unknown> | null>();
const inFlight = new Set<Promise<unknown>>();

/** A form's draft save that is waiting for its debounce, so the lock can send it first; returns the way to unregister. */
export function holdWaitingSave(flush: () => Promise<unknown> | null): () => void {
  waiting.add(flush);
  return () => {
    waiting.delete(flush);
  };
}

/** A draft save on its way to the core: the lock lets it land before it closes the register. */
export function trackDraftSave(save: Promise<unknown>): Promise<unknown> {
  const settled = save.catch(() => undefined);
  inFlight.add(settled);
  void settled.then(() => inFlight.delete(settled));
  return save;
}

/**
 * Sends at once every draft save still waiting for its debounce and gives the promise of all saves on
 * their way: called just before a lock, which clears the screen without waiting for it. Null when none.
 * Best effort: a failed save is not an error to show on the lock screen.
 */
export function flushWaitingSaves(): Promise<void> | null {
  for (const flush of waiting) {
    const save = flush();
    if (save) void trackDraftSave(save).catch(() => undefined);
  }
  return inFlight.size === 0 ? null : Promise.all(inFlight).then(() => undefined);
}
