import { describe, expect, it } from 'vitest';
import {
  DOMAIN_CLASSES,
  TYPO_CLASSES,
  classifyDomain,
  createDomainClassifier,
  domainOfAddress,
  generateLookalikes,
  isValidHostname,
  normaliseDomain,
} from '../../shared/domain/lookalike';

const LISTS = { internal: ['mod.gov.uk'], partners: ['army.mil', 'nato.int'] };
const classify = createDomainClassifier(LISTS);

describe('lookalike: worked examples', () => {
  it('army.ml is a top-level domain typo of army.mil: the i of .mil omitted', () => {
    const r = classify('army.ml');
    expect(r).toMatchObject({ domainClass: 'lookalike', lookalikeOf: 'army.mil', typoClass: 'omission', part: 'suffix', registrable: 'army.ml', publicSuffix: 'ml' });
    expect(r.reason).toContain('.mil → .ml');
    expect(r.reason).toContain("the 'i' was omitted");
  });

  it("says when a lookalike lands in another country's domain, and only then", () => {
    expect(classify('army.ml').reason).toBe("army.ml imitates army.mil — top-level domain typo: .mil → .ml (the 'i' was omitted); .ml is a country-code domain (Mali)");
    expect(classify('arny.mil').reason).not.toContain('country-code');
    expect(classify('army.com').reason).not.toContain('country-code');
    expect(classify('mod.gov.uj').reason).not.toContain('country-code');
  });

  it('a host under a lookalike is a lookalike too, naming the domain it sits under', () => {
    const r = classify('mail.army.ml');
    expect(r).toMatchObject({ domainClass: 'lookalike', lookalikeOf: 'army.mil', part: 'suffix' });
    expect(r.reason).toContain('under army.ml');
  });

  it('mod.gov.uj is an adjacent-key slip of mod.gov.uk (k → j), in the suffix', () => {
    const r = classify('mod.gov.uj');
    expect(r).toMatchObject({ domainClass: 'lookalike', lookalikeOf: 'mod.gov.uk', typoClass: 'replacement', part: 'suffix' });
    expect(r.reason).toContain('adjacent key: k → j');
  });

  it("a Cyrillic 'о' in gov is shown in both forms: what the screen shows and the punycode it really is", () => {
    const cyrillic = 'mod.g\u043ev.uk';
    const ascii = normaliseDomain(cyrillic)!.ascii;
    expect(ascii).toMatch(/^mod\.xn--gv-[a-z0-9]+\.uk$/);
    const r = classify(cyrillic);
    expect(r).toMatchObject({ domain: ascii, unicode: cyrillic, domainClass: 'lookalike', lookalikeOf: 'mod.gov.uk', typoClass: 'homoglyph', part: 'suffix' });
    expect(r.reason).toContain("Cyrillic '\u043e'");
    expect(r.reason).toContain(cyrillic);
    expect(r.reason).toContain(ascii);
  });

  it('swapped letters in the name are a transposition', () => {
    const r = classify('ramy.mil');
    expect(r).toMatchObject({ domainClass: 'lookalike', lookalikeOf: 'army.mil', typoClass: 'transposition', part: 'name' });
    expect(r.reason).toContain("letters swapped: 'ar' → 'ra'");
  });

  it('the configured domain and its subdomains are partners; internal wins where both apply', () => {
    expect(classify('army.mil')).toMatchObject({ domainClass: 'partner', lookalikeOf: null, reason: 'army.mil is a trusted partner domain' });
    expect(classify('mail.army.mil')).toMatchObject({ domainClass: 'partner', reason: 'mail.army.mil is under army.mil, a trusted partner domain' });
    const both = createDomainClassifier({ internal: ['mod.gov.uk'], partners: ['gov.uk'] });
    expect(both('mail.mod.gov.uk').domainClass).toBe('internal');
    expect(both('dft.gov.uk').domainClass).toBe('partner');
  });

  it('unrelated domains are external and malformed input is invalid, each with a sentence', () => {
    expect(classify('something.com')).toMatchObject({ domainClass: 'external', lookalikeOf: null, typoClass: null, part: null });
    expect(classify('something.com').reason).toMatch(/not configured/);
    const bad = classify('not a domain');
    expect(bad).toMatchObject({ domainClass: 'invalid', registrable: null });
    expect(bad.reason).toBe("not a valid domain name: 'not a domain'");
    for (const input of ['', '-army.mil', 'army..mil', '10.0.0.1', `${'a'.repeat(64)}.com`]) expect(classify(input).domainClass).toBe('invalid');
  });

  it('normalises IDN input: case, NFKC, trailing dot, ideographic full stop, punycode', () => {
    expect(normaliseDomain('  Bücher.DE. ')).toEqual({ ascii: 'xn--bcher-kva.de', unicode: 'bücher.de' });
    expect(normaliseDomain('ARMY\u3002MIL')).toEqual({ ascii: 'army.mil', unicode: 'army.mil' });
    expect(normaliseDomain('xn--bcher-kva.de')).toEqual({ ascii: 'xn--bcher-kva.de', unicode: 'bücher.de' });
    expect(normaliseDomain('xn--zzzz.de')).toBeNull();
    expect(classify('ARMY.MIL.').domain).toBe('army.mil');
    expect(domainOfAddress('Pte Smith <j.smith@Army.MIL>')).toBe('army.mil');
    expect(domainOfAddress('no-at-sign')).toBeNull();
  });

  it('suffix entries: everything under .mil is a partner, and .ml (the DoD block) is a lookalike of it', () => {
    const mil = createDomainClassifier({ internal: [], partners: ['mil'] });
    expect(mil('navy.mil').domainClass).toBe('partner');
    expect(mil('anything.ml')).toMatchObject({ domainClass: 'lookalike', lookalikeOf: 'mil', part: 'suffix' });
    expect(generateLookalikes('mil').map((p) => p.domain)).toEqual(expect.arrayContaining(['ml', 'il']));
    expect(generateLookalikes('mil').map((p) => p.domain)).not.toContain('mill');
    expect(mil('army.mill')).toMatchObject({ domainClass: 'lookalike', typoClass: 'repetition' });
    expect(generateLookalikes('gov.uk').map((p) => p.domain)).toEqual(expect.arrayContaining(['gv.uk', 'go.uk']));
  });

  it('catches variants the generator does not list: another suffix, one slip, look-alike letters, glued names', () => {
    expect(classify('army.mx')).toMatchObject({ domainClass: 'lookalike', typoClass: 'tld-swap', part: 'suffix' });
    expect(classify('army.mil.example.net')).toMatchObject({ domainClass: 'lookalike', typoClass: 'various' });
    expect(classify('the-army-mil.org')).toMatchObject({ domainClass: 'lookalike', typoClass: 'various' });
    expect(classify('\u0430rm\u0443.mil')).toMatchObject({ domainClass: 'lookalike', typoClass: 'homoglyph', part: 'name' });
    expect(classify('natto.int')).toMatchObject({ domainClass: 'lookalike', lookalikeOf: 'nato.int', typoClass: 'repetition' });
  });

  it('generates the suffix typos dnstwist never does, with reasons in words', () => {
    const byDomain = new Map(generateLookalikes('army.mil').map((p) => [p.domain, p]));
    expect(byDomain.get('army.mi')?.reason).toBe("top-level domain typo: .mil → .mi (the 'l' was omitted)");
    expect(byDomain.get('army.mill')?.typoClass).toBe('repetition');
    expect(byDomain.get('army.mli')?.part).toBe('suffix');
    expect(byDomain.get('army.com')?.reason).toBe('different top-level domain: .mil → .com');
    expect(byDomain.get('a.rmy.mil')?.reason).toContain('dot inserted');
    expect(byDomain.get('armu.mil')?.reason).toContain('adjacent key: y → u');
    expect(byDomain.get('arny.mil')?.typoClass).toBe('replacement');
    expect(byDomain.get('armymil.com')?.typoClass).toBe('various');
    expect(byDomain.get('army-mil.com')?.typoClass).toBe('various');
    expect(byDomain.get('army.mil.com')?.typoClass).toBe('various');
    expect(byDomain.has('army.mil')).toBe(false);
    expect(byDomain.get('mod.gov.uj')).toBeUndefined();
    expect(generateLookalikes('mod.gov.uk').find((p) => p.domain === 'mod.gov.uj')?.reason).toBe('public suffix typo: .gov.uk → .gov.uj (adjacent key: k → j)');
  });

  it('uses only the closed vocabularies', () => {
    for (const p of generateLookalikes('nato.int')) expect(TYPO_CLASSES).toContain(p.typoClass);
    expect(DOMAIN_CLASSES).toContain(classifyDomain('nato.int', LISTS).domainClass);
  });

  it('classifies a mail log of 117,000 recipients in seconds, remembering each distinct domain', () => {
    const big = createDomainClassifier({ internal: ['mod.gov.uk', 'homeoffice.gov.uk'], partners: ['army.mil', 'navy.mil', 'nato.int', 'gov.uk', 'mil'] });
    const domains = [
      ...generateLookalikes('army.mil').map((p) => p.domain),
      ...Array.from({ length: 8_000 }, (_, i) => `host${i}.example${i % 97}.com`),
      ...Array.from({ length: 2_000 }, (_, i) => `unit${i}.army.mil`),
    ];
    const started = performance.now();
    const counts = new Map<string, number>();
    for (let i = 0; i < 117_000; i++) {
      const r = big(domains[i % domains.length]!);
      counts.set(r.domainClass, (counts.get(r.domainClass) ?? 0) + 1);
    }
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(counts.get('external')).toBeGreaterThan(0);
    expect(counts.get('lookalike')).toBeGreaterThan(0);
    expect(big('army.ml')).toBe(big('army.ml'));
  });

  it('isValidHostname applies the label rules', () => {
    expect(isValidHostname('army.mil')).toBe(true);
    expect(isValidHostname('xn--bcher-kva.de')).toBe(true);
    for (const bad of ['Army.mil', 'army-.mil', 'a_b.mil', 'army.mil.', 'xn--army.mil', '1.2.3.4', `${'a.'.repeat(127)}com`]) expect(isValidHostname(bad)).toBe(false);
  });
});
