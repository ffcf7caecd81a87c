import { formatUkDateTime } from '../../../../shared/time/ukTime';

type FailedLogin = { at: number; account: string };

/**
 * The one-time notice after logging in: "3 failed attempts since your last login: 27 Nov 2026 14:02
 * (as alex), …". Each attempt names the account that was typed, which may not be this one.
 */
export function failedLoginsText(failed: readonly FailedLogin[]): string {
  const count = failed.length === 1 ? '1 failed attempt' : `${failed.length} failed attempts`;
  // Attempts in the same minute under the same name are one line, counted: a burst of guesses reads as one.
  const groups: { when: string; account: string; times: number }[] = [];
  for (const f of failed) {
    const when = formatUkDateTime(f.at);
    const last = groups.at(-1);
    if (last && last.when === when && last.account === f.account) last.times += 1;
    else groups.push({ when, account: f.account, times: 1 });
  }
  const list = groups.map((g) => `${g.when} (as ${g.account}${g.times > 1 ? `, ${g.times} times` : ''})`).join(', ');
  return `${count} since your last login: ${list}.`;
}

/** The back-off, counted down in whole seconds: "Try again in 4 seconds". */
export function retryText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `Too many wrong passwords. Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`;
}

type Advice = { score: number; acceptable: boolean; warning: string; suggestions: string[] };

/** Why a new password cannot be used yet, or null when it can. */
export function newPasswordProblem(password: string, confirmation: string, advice: Advice | null): string | null {
  if (password === '') return 'Enter a password';
  // The advice itself is shown under the field; the error only says why the form stopped.
  if (advice && !advice.acceptable) return 'Too easy to guess: choose a stronger password, following the advice below.';
  if (confirmation !== password) return 'The two passwords differ. Type the same password twice.';
  return null;
}

export const STRENGTH_LABELS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;
