import type { BrowserWindow } from 'electron';
import { EVENT_CHANNEL } from '../../shared/contract/shell';
import type { CoreClient } from '../core/host/coreClient';

/**
 * Forwards the core's events (job progress, job finished, data changed) to the window over the one
 * channel the preload subscribes to. Events carry counts and ids, never record content.
 */
export function forwardCoreEvents(events: CoreClient['events'], window: () => BrowserWindow | undefined): () => void {
  return events.subscribe((event) => {
    const target = window();
    if (target && !target.isDestroyed()) target.webContents.send(EVENT_CHANNEL, event);
  });
}
