/**
 * Removing other people's identifiers from free text before it is written for outsiders (letters, the ICO
 * draft): docs/architecture.md#security-defaults, DOMAIN.md §9. Officers type names, numbers and addresses
 * as people really write them, so matching is on a folded copy of the text (NFKD, case-folded, accents
 * dropped) and on the shape of each identifier, not on the string as stored on the party.
 */

/** Whose identifiers are withheld, and what replaces their name. A `name` of null is not withheld (an organisation is not a person). */
export type Withheld = { name: string | null; email: string; phone: string; marker: string };

/** What replaces a withheld email address or telephone number. */
export const CONTACT_MARKER = '[contact details removed]';

/**
 * Surnames that are also ordinary English words. Alone they are far more often the word than the person
 * ("in May", "will be", "brown envelope"), so they are withheld only beside a first name or an initial.
 */
export const ORDINARY_WORD_SURNAMES: ReadonlySet<string> = new Set(
  (
    'may will hope brown white green black grey gray young long short small little hill wood woods wells hall rose bell best rich bird fox king lord day ' +
    'frost snow rain march mark page price post hunt head law love moon stone field lane park bush case cross house lamb low good just bond sharp strong ' +
    'moss reed wise free cash bright early late parish chance gold silver sterling fair hart lock box mills rivers banks wall waters ward marsh baker cook'
  ).split(' '),
);

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';
/** Between the words of a name: any spaces or line breaks, a comma ("OKAFOR, Grace") or a full stop after an initial. */
const NAME_GAP = '[\\s,.]+';
const AT = '(?:\\s*@\\s*|\\s*[\\[({<]\\s*at\\s*[\\])}>]\\s*|\\s+at\\s+)';
const DOT = '(?:\\s*\\.\\s*|\\s*[\\[({<]\\s*dot\\s*[\\])}>]\\s*|\\s+dot\\s+)';
const PHONE_GAP = '[\\s().\\-/]*';
/** A UK number written in international form (+44, 0044, with or without "(0)") or with its trunk 0. */
const PHONE_PREFIX = `(?:(?:\\+\\s*|00\\s*)44${PHONE_GAP}(?:0${PHONE_GAP})?|\\(?0${PHONE_GAP})?`;
/** Fewer digits than this are too likely to be some other number (a count, a date) to withhold by shape. */
const MIN_PHONE_DIGITS = 6;

/** Patterns are compiled with the u flag, which refuses needless escapes ("\\-"), so only syntax characters are escaped. */
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function fold(ch: string): string {
  return ch.normalize('NFKD').toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘ʼ]/g, "'");
}

/** The folded text, with where each of its code units came from in the original, so a match maps back to what the officer wrote. */
function folded(text: string): { text: string; from: number[]; to: number[] } {
  let out = '';
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  for (const ch of text) {
    const f = fold(ch);
    for (let k = 0; k < f.length; k++) {
      from.push(at);
      to.push(at + ch.length);
    }
    out += f;
    at += ch.length;
  }
  return { text: out, from, to };
}

const nameTokens = (name: string) => [...folded(name).text.matchAll(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu)].map((m) => m[0]);

/** Every way a name is written: in order or surname first, with initials for either part, and the surname alone unless it is an ordinary word. */
function namePatterns(name: string): string[] {
  const tokens = nameTokens(name).map(escapeRegExp);
  if (tokens.length === 0) return [];
  const surname = tokens[tokens.length - 1]!;
  const alone = ORDINARY_WORD_SURNAMES.has(surname) ? [] : [surname];
  if (tokens.length === 1) return alone;
  const given = tokens.slice(0, -1);
  const initialOf = (t: string) => `${t[0]}\\.?`;
  const forms = [tokens.join(NAME_GAP), [surname, ...given].join(NAME_GAP)];
  for (const g of given) {
    forms.push(
      [g, surname].join(NAME_GAP),
      [surname, g].join(NAME_GAP),
      [initialOf(g), surname].join(NAME_GAP),
      [surname, initialOf(g)].join(NAME_GAP),
      [g, initialOf(surname)].join(NAME_GAP),
    );
  }
  // The surname alone comes last: the forms are tried in order at each place, and a longer form must win.
  return [...forms, ...alone];
}

/** The address with its "@" and dots written out or bracketed as well as plain ("name at example dot gov dot uk"). */
function emailPattern(email: string): string | null {
  const f = folded(email.trim()).text;
  const at = f.lastIndexOf('@');
  if (at < 1 || at === f.length - 1) return null;
  const dotted = (part: string) => part.split('.').map(escapeRegExp).join(DOT);
  return `${dotted(f.slice(0, at))}${AT}${dotted(f.slice(at + 1))}`;
}

/** The number's significant digits (without +44, 0044 or the trunk 0), matched whatever spaces, dashes or brackets are written between them. */
function phonePattern(phone: string): string | null {
  let digits = phone.replace(/\D/g, '');
  if (digits.startsWith('0044')) digits = digits.slice(4);
  else if (/^\s*\+\s*44/.test(phone)) digits = digits.slice(2);
  digits = digits.replace(/^0/, '');
  if (digits.length < MIN_PHONE_DIGITS) return null;
  return `(?<![\\d+])${PHONE_PREFIX}${[...digits].join(PHONE_GAP)}(?!\\d)`;
}

type Rule = { pattern: RegExp; marker: string; person: Withheld };
type Span = { start: number; end: number; marker: string; person: Withheld };

function rulesFor(people: readonly Withheld[]): Rule[] {
  const rules: Rule[] = [];
  for (const person of people) {
    const add = (source: string | null, marker: string) => {
      if (source) rules.push({ pattern: new RegExp(source, 'gu'), marker, person });
    };
    const forms = person.name === null ? [] : namePatterns(person.name);
    // One pattern per name, not per form: compiling a Unicode pattern is what costs most (measured at `redactor`).
    add(forms.length > 0 ? `${NOT_WORD_BEFORE}(?:${forms.join('|')})${NOT_WORD_AFTER}` : null, person.marker);
    const email = emailPattern(person.email);
    add(email && `${NOT_WORD_BEFORE}${email}${NOT_WORD_AFTER}`, CONTACT_MARKER);
    add(phonePattern(person.phone), CONTACT_MARKER);
  }
  return rules;
}

/** Overlapping matches become one, named by the longest (an email address that contains the name is contact details). */
function merged(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: (Span & { longest: number })[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end - s.start > last.longest) Object.assign(last, { marker: s.marker, longest: s.end - s.start });
      last.end = Math.max(last.end, s.end);
    } else out.push({ ...s, longest: s.end - s.start });
  }
  return out;
}

/**
 * A function that replaces every withheld person's name, email address and telephone number in a text with
 * a marker, however it is written (see the file header), except those of `spare` (a letter's recipient).
 * Ordinary words and organisations' names are left alone. The patterns are compiled once and each text is
 * searched once, so a letter to each of hundreds of people does not search the same text for everyone
 * hundreds of times. Measured 7 Dec 2026 on our 2-core machine, previewing letters to every party:
 * 300 parties 7.9 s when each letter compiled its own patterns, 0.9 s compiled once with a pattern per
 * form, 0.28 s with one pattern per name (1,000 parties: 1.0 s; 68 ms without any redaction).
 */
export function redactor(people: readonly Withheld[]): (text: string, spare?: Withheld) => string {
  const rules = rulesFor(people);
  const found = new Map<string, Span[]>();
  const spansIn = (text: string) => {
    const known = found.get(text);
    if (known) return known;
    const f = folded(text);
    const spans: Span[] = [];
    for (const { pattern, marker, person } of rules) {
      for (const m of f.text.matchAll(pattern)) {
        if (m[0].length > 0) spans.push({ start: f.from[m.index]!, end: f.to[m.index + m[0].length - 1]!, marker, person });
      }
    }
    found.set(text, spans);
    return spans;
  };
  return (text, spare) => {
    if (rules.length === 0 || text === '') return text;
    let out = '';
    let at = 0;
    for (const s of merged(spansIn(text).filter((s) => s.person !== spare))) {
      out += text.slice(at, s.start) + s.marker;
      at = s.end;
    }
    return out + text.slice(at);
  };
}
