import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary, translations } from '@zxcvbn-ts/language-en';
import { AppError } from '../../../shared/contract/result';

export type PasswordAdvice = { score: number; acceptable: boolean; warning: string; suggestions: string[] };

/** zxcvbn's 3 ("safely unguessable: moderate protection from offline slow-hash attacks") and at least 12 characters. */
const MIN_SCORE = 3;
const MIN_LENGTH = 12;
/**
 * What the estimator sees: its work grows steeply with length (1,024 characters held the vault for seconds),
 * and a passphrase whose first 64 characters are strong is no weaker for going on.
 */
const JUDGED_LENGTH = 64;

let factory: ZxcvbnFactory | null = null;

/** Built on first use: loading the dictionaries takes a moment that most calls into the vault do not need. */
function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({ translations, graphs: adjacencyGraphs, dictionary: { ...commonDictionary, ...englishDictionary }, maxLength: JUDGED_LENGTH });
  return factory;
}

/** How strong a password is, judged also against the account's name and the app's own name. */
export function judgePassword(password: string, name = ''): PasswordAdvice {
  const result = zxcvbn().check(password, ['casebook', ...(name ? [name] : [])]);
  const suggestions = [...result.feedback.suggestions];
  if (password.length < MIN_LENGTH) suggestions.unshift(`Use at least ${MIN_LENGTH} characters; several unrelated words are easy to remember.`);
  const acceptable = result.score >= MIN_SCORE && password.length >= MIN_LENGTH;
  const warning = result.feedback.warning ?? (acceptable ? '' : 'This password would be too easy to guess.');
  return { score: result.score, acceptable, warning, suggestions };
}

/** Refuses a weak password, with zxcvbn's advice, beside the field that holds it. */
export function requireStrongPassword(password: string, name: string, field: string): void {
  const advice = judgePassword(password, name);
  if (advice.acceptable) return;
  const message = [advice.warning, ...advice.suggestions].filter(Boolean).join(' ');
  throw new AppError('INVALID_INPUT', `Choose a stronger password. ${message}`, [{ path: field, message }]);
}
