import type { CoreEvent } from '../../../shared/contract/events';

/**
 * Events from the core to whoever shows it (docs/architecture.md#jobs-events-and-file-handles): the shell forwards them over one
 * preload subscription, the harness as server-sent events, the CLI prints progress.
 */
export type EventBus = {
  emit(event: CoreEvent): void;
  subscribe(listener: (event: CoreEvent) => void): () => void;
};

export function createEventBus(): EventBus {
  const listeners = new Set<(event: CoreEvent) => void>();
  return {
    emit(event) {
      for (const listener of listeners) {
        try {
          listener(event);
        } catch {
          // A listener that fails (a closed window, a dropped stream) must not stop the others or the job.
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
