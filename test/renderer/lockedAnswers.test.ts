// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

/** Any LOCKED answer tells the session to clear the screen (loaded by paths tsc does not follow: no DOM library). */
type Call = (operation: string, input: unknown) => Promise<unknown>;
let call: Call;
let onLockedAnswer: (listener: () => void) => () => void;

beforeAll(async () => {
  const api = '../../renderer/src/lib/api';
  const answers = '../../renderer/src/lib/lockedAnswers';
  ({ call } = (await import(/* @vite-ignore */ api)) as { call: Call });
  ({ onLockedAnswer } = (await import(/* @vite-ignore */ answers)) as { onLockedAnswer: typeof onLockedAnswer });
});

afterEach(() => vi.unstubAllGlobals());

const answering = (error: { code: string; message: string }) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify({ ok: false, error }), { status: 200 })),
  );

describe('answers of LOCKED', () => {
  it('are reported to whoever watches the session, and still thrown to the caller', async () => {
    const locked = vi.fn();
    const stop = onLockedAnswer(locked);
    answering({ code: 'LOCKED', message: 'Casebook is locked. Log in to continue.' });
    await expect(call('incidents:list', {})).rejects.toMatchObject({ code: 'LOCKED' });
    expect(locked).toHaveBeenCalledTimes(1);

    answering({ code: 'FORBIDDEN', message: 'Your account (reviewer) may not do this.' });
    await expect(call('incidents:update', {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(locked).toHaveBeenCalledTimes(1);

    stop();
    answering({ code: 'LOCKED', message: 'Casebook is locked. Log in to continue.' });
    await expect(call('incidents:list', {})).rejects.toMatchObject({ code: 'LOCKED' });
    expect(locked).toHaveBeenCalledTimes(1);
  });
});
