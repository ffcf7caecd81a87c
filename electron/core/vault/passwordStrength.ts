import { createRequire } from 'node:module';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
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

/**
 * Loaded and built on first use: the dictionaries are decompressed when their modules load (about 0.3 s
 * here), which every start of the core's worker paid, though only setting a password needs them.
 */
function zxcvbn(): ZxcvbnFactory {
  if (factory) return factory;
  const load = createRequire(__filename);
  const { ZxcvbnFactory: Factory } = load('@zxcvbn-ts/core') as typeof import('@zxcvbn-ts/core');
  const common = load('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
  const english = load('@zxcvbn-ts/language-en') as typeof import('@zxcvbn-ts/language-en');
  factory = new Factory({
    translations: english.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...english.dictionary },
    maxLength: JUDGED_LENGTH,
  });
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
