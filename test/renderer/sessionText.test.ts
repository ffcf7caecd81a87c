import { describe, expect, it } from 'vitest';

/** The session screens' sentences (loaded by a path tsc does not follow: the module sits in the renderer). */
type SessionText = {
  failedLoginsText(failed: { at: number; account: string }[]): string;
  retryText(ms: number): string;
  newPasswordProblem(password: string, confirmation: string, advice: unknown): string | null;
};
const path = '../../renderer/src/features/session/sessionText';
const text = (await import(/* @vite-ignore */ path)) as SessionText;

const ADVICE = (acceptable: boolean, warning = '') => ({ score: acceptable ? 4 : 1, acceptable, warning, suggestions: [] });

describe('the session screens’ sentences', () => {
  it('lists each failed attempt with its London time and the name typed', () => {
    const at = Date.UTC(2026, 10, 27, 14, 2);
    expect(
      text.failedLoginsText([
        { at, account: 'alex' },
        { at: at + 60_000, account: 'Alex Morgan' },
        { at: at + 120_000, account: 'admin' },
      ]),
    ).toBe('3 failed attempts since your last login: 27 Nov 2026 14:02 (as alex), 27 Nov 2026 14:03 (as Alex Morgan), 27 Nov 2026 14:04 (as admin).');
    expect(text.failedLoginsText([{ at, account: 'alex' }])).toMatch(/^1 failed attempt since/);
    expect(
      text.failedLoginsText([
        { at, account: 'Alex Morgan' },
        { at: at + 20_000, account: 'Alex Morgan' },
        { at: at + 40_000, account: 'admin' },
      ]),
    ).toBe('3 failed attempts since your last login: 27 Nov 2026 14:02 (as Alex Morgan, 2 times), 27 Nov 2026 14:02 (as admin).');
  });

  it('counts the back-off down in whole seconds', () => {
    expect(text.retryText(4200)).toBe('Too many wrong passwords. Try again in 5 seconds.');
    expect(text.retryText(900)).toBe('Too many wrong passwords. Try again in 1 second.');
  });

  it('refuses a new password the core judges weak, with its warning, or typed differently twice', () => {
    expect(text.newPasswordProblem('', '', null)).toBe('Enter a password');
    expect(text.newPasswordProblem('password1', 'password1', ADVICE(false, 'This is a commonly used password.'))).toMatch(/^Too easy to guess/);
    expect(text.newPasswordProblem('violet tram ledger 42', 'violet tram ledger', ADVICE(true))).toMatch(/differ/);
    expect(text.newPasswordProblem('violet tram ledger 42', 'violet tram ledger 42', ADVICE(true))).toBeNull();
  });
});
