import type { TypoClass } from './classes';
import { adjacentKeys } from './keyboards';
import { describeGlyph, lookalikesOf, toCyrillic } from './glyphs';

/** One mistyped spelling of a name or suffix, with what was done to it in words. */
export interface Variant {
  text: string;
  typoClass: TypoClass;
  detail: string;
}

const VOWELS = 'aeiou';
const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789';
const HOSTNAME_CHARS = new Set('abcdefghijklmnopqrstuvwxyz0123456789-');
/**
 * A second homoglyph pass (two swaps, as dnstwist does) multiplies the first pass by itself, so it runs
 * only while the first gave at most this many spellings — a name of up to about ten letters. Longer
 * names would list tens of thousands; the classifier's skeleton check catches any number of swaps anyway.
 */
const SECOND_HOMOGLYPH_PASS_MAX_INPUT = 150;

/** Repeats of one letter swapped together at most (see homoglyphPass). */
const MAX_RUN = 3;

const isLetterOrDigit = (c: string | undefined) => c !== undefined && /[a-z0-9]/.test(c);

function* omission(t: string): Generator<Variant> {
  for (let i = 0; i < t.length; i++) {
    yield { text: t.slice(0, i) + t.slice(i + 1), typoClass: 'omission', detail: `the '${t[i]}' was omitted` };
  }
}

function* transposition(t: string): Generator<Variant> {
  for (let i = 0; i < t.length - 1; i++) {
    const pair = t.slice(i, i + 2);
    if (pair[0] === pair[1]) continue;
    const swapped = pair[1]! + pair[0]!;
    yield { text: t.slice(0, i) + swapped + t.slice(i + 2), typoClass: 'transposition', detail: `letters swapped: '${pair}' → '${swapped}'` };
  }
}

function* replacement(t: string): Generator<Variant> {
  for (let i = 0; i < t.length; i++) {
    for (const key of adjacentKeys(t[i]!)) {
      yield { text: t.slice(0, i) + key + t.slice(i + 1), typoClass: 'replacement', detail: `adjacent key: ${t[i]} → ${key}` };
    }
  }
}

function* repetition(t: string): Generator<Variant> {
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (!isLetterOrDigit(c)) continue;
    yield { text: t.slice(0, i) + c + t.slice(i), typoClass: 'repetition', detail: `letter doubled: '${c}${c}'` };
  }
}

function* insertion(t: string): Generator<Variant> {
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    for (const key of adjacentKeys(c)) {
      const detail = `adjacent key pressed as well: '${key}' beside '${c}'`;
      yield { text: t.slice(0, i) + key + t.slice(i), typoClass: 'insertion', detail };
      yield { text: t.slice(0, i + 1) + key + t.slice(i + 1), typoClass: 'insertion', detail };
    }
  }
}

function* vowelSwap(t: string): Generator<Variant> {
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (!VOWELS.includes(c)) continue;
    for (const v of VOWELS) {
      if (v !== c) yield { text: t.slice(0, i) + v + t.slice(i + 1), typoClass: 'vowel-swap', detail: `vowel swapped: '${c}' → '${v}'` };
    }
  }
}

/** A character typed after the name, or after any hyphen-separated part of it. */
function* addition(t: string): Generator<Variant> {
  const ends = [...t.matchAll(/-/g)].map((m) => m.index).concat(t.length);
  for (const end of ends) {
    for (const c of ALPHANUMERIC) {
      const detail = /[0-9]/.test(c) ? `a digit added: '${c}'` : `a letter added: '${c}'`;
      yield { text: t.slice(0, end) + c + t.slice(end), typoClass: 'addition', detail };
    }
  }
}

function* plural(t: string): Generator<Variant> {
  yield { text: `${t}s`, typoClass: 'plural', detail: `plural: 's' added` };
  if (/(s|x|z|ch|sh)$/.test(t)) yield { text: `${t}es`, typoClass: 'plural', detail: `plural: 'es' added` };
}

function* hyphenation(t: string): Generator<Variant> {
  for (let i = 1; i < t.length; i++) {
    yield { text: `${t.slice(0, i)}-${t.slice(i)}`, typoClass: 'hyphenation', detail: `hyphen inserted after '${t.slice(0, i)}'` };
  }
}

function* subdomain(t: string): Generator<Variant> {
  for (let i = 1; i < t.length; i++) {
    if (!isLetterOrDigit(t[i - 1]) || !isLetterOrDigit(t[i])) continue;
    const text = `${t.slice(0, i)}.${t.slice(i)}`;
    yield { text, typoClass: 'subdomain', detail: `dot inserted: '${text}'` };
  }
}

/** A single flipped bit in memory or on the wire, as long as the result is still a hostname character. */
function* bitsquatting(t: string): Generator<Variant> {
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    for (let bit = 0; bit < 8; bit++) {
      const flipped = String.fromCharCode(c.charCodeAt(0) ^ (1 << bit));
      if (HOSTNAME_CHARS.has(flipped)) {
        yield { text: t.slice(0, i) + flipped + t.slice(i + 1), typoClass: 'bitsquatting', detail: `bit flip: '${c}' → '${flipped}'` };
      }
    }
  }
}

function* cyrillic(t: string): Generator<Variant> {
  const text = toCyrillic(t);
  if (text) yield { text, typoClass: 'cyrillic', detail: 'every letter written in Cyrillic' };
}

interface Swapped {
  text: string;
  swaps: string[];
}

/**
 * One homoglyph pass: for each character, each of its look-alikes replaces any unbroken run of up to
 * three of that character's occurrences (so 'google' yields 'gοogle', 'goοgle' and 'gοοgle'); longer
 * runs would grow with the square of the repeats and are left to the classifier's skeleton check.
 */
function homoglyphPass(from: Swapped): Swapped[] {
  const out: Swapped[] = [];
  const chars = [...from.text];
  for (const c of new Set(chars)) {
    const glyphs = lookalikesOf(c);
    if (glyphs.length === 0) continue;
    const positions = chars.flatMap((x, i) => (x === c ? [i] : []));
    for (let first = 0; first < positions.length; first++) {
      for (let last = first; last < Math.min(positions.length, first + MAX_RUN); last++) {
        const run = new Set(positions.slice(first, last + 1));
        for (const glyph of glyphs) {
          const text = chars.map((x, i) => (run.has(i) ? glyph : x)).join('');
          out.push({ text, swaps: [...from.swaps, `${describeGlyph(glyph)} for '${c}'`] });
        }
      }
    }
  }
  return out;
}

function* homoglyph(t: string): Generator<Variant> {
  const first = homoglyphPass({ text: t, swaps: [] });
  const passes = first.length <= SECOND_HOMOGLYPH_PASS_MAX_INPUT ? [first, first.flatMap(homoglyphPass)] : [first];
  for (const pass of passes) {
    for (const { text, swaps } of pass) yield { text, typoClass: 'homoglyph', detail: `homoglyph: ${swaps.join(' and ')}` };
  }
}

/**
 * Every fuzzer, in the order their explanations are preferred when two produce the same spelling:
 * the plainest slip of the hand first ('armu' is an adjacent key before it is a bit flip).
 */
const FUZZERS: readonly ((t: string) => Iterable<Variant>)[] = [
  omission,
  transposition,
  replacement,
  repetition,
  insertion,
  vowelSwap,
  addition,
  plural,
  hyphenation,
  subdomain,
  bitsquatting,
  cyrillic,
  homoglyph,
];

/** All typo spellings of `text` (a name such as 'army' or a suffix such as 'gov.uk'), first explanation first. */
export function* fuzz(text: string): Generator<Variant> {
  for (const fuzzer of FUZZERS) yield* fuzzer(text);
}
