import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { readPassword } from '../../electron/cli/password';

function fakeTerminal(isTTY: boolean) {
  const terminal = Object.assign(new EventEmitter(), { isTTY, setRawMode: vi.fn(), resume: vi.fn(), pause: vi.fn(), setEncoding: vi.fn() });
  return terminal as typeof terminal & NodeJS.ReadStream;
}

describe('readPassword', () => {
  it('takes CASEBOOK_PASSWORD, and removes it so child processes do not inherit it', async () => {
    const env: NodeJS.ProcessEnv = { CASEBOOK_PASSWORD: 'from the environment' };
    await expect(readPassword(env, fakeTerminal(false))).resolves.toBe('from the environment');
    expect(env.CASEBOOK_PASSWORD).toBeUndefined();
  });

  it('asks at a terminal in raw mode, echoing nothing typed, with backspace', async () => {
    const terminal = fakeTerminal(true);
    const written: string[] = [];
    const answer = readPassword({}, terminal, { write: (s: string) => (written.push(s), true) });
    terminal.emit('data', 'secrex');
    terminal.emit('data', '\u007ft\r');
    await expect(answer).resolves.toBe('secret');
    expect(terminal.setRawMode.mock.calls).toEqual([[true], [false]]);
    expect(written.join('')).toBe('Password: \n');
  });

  it('refuses to guess when there is neither a variable nor a terminal', () => {
    expect(() => readPassword({}, fakeTerminal(false))).toThrow(/CASEBOOK_PASSWORD/);
  });
});
