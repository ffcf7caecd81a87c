import { CoreEventSchema, type CoreEvent } from '../../../shared/contract/events';
import { transport } from './transport';

type Listener = (event: CoreEvent) => void;
const listeners = new Set<Listener>();
let stop: (() => void) | null = null;

/**
 * The core's events (job progress, job finished, data changed). One subscription to the transport is shared
 * by every listener and closed when the last one leaves; anything that is not a CoreEvent is dropped.
 */
export function subscribeToCoreEvents(listener: Listener): () => void {
  listeners.add(listener);
  stop ??= transport.onEvent(deliver);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && stop) {
      stop();
      stop = null;
    }
  };
}

function deliver(value: unknown): void {
  const parsed = CoreEventSchema.safeParse(value);
  if (!parsed.success) return;
  for (const listener of listeners) listener(parsed.data);
}
