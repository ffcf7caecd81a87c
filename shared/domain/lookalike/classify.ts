import type { DomainClass, TypoClass, TypoPart } from './classes';
import { describeSingleEdit } from './edits';
import { generateLookalikes, type Permutation } from './generate';
import { skeleton } from './glyphs';
import { normaliseDomain } from './hostname';
import { countryDomainNote, suffixKind, suffixSwapReason } from './reasons';
import { splitDomain, suffixParts, type SplitDomain } from './suffixes';

export interface DomainLists {
  internal: readonly string[];
  partners: readonly string[];
}

export interface DomainClassification {
  /** ASCII, lowercased, trailing dot removed (for an invalid input: the input trimmed and lowercased). */
  domain: string;
  unicode: string;
  /** Registrable domain by the Public Suffix List (ICANN section), ASCII. */
  registrable: string | null;
  publicSuffix: string | null;
  domainClass: DomainClass;
  /** The configured domain it imitates. */
  lookalikeOf: string | null;
  typoClass: TypoClass | null;
  part: TypoPart | null;
  /** Always a sentence in words. */
  reason: string;
}

type Trust = 'internal' | 'partner';

interface Entry extends SplitDomain {
  trust: Trust;
  labelCount: number;
  skeleton: string;
  /** For a registrable entry, its name and suffix run together ('armymil', 'army-mil'); none for a suffix entry. */
  glued: string[];
}

function gluedSpellings({ ascii, name, asciiSuffix }: SplitDomain): string[] {
  if (!name) return [];
  const asciiName = ascii.slice(0, ascii.length - asciiSuffix.length - 1);
  return [`${asciiName}${asciiSuffix.replace(/\./g, '')}`, `${asciiName}-${asciiSuffix.replace(/\./g, '-')}`];
}

interface Match {
  entry: Entry;
  typoClass: TypoClass;
  part: TypoPart;
  reason: string;
}

/** The last `count` dot-separated labels of a hostname (hostname structure, not suffix detection). */
function lastLabels(hostname: string, count: number): string {
  return hostname.split('.').slice(-count).join('.');
}

/** "army.mil is a trusted partner domain", "mail.mod.gov.uk is under mod.gov.uk, one of the department's own domains". */
function trustedReason(unicode: string, ascii: string, entry: Entry): string {
  const what =
    entry.trust === 'internal'
      ? entry.name
        ? "one of the department's own domains"
        : 'a suffix the department counts as its own'
      : entry.name
        ? 'a trusted partner domain'
        : 'a trusted partner suffix';
  if (entry.ascii === ascii) return `${unicode} is ${what}`;
  return `${unicode} is under ${entry.name ? entry.unicode : `.${entry.unicode}`}, ${what}`;
}

/**
 * Builds a classifier for one configuration: the configured entries and every permutation of them are
 * indexed once, and each answer is remembered, so classifying the recipients of a large mail log costs
 * a few Map lookups per distinct domain.
 */
export function createDomainClassifier(lists: DomainLists): (domain: string) => DomainClassification {
  const entries = new Map<string, Entry>();
  const addEntries = (list: readonly string[], trust: Trust) => {
    for (const raw of list) {
      const normalised = normaliseDomain(raw);
      const split = normalised && splitDomain(normalised.ascii);
      if (!split || entries.has(split.ascii)) continue;
      entries.set(split.ascii, {
        ...split,
        trust,
        labelCount: split.ascii.split('.').length,
        skeleton: skeleton(split.unicode),
        glued: gluedSpellings(split),
      });
    }
  };
  // Internal first, so a domain in both lists, and every permutation shared by both, counts as internal's.
  addEntries(lists.internal, 'internal');
  addEntries(lists.partners, 'partner');

  const permutations = new Map<string, Permutation>();
  for (const entry of entries.values()) {
    for (const p of generateLookalikes(entry.ascii)) if (!permutations.has(p.domain)) permutations.set(p.domain, p);
  }

  const cache = new Map<string, DomainClassification>();
  return (input: string) => {
    const cached = cache.get(input);
    if (cached) return cached;
    const result = classifyOnce(input, entries, permutations);
    cache.set(input, result);
    return result;
  };
}

/** One-off classification; build a classifier with createDomainClassifier for more than a handful. */
export function classifyDomain(domain: string, lists: DomainLists): DomainClassification {
  return createDomainClassifier(lists)(domain);
}

function classifyOnce(input: string, entries: ReadonlyMap<string, Entry>, permutations: ReadonlyMap<string, Permutation>): DomainClassification {
  const normalised = normaliseDomain(input);
  if (!normalised) {
    const shown = input.trim().toLowerCase().replace(/\.$/, '');
    return {
      domain: shown,
      unicode: shown,
      registrable: null,
      publicSuffix: null,
      domainClass: 'invalid',
      lookalikeOf: null,
      typoClass: null,
      part: null,
      reason: `not a valid domain name: '${input.trim()}'`,
    };
  }
  const { ascii, unicode } = normalised;
  const base = { domain: ascii, unicode, ...suffixParts(ascii) };
  const none = { lookalikeOf: null, typoClass: null, part: null };

  const trusted = trustedEntry(ascii, entries);
  if (trusted) {
    return { ...base, ...none, domainClass: trusted.trust, reason: trustedReason(unicode, ascii, trusted) };
  }

  const match = generatedMatch(ascii, unicode, entries, permutations) ?? broadMatch(ascii, unicode, entries);
  if (match) {
    return {
      ...base,
      domainClass: 'lookalike',
      lookalikeOf: match.entry.ascii,
      typoClass: match.typoClass,
      part: match.part,
      reason: `${unicode} imitates ${match.entry.unicode} — ${match.reason}${countryDomainNote(ascii, match.entry.ascii)}`,
    };
  }
  return { ...base, ...none, domainClass: 'external', reason: `${unicode} is not configured and does not resemble any internal or partner domain` };
}

/** The configured entry the domain is equal to or under; an internal entry wins over a partner one. */
function trustedEntry(ascii: string, entries: ReadonlyMap<string, Entry>): Entry | null {
  const labels = ascii.split('.');
  let partner: Entry | null = null;
  for (let i = 0; i < labels.length; i++) {
    const entry = entries.get(labels.slice(i).join('.'));
    if (entry?.trust === 'internal') return entry;
    if (entry && !partner) partner = entry;
  }
  return partner;
}

/** The domain, or the nearest parent of it, is one of the generated permutations (so `mail.army.ml` counts). */
function generatedMatch(ascii: string, unicode: string, entries: ReadonlyMap<string, Entry>, permutations: ReadonlyMap<string, Permutation>): Match | null {
  const labels = ascii.split('.');
  for (let i = 0; i < labels.length; i++) {
    const p = permutations.get(labels.slice(i).join('.'));
    if (!p) continue;
    const entry = entries.get(p.source)!;
    const parent = entry.name ? p.unicode : `.${p.unicode}`;
    const reason = i === 0 ? p.reason : `${unicode} is under ${parent}: ${p.reason}`;
    return { entry, typoClass: p.typoClass, part: p.part, reason };
  }
  return null;
}

/** Variants the generator did not list: look-alike letters, another suffix, one slip, or the name glued into another domain. */
function broadMatch(ascii: string, unicode: string, entries: ReadonlyMap<string, Entry>): Match | null {
  const tails = new Map<number, { text: string; skeleton: string }>();
  const candidate: Candidate = {
    ascii,
    unicode,
    split: splitDomain(ascii),
    tail: (count) => {
      let tail = tails.get(count);
      if (!tail) {
        const text = lastLabels(unicode, count);
        tails.set(count, (tail = { text, skeleton: skeleton(text) }));
      }
      return tail;
    },
  };
  for (const entry of entries.values()) {
    const match = entry.name ? registrableMatch(candidate, entry) : suffixMatch(candidate, entry);
    if (match) return { entry, ...match };
  }
  return null;
}

type Found = Omit<Match, 'entry'>;

/** The domain being classified, with what every entry's checks need worked out once. */
interface Candidate {
  ascii: string;
  unicode: string;
  split: SplitDomain | null;
  /** The last `count` labels in display form and their skeleton, remembered per count. */
  tail: (count: number) => { text: string; skeleton: string };
}

function homoglyphMatch({ ascii, unicode, tail: tailOf }: Candidate, entry: Entry, suffixLabels: number): Found | null {
  const tail = tailOf(entry.labelCount);
  if (tail.skeleton !== entry.skeleton || tail.text === entry.unicode) return null;
  const part: TypoPart = lastLabels(tail.text, suffixLabels) === entry.suffix ? 'name' : 'suffix';
  const shown = unicode === ascii ? unicode : `shown as ${unicode}, really ${ascii}`;
  return { typoClass: 'homoglyph', part, reason: `reads as ${entry.unicode} once look-alike characters are taken for the letters they imitate (${shown})` };
}

function registrableMatch(found: Candidate, entry: Entry): Found | null {
  const homoglyph = homoglyphMatch(found, entry, entry.suffix.split('.').length);
  if (homoglyph) return homoglyph;
  const { ascii, split: candidate } = found;
  if (candidate?.name) {
    const name = lastLabels(candidate.name, entry.name.split('.').length);
    if (name === entry.name && candidate.suffix !== entry.suffix) {
      const edit = describeSingleEdit(entry.suffix, candidate.suffix);
      if (edit) {
        return {
          typoClass: edit.typoClass,
          part: 'suffix',
          reason: `${suffixKind(entry.suffix, candidate.suffix)} typo: .${entry.suffix} → .${candidate.suffix} (${edit.detail})`,
        };
      }
      return { typoClass: 'tld-swap', part: 'suffix', reason: suffixSwapReason(entry.suffix, candidate.suffix) };
    }
    if (candidate.suffix === entry.suffix) {
      const edit = describeSingleEdit(entry.name, name);
      if (edit) return { typoClass: edit.typoClass, part: 'name', reason: `${edit.detail} (${entry.unicode} → ${name}.${candidate.suffix})` };
    }
  }
  const glued = entry.glued.find((g) => ascii.includes(g));
  const nested = ascii.startsWith(`${entry.ascii}.`) || ascii.includes(`.${entry.ascii}.`);
  if (!glued && !nested) return null;
  const part: TypoPart = candidate?.suffix === entry.suffix ? 'name' : 'suffix';
  const how = glued ? `its name and suffix run together as '${glued}'` : `${entry.ascii} used as a subdomain of another domain`;
  return { typoClass: 'various', part, reason: how };
}

/** For a suffix entry such as `mil` or `gov.uk`: the candidate ends in a suffix one slip or a few look-alike letters away, or carries the suffix inside its name. */
function suffixMatch(found: Candidate, entry: Entry): Found | null {
  const homoglyph = homoglyphMatch(found, entry, entry.labelCount);
  if (homoglyph) return homoglyph;
  const tail = found.tail(entry.labelCount).text;
  const edit = describeSingleEdit(entry.unicode, tail);
  if (edit) {
    return { typoClass: edit.typoClass, part: 'suffix', reason: `${suffixKind(entry.unicode, tail)} typo: .${entry.unicode} → .${tail} (${edit.detail})` };
  }
  const { ascii } = found;
  const nested = ascii.startsWith(`${entry.ascii}.`) || ascii.includes(`.${entry.ascii}.`);
  const hyphenated = `-${entry.ascii.replace(/\./g, '-')}`;
  const glued = ascii.split('.').some((label) => label.endsWith(hyphenated));
  if (!nested && !glued) return null;
  const reason = nested ? `.${entry.ascii} used inside another domain's name` : `the suffix glued onto the name as '${hyphenated}'`;
  return { typoClass: 'various', part: 'suffix', reason };
}
