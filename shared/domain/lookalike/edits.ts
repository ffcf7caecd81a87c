import type { TypoClass } from './classes';
import { areAdjacentKeys } from './keyboards';

/**
 * Names one slip — a character dropped, added, swapped with its neighbour or changed — that turns
 * `from` into `to`, in the words and typo class the fuzzers use; null unless exactly one such edit
 * (Damerau–Levenshtein distance 1) separates them. Lets the classifier explain a variant it never
 * generated ("army.mk": "adjacent key: l → k") instead of just calling it near.
 */
export function describeSingleEdit(from: string, to: string): { typoClass: TypoClass; detail: string } | null {
  const a = [...from];
  const b = [...to];
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (i === a.length) return null;
    if (a.slice(i + 1).join('') === b.slice(i + 1).join('')) return substitution(a[i]!, b[i]!);
    if (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2).join('') === b.slice(i + 2).join('')) {
      return { typoClass: 'transposition', detail: `letters swapped: '${a[i]}${a[i + 1]}' → '${b[i]}${b[i + 1]}'` };
    }
    return null;
  }
  if (a.length === b.length + 1 && a.slice(i + 1).join('') === b.slice(i).join('')) {
    return { typoClass: 'omission', detail: `the '${a[i]}' was omitted` };
  }
  if (b.length === a.length + 1 && a.slice(i).join('') === b.slice(i + 1).join('')) return addedAt(b, i);
  return null;
}

function substitution(x: string, y: string): { typoClass: TypoClass; detail: string } {
  if (areAdjacentKeys(x, y)) return { typoClass: 'replacement', detail: `adjacent key: ${x} → ${y}` };
  if ('aeiou'.includes(x) && 'aeiou'.includes(y)) return { typoClass: 'vowel-swap', detail: `vowel swapped: '${x}' → '${y}'` };
  const xor = x.charCodeAt(0) ^ y.charCodeAt(0);
  if (x.length === 1 && y.length === 1 && xor > 0 && xor < 256 && (xor & (xor - 1)) === 0) {
    return { typoClass: 'bitsquatting', detail: `bit flip: '${x}' → '${y}'` };
  }
  return { typoClass: 'replacement', detail: `letter changed: '${x}' → '${y}'` };
}

/** `b` is the original with `b[i]` added; the first differing index means a doubled letter lands at its second copy. */
function addedAt(b: string[], i: number): { typoClass: TypoClass; detail: string } {
  const c = b[i]!;
  if (c === b[i - 1] || c === b[i + 1]) return { typoClass: 'repetition', detail: `letter doubled: '${c}${c}'` };
  if (c === '-') return { typoClass: 'hyphenation', detail: 'hyphen inserted' };
  if (c === '.') return { typoClass: 'subdomain', detail: 'dot inserted' };
  if (i === b.length - 1) {
    if (c === 's') return { typoClass: 'plural', detail: `plural: 's' added` };
    return { typoClass: 'addition', detail: /[0-9]/.test(c) ? `a digit added: '${c}'` : `a letter added: '${c}'` };
  }
  const beside = [b[i - 1], b[i + 1]].find((n) => n !== undefined && areAdjacentKeys(n, c));
  if (beside) return { typoClass: 'insertion', detail: `adjacent key pressed as well: '${c}' beside '${beside}'` };
  return { typoClass: 'insertion', detail: `a letter inserted: '${c}'` };
}
