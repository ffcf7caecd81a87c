import { describe, expect, it } from 'vitest';
import { domainForms, fileSizeText, importNotice, typoClassText } from '../../renderer/src/features/email/recipientView';
import { relatedLine } from '../../renderer/src/features/related/relatedLine';
import { firstMalformed, issuesByList, missingSuggestions, normaliseDomain, normaliseList, sameDomains } from '../../renderer/src/features/settings/domainLists';

describe('the import dialog and Email tab', () => {
  it('says what an import recorded, as the toast reads', () => {
    expect(importNotice({ reference: 'INC-2026-0012', created: true, partiesLinked: 55, alreadyAttached: false })).toBe(
      'INC-2026-0012: email recorded, 55 parties linked',
    );
    expect(importNotice({ reference: 'INC-2026-0003', created: false, partiesLinked: 1, alreadyAttached: false })).toBe('INC-2026-0003: email added, 1 party linked');
    expect(importNotice({ reference: 'INC-2026-0003', created: false, partiesLinked: 0, alreadyAttached: true })).toBe(
      'INC-2026-0003: this file is already attached; nothing was added',
    );
  });

  it('shows both forms of a domain only when its Unicode differs from its punycode', () => {
    expect(domainForms({ domain: 'army.ml', unicode: 'army.ml' })).toBeNull();
    expect(domainForms({ domain: 'xn--rmy-5cd.mil', unicode: 'аrmy.mil' })).toEqual({ unicode: 'аrmy.mil', ascii: 'xn--rmy-5cd.mil' });
  });

  it('names typo classes in words and sizes in bytes, KB and MB', () => {
    expect(typoClassText('tld-swap')).toBe('TLD swap');
    expect(typoClassText('vowel-swap')).toBe('Vowel swap');
    expect(typoClassText('omission')).toBe('Omission');
    expect(typoClassText(null)).toBe('—');
    expect(fileSizeText(900)).toBe('900 bytes');
    expect(fileSizeText(12_700)).toBe('12.4 KB');
    expect(fileSizeText(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});

/** Incident stand-ins with ids from..from+n-1. */
const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ id: `incident-${from + i}` }));

describe('the related-incidents line', () => {
  it('gives the first group in full and the rest in a few words; nothing when nothing is related', () => {
    expect(relatedLine([])).toBe('');
    expect(
      relatedLine([
        { basis: 'domain', key: 'army.ml', summary: 'army.ml has appeared in 7 other incidents since January 2023', count: 7, incidents: ids(1, 7) },
        { basis: 'domain', key: 'navy.ml', summary: 'navy.ml has appeared in 1 other incident', count: 1, incidents: ids(1, 1) },
        { basis: 'sender', key: 'a@mod.gov.uk', summary: '…', count: 2, incidents: ids(1, 2) },
        { basis: 'party', key: 'parties', summary: '…', count: 3, incidents: ids(1, 3) },
      ]),
    ).toBe('army.ml has appeared in 7 other incidents since January 2023 · navy.ml in 1 · same sender in 2 · shares parties with 3');
  });

  it('sums a gateway import’s many senders into one phrase, counting each incident once, and names three domains at most', () => {
    const domain = (key: string) => ({ basis: 'domain' as const, key, summary: `${key} has appeared in 1 other incident`, count: 1, incidents: ids(9, 1) });
    const sender = (key: string, from: number) => ({ basis: 'sender' as const, key, summary: '…', count: 2, incidents: ids(from, 2) });
    expect(
      relatedLine([
        domain('army.ml'),
        domain('navy.ml'),
        domain('af.ml'),
        domain('usmc.ml'),
        domain('disa.ml'),
        sender('a@mod.gov.uk', 1),
        sender('b@mod.gov.uk', 2),
        sender('c@mod.gov.uk', 2),
      ]),
    ).toBe('army.ml has appeared in 1 other incident · navy.ml in 1 · af.ml in 1 · usmc.ml in 1 · 1 more lookalike domain · same sender in 3');
  });
});

describe('the domain lists', () => {
  it('stores domains in lower case, without dots around them or a pasted mailbox, once each', () => {
    expect(normaliseDomain('  .Army.MIL. ')).toBe('army.mil');
    expect(normaliseDomain('joe.bloggs@Army.mil')).toBe('army.mil');
    expect(normaliseList(['mil', 'MIL', ' ', 'gov.uk'])).toEqual(['mil', 'gov.uk']);
  });

  it('offers only the suggestions not yet listed and compares lists whatever their order', () => {
    expect(missingSuggestions(['mil'], ['gov.uk', 'mil', 'nato.int'])).toEqual(['gov.uk', 'nato.int']);
    expect(sameDomains(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameDomains(['a'], ['a', 'b'])).toBe(false);
  });

  it('refuses entries that cannot be domains, accepting internationalised names', () => {
    expect(firstMalformed(['mod.gov.uk', 'mil', 'xn--rmy-5cd.mil', 'аrmy.mil', 'my-unit.gov.uk'])).toBeNull();
    expect(firstMalformed(['gov.uk', 'army!mil'])).toMatch(/^“army!mil” is not a domain/);
    expect(firstMalformed(['-army.mil'])).not.toBeNull();
    expect(firstMalformed(['army..mil'])).not.toBeNull();
    expect(firstMalformed(['a'.repeat(64) + '.mil'])).not.toBeNull();
  });

  it('puts an issue at partners.3 on the partner list, naming the domain', () => {
    const lists = { internal: ['mod.gov.uk'], partners: ['gov.uk', 'mil', 'nato.int', 'x'.repeat(260)] };
    const placed = issuesByList(
      [
        { path: 'partners.3', message: 'Too long' },
        { path: '', message: 'Something else' },
      ],
      lists,
    );
    expect(placed.partners).toBe(`${'x'.repeat(260)}: Too long`);
    expect(placed.internal).toBeUndefined();
    expect(placed.other).toBe('Something else');
  });
});
