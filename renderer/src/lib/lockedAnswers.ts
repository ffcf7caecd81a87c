type Listener = () => void;
const listeners = new Set<Listener>();

/**
 * Any answer of LOCKED means the core has closed the register, even if its session:locked event never
 * arrived (a dropped event stream, a window opened before the lock): the screen must then be cleared too.
 */
export function onLockedAnswer(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportLockedAnswer(): void {
  for (const listener of listeners) listener();
}
