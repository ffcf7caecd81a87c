import { describe, expect, it } from 'vitest';

/** The saves a lock sends first (loaded by a path tsc does not follow: the module sits in the renderer). */
type Waiting = {
  holdWaitingSave(flush: () => Promise<unknown> | null): () => void;
  trackDraftSave(save: Promise<unknown>): Promise<unknown>;
  flushWaitingSaves(): Promise<void> | null;
};
const path = '../../renderer/src/lib/waitingDraftSaves';
const waiting = (await import(/* @vite-ignore */ path)) as Waiting;

describe('draft saves before a lock', () => {
  it('answers null when nothing is waiting or on its way, so the lock goes at once', () => {
    const release = waiting.holdWaitingSave(() => null);
    expect(waiting.flushWaitingSaves()).toBeNull();
    release();
  });

  it('sends every waiting save and waits for it, and for saves already on their way, even one that fails', async () => {
    const sent: string[] = [];
    let land: () => void = () => undefined;
    const release = waiting.holdWaitingSave(() => {
      sent.push('note');
      return waiting.trackDraftSave(new Promise<void>((resolve) => (land = resolve)));
    });
    void waiting.trackDraftSave(Promise.reject(new Error('LOCKED'))).catch(() => undefined);
    let isDone = false;
    const flushing = waiting.flushWaitingSaves()!.then(() => (isDone = true));
    expect(sent).toEqual(['note']);
    await Promise.resolve();
    expect(isDone).toBe(false);
    land();
    await flushing;
    expect(isDone).toBe(true);
    release();
  });
});
