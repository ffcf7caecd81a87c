import { CoreEventSchema, type CoreEvent } from '../../../shared/contract/events';
import { harnessToken } from './harnessToken';

type Listener = (event: CoreEvent) => void;
const listeners = new Set<Listener>();
let stop: (() => void) | null = null;

/**
 * The core's events (job progress, job finished, data changed), over the one transport there is: the
 * preload's subscription inside Electron, server-sent events from the harness otherwise. One connection
 * is shared by every subscriber and closed when the last one leaves.
 */
export function subscribeToCoreEvents(listener: Listener): () => void {
  listeners.add(listener);
  stop ??= connect();
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

function connect(): () => void {
  const bridge = window.casebook;
  if (bridge) return bridge.onEvent(deliver);
  const source = new EventSource(`/events?token=${encodeURIComponent(harnessToken())}`);
  source.onmessage = (message: MessageEvent<string>) => {
    try {
      deliver(JSON.parse(message.data));
    } catch {
      // A malformed frame is dropped; the next progress event supersedes it.
    }
  };
  return () => source.close();
}
