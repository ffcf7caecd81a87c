import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AVAILABILITY_LOSS,
  CONFIDENTIALITY_LOSS,
  DPC_BASE_SCORES,
  DPC_CATEGORIES,
  DPC_FACTORS,
  DPC_FACTOR_EXPLANATIONS,
  DPC_FACTOR_LABELS,
  EI_LEVELS,
  EI_VALUES,
  INTEGRITY_LOSS,
  SEVERITY_BANDS,
  SEVERITY_BAND_LABELS,
  SEVERITY_BAND_MEANINGS,
  SeverityInputSchema,
  assessSeverity,
  formatSeverityScore,
  recommend,
  severityBand,
  severityBandRank,
  type SeverityBand,
  type SeverityInput,
} from '../../shared/domain/severity';

/**
 * Worked cases, computed by hand from DOMAIN.md §4 (SE = DPC × EI + CB; DPC kept within 1–4;
 * EI 0.25/0.5/0.75/1; CB = C + I + A (0/0.25/0.5 each) + 0.5 if malicious;
 * bands SE < 2 Low, 2 ≤ SE < 3 Medium, 3 ≤ SE < 4 High, SE ≥ 4 Very high).
 *
 * | #  | case                                         | DPC (base ± adj → final) | EI   | C    | I    | A    | M   | CB   | SE = DPC×EI+CB      | band      |
 * |----|----------------------------------------------|--------------------------|------|------|------|------|-----|------|---------------------|-----------|
 * | 1  | CC not BCC, sensitive group (DOMAIN), +2     | simple 1 +2 → 3          | 1    | 0.25 | 0    | 0    | no  | 0.25 | 3×1 + 0.25 = 3.25   | High      |
 * | 2  | CC not BCC, sensitive group (DOMAIN), +3     | simple 1 +3 → 4          | 1    | 0.25 | 0    | 0    | no  | 0.25 | 4×1 + 0.25 = 4.25   | Very high |
 * | 3  | lost encrypted laptop, backups (DOMAIN)      | simple 1                 | 1    | 0    | 0    | 0    | no  | 0    | 1×1 + 0 = 1.00      | Low       |
 * | 4  | minimum                                      | simple 1                 | 0.25 | 0    | 0    | 0    | no  | 0    | 1×0.25 = 0.25       | Low       |
 * | 5  | edge just below Medium                       | simple 1                 | 0.75 | 0.5  | 0    | 0    | yes | 1.0  | 0.75 + 1.0 = 1.75   | Low       |
 * | 6  | edge: exactly 2                              | behavioural 2            | 1    | 0    | 0    | 0    | no  | 0    | 2×1 = 2.00          | Medium    |
 * | 7  | edge just below High                         | behavioural 2            | 0.75 | 0.5  | 0.25 | 0.5  | no  | 1.25 | 1.5 + 1.25 = 2.75   | Medium    |
 * | 8  | edge: exactly 3                              | financial 3              | 1    | 0    | 0    | 0    | no  | 0    | 3×1 = 3.00          | High      |
 * | 9  | edge: exactly 3, reached through CB          | sensitive 4              | 0.5  | 0.5  | 0    | 0    | yes | 1.0  | 2 + 1.0 = 3.00      | High      |
 * | 10 | edge just below Very high                    | sensitive 4              | 0.75 | 0.25 | 0.25 | 0.25 | no  | 0.75 | 3 + 0.75 = 3.75     | High      |
 * | 11 | edge: exactly 4                              | sensitive 4              | 1    | 0    | 0    | 0    | no  | 0    | 4×1 = 4.00          | Very high |
 * | 12 | edge: exactly 4, reached through CB          | financial 3              | 0.75 | 0.5  | 0.5  | 0.25 | yes | 1.75 | 2.25 + 1.75 = 4.00  | Very high |
 * | 13 | maximum                                      | sensitive 4              | 1    | 0.5  | 0.5  | 0.5  | yes | 2.0  | 4 + 2.0 = 6.00      | Very high |
 * | 14 | clamp at 1 (public before the breach, −2)    | simple 1 −2 → −1 → 1     | 1    | 0    | 0    | 0    | no  | 0    | 1×1 = 1.00          | Low       |
 * | 15 | clamp at 1 (−3)                              | behavioural 2 −3 → −1 → 1| 0.5  | 0.25 | 0    | 0    | no  | 0.25 | 0.5 + 0.25 = 0.75   | Low       |
 * | 16 | clamp at 4 (+1)                              | sensitive 4 +1 → 5 → 4   | 0.5  | 0    | 0    | 0    | no  | 0    | 4×0.5 = 2.00        | Medium    |
 * | 17 | clamp at 4 (+3)                              | financial 3 +3 → 6 → 4   | 1    | 0.25 | 0    | 0    | no  | 0.25 | 4 + 0.25 = 4.25     | Very high |
 * | 18 | adjusted down (nature of the data, −1)       | financial 3 −1 → 2       | 0.5  | 0.25 | 0    | 0    | no  | 0.25 | 1 + 0.25 = 1.25     | Low       |
 * | 19 | malicious intent, without                    | simple 1                 | 1    | 0.5  | 0    | 0    | no  | 0.5  | 1 + 0.5 = 1.50      | Low       |
 * | 20 | malicious intent, with (same otherwise)      | simple 1                 | 1    | 0.5  | 0    | 0    | yes | 1.0  | 1 + 1.0 = 2.00      | Medium    |
 *
 * Recommendations (UK GDPR Art. 33(1): notify unless unlikely to result in a risk; Art. 34(1): tell people
 * at high risk; Art. 34(3)(a): unintelligible data exempts telling them):
 *
 * | band      | unintelligible | notify ICO | tell people | suggested exemption |
 * |-----------|----------------|------------|-------------|---------------------|
 * | Low       | no             | no         | no          | none                |
 * | Medium    | no             | yes        | no          | none                |
 * | High      | no             | yes        | yes         | none                |
 * | Very high | no             | yes        | yes         | none                |
 * | any       | yes            | no         | no          | unintelligible      |
 */

const base: SeverityInput = {
  dpcCategory: 'simple',
  dpcAdjustment: 0,
  dpcFactors: [],
  ease: 'maximum',
  confidentiality: 'none',
  integrity: 'none',
  availability: 'none',
  maliciousIntent: false,
};
const input = (over: Partial<SeverityInput>): SeverityInput => ({ ...base, ...over });

type Worked = { name: string; input: SeverityInput; dpc: number; ei: number; cb: number; score: number; band: SeverityBand };

const WORKED: Worked[] = [
  {
    name: '1 CC not BCC, DOMAIN illustration, +2',
    input: input({ dpcAdjustment: 2, dpcFactors: ['individuals'], confidentiality: 'known_recipients' }),
    dpc: 3,
    ei: 1,
    cb: 0.25,
    score: 3.25,
    band: 'high',
  },
  {
    name: '2 CC not BCC, DOMAIN illustration, +3',
    input: input({ dpcAdjustment: 3, dpcFactors: ['individuals', 'controller'], confidentiality: 'known_recipients' }),
    dpc: 4,
    ei: 1,
    cb: 0.25,
    score: 4.25,
    band: 'very_high',
  },
  { name: '3 lost encrypted laptop with backups', input: input({}), dpc: 1, ei: 1, cb: 0, score: 1, band: 'low' },
  { name: '4 minimum', input: input({ ease: 'negligible' }), dpc: 1, ei: 0.25, cb: 0, score: 0.25, band: 'low' },
  {
    name: '5 edge 1.75',
    input: input({ ease: 'significant', confidentiality: 'unknown_recipients', maliciousIntent: true }),
    dpc: 1,
    ei: 0.75,
    cb: 1,
    score: 1.75,
    band: 'low',
  },
  { name: '6 edge 2.00', input: input({ dpcCategory: 'behavioural' }), dpc: 2, ei: 1, cb: 0, score: 2, band: 'medium' },
  {
    name: '7 edge 2.75',
    input: input({
      dpcCategory: 'behavioural',
      ease: 'significant',
      confidentiality: 'unknown_recipients',
      integrity: 'recoverable',
      availability: 'permanent',
    }),
    dpc: 2,
    ei: 0.75,
    cb: 1.25,
    score: 2.75,
    band: 'medium',
  },
  { name: '8 edge 3.00', input: input({ dpcCategory: 'financial' }), dpc: 3, ei: 1, cb: 0, score: 3, band: 'high' },
  {
    name: '9 edge 3.00 through CB',
    input: input({ dpcCategory: 'sensitive', ease: 'limited', confidentiality: 'unknown_recipients', maliciousIntent: true }),
    dpc: 4,
    ei: 0.5,
    cb: 1,
    score: 3,
    band: 'high',
  },
  {
    name: '10 edge 3.75',
    input: input({
      dpcCategory: 'sensitive',
      ease: 'significant',
      confidentiality: 'known_recipients',
      integrity: 'recoverable',
      availability: 'temporary',
    }),
    dpc: 4,
    ei: 0.75,
    cb: 0.75,
    score: 3.75,
    band: 'high',
  },
  { name: '11 edge 4.00', input: input({ dpcCategory: 'sensitive' }), dpc: 4, ei: 1, cb: 0, score: 4, band: 'very_high' },
  {
    name: '12 edge 4.00 through CB',
    input: input({
      dpcCategory: 'financial',
      ease: 'significant',
      confidentiality: 'unknown_recipients',
      integrity: 'not_recoverable',
      availability: 'temporary',
      maliciousIntent: true,
    }),
    dpc: 3,
    ei: 0.75,
    cb: 1.75,
    score: 4,
    band: 'very_high',
  },
  {
    name: '13 maximum 6.00',
    input: input({
      dpcCategory: 'sensitive',
      confidentiality: 'unknown_recipients',
      integrity: 'not_recoverable',
      availability: 'permanent',
      maliciousIntent: true,
    }),
    dpc: 4,
    ei: 1,
    cb: 2,
    score: 6,
    band: 'very_high',
  },
  {
    name: '14 clamp at 1 (−2)',
    input: input({ dpcAdjustment: -2, dpcFactors: ['public_availability'] }),
    dpc: 1,
    ei: 1,
    cb: 0,
    score: 1,
    band: 'low',
  },
  {
    name: '15 clamp at 1 (−3)',
    input: input({
      dpcCategory: 'behavioural',
      dpcAdjustment: -3,
      dpcFactors: ['nature', 'public_availability'],
      ease: 'limited',
      confidentiality: 'known_recipients',
    }),
    dpc: 1,
    ei: 0.5,
    cb: 0.25,
    score: 0.75,
    band: 'low',
  },
  {
    name: '16 clamp at 4 (+1)',
    input: input({ dpcCategory: 'sensitive', dpcAdjustment: 1, dpcFactors: ['volume'], ease: 'limited' }),
    dpc: 4,
    ei: 0.5,
    cb: 0,
    score: 2,
    band: 'medium',
  },
  {
    name: '17 clamp at 4 (+3)',
    input: input({ dpcCategory: 'financial', dpcAdjustment: 3, dpcFactors: ['individuals'], confidentiality: 'known_recipients' }),
    dpc: 4,
    ei: 1,
    cb: 0.25,
    score: 4.25,
    band: 'very_high',
  },
  {
    name: '18 adjusted down',
    input: input({ dpcCategory: 'financial', dpcAdjustment: -1, dpcFactors: ['nature'], ease: 'limited', confidentiality: 'known_recipients' }),
    dpc: 2,
    ei: 0.5,
    cb: 0.25,
    score: 1.25,
    band: 'low',
  },
  {
    name: '19 without malicious intent',
    input: input({ confidentiality: 'unknown_recipients' }),
    dpc: 1,
    ei: 1,
    cb: 0.5,
    score: 1.5,
    band: 'low',
  },
  {
    name: '20 with malicious intent',
    input: input({ confidentiality: 'unknown_recipients', maliciousIntent: true }),
    dpc: 1,
    ei: 1,
    cb: 1,
    score: 2,
    band: 'medium',
  },
];

describe('assessSeverity: worked cases from DOMAIN.md §4', () => {
  it.each(WORKED)('$name → SE $score ($band)', (w) => {
    expect(SeverityInputSchema.safeParse(w.input).success).toBe(true);
    expect(assessSeverity(w.input)).toEqual({ dpc: w.dpc, ei: w.ei, cb: w.cb, score: w.score, band: w.band });
  });

  it('puts each band edge in the band above, and a quarter below it in the band below', () => {
    const edges: [number, SeverityBand][] = [
      [1.75, 'low'],
      [2, 'medium'],
      [2.75, 'medium'],
      [3, 'high'],
      [3.75, 'high'],
      [4, 'very_high'],
      [6, 'very_high'],
      [0.25, 'low'],
    ];
    for (const [score, band] of edges) expect(severityBand(score)).toBe(band);
  });

  it('adds malicious intent as +0.5 to the score, and can move the band', () => {
    const without = assessSeverity(input({ confidentiality: 'unknown_recipients' }));
    const withIntent = assessSeverity(input({ confidentiality: 'unknown_recipients', maliciousIntent: true }));
    expect(withIntent.score - without.score).toBe(0.5);
    expect([without.band, withIntent.band]).toEqual(['low', 'medium']);
  });
});

describe('the vocabularies match DOMAIN.md §4', () => {
  it('scores the DPC categories 1 to 4 in order', () => {
    expect(DPC_CATEGORIES.map((c) => DPC_BASE_SCORES[c])).toEqual([1, 2, 3, 4]);
  });

  it('scores EI 0.25, 0.5, 0.75, 1 in order (a linear increase)', () => {
    expect(EI_LEVELS.map((l) => EI_VALUES[l])).toEqual([0.25, 0.5, 0.75, 1]);
  });

  it('lists the six contextual factors, each with a label and an explanation', () => {
    expect(DPC_FACTORS).toHaveLength(6);
    for (const f of DPC_FACTORS) {
      expect(DPC_FACTOR_LABELS[f].length).toBeGreaterThan(0);
      expect(DPC_FACTOR_EXPLANATIONS[f].length).toBeGreaterThan(0);
    }
    expect(DPC_FACTOR_EXPLANATIONS.individuals).toMatch(/minors.*undercover officers.*victims/);
  });

  it('labels the four bands with their meaning for individuals', () => {
    expect(SEVERITY_BANDS.map((b) => SEVERITY_BAND_LABELS[b])).toEqual(['Low', 'Medium', 'High', 'Very high']);
    expect(SEVERITY_BAND_MEANINGS.very_high).toMatch(/irreversible/);
  });

  it('formats scores with two decimals', () => {
    expect(formatSeverityScore(3.25)).toBe('3.25');
    expect(formatSeverityScore(4)).toBe('4.00');
  });
});

describe('SeverityInputSchema', () => {
  const parse = (v: unknown) => SeverityInputSchema.safeParse(v);

  it('accepts the extremes of the adjustment with a factor', () => {
    expect(parse(input({ dpcAdjustment: -3, dpcFactors: ['nature'] })).success).toBe(true);
    expect(parse(input({ dpcAdjustment: 3, dpcFactors: ['individuals'] })).success).toBe(true);
  });

  it.each([4, -4, 1.5, Number.NaN])('refuses an adjustment of %s', (dpcAdjustment) => {
    expect(parse(input({ dpcAdjustment, dpcFactors: ['volume'] })).success).toBe(false);
  });

  it('refuses an adjustment without a factor to justify it, at dpcFactors', () => {
    const r = parse(input({ dpcAdjustment: 1 }));
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['dpcFactors']);
  });

  it('refuses the same factor twice, unknown values and unknown keys', () => {
    expect(parse(input({ dpcAdjustment: 1, dpcFactors: ['volume', 'volume'] })).success).toBe(false);
    expect(parse({ ...base, dpcCategory: 'medical' }).success).toBe(false);
    expect(parse({ ...base, ease: 1 }).success).toBe(false);
    expect(parse({ ...base, confidentiality: 'some' }).success).toBe(false);
    expect(parse({ ...base, extra: true }).success).toBe(false);
    const { maliciousIntent: _omit, ...missing } = base;
    expect(parse(missing).success).toBe(false);
  });
});

describe('recommend', () => {
  it.each([
    ['low', 1.25, false, false],
    ['medium', 2.5, true, false],
    ['high', 3.25, true, true],
    ['very_high', 4.25, true, true],
  ] as const)('for a %s band (SE %s) recommends notifying the ICO %s and the people %s', (band, score, ico, people) => {
    const r = recommend({ band, score, unintelligible: false, peopleAffected: null });
    expect(r.notifyRegulator).toBe(ico);
    expect(r.notifySubjects).toBe(people);
    expect(r.suggestedExemption).toBeNull();
    const label = SEVERITY_BAND_LABELS[band];
    for (const reason of [r.regulatorReason, r.subjectsReason]) {
      expect(reason).toContain(label);
      expect(reason).toContain(`SE ${formatSeverityScore(score)}`);
    }
    expect(r.regulatorReason).toContain('Art. 33(1)');
    expect(r.subjectsReason).toContain('Art. 34(1)');
    expect(r.regulatorReason).toMatch(ico ? /^Notify the ICO/ : /^Do not notify the ICO/);
    expect(r.subjectsReason).toMatch(people ? /^Tell the people/ : /^No need to tell/);
  });

  it('the DOMAIN illustration (CC not BCC, 3.25 High, 200 people) says to tell both, naming the people', () => {
    const { band, score } = assessSeverity(WORKED[0]!.input);
    const r = recommend({ band, score, unintelligible: false, peopleAffected: 200 });
    expect(r).toMatchObject({ notifyRegulator: true, notifySubjects: true, suggestedExemption: null });
    expect(r.regulatorReason).toBe(
      'Notify the ICO without undue delay and within 72 hours of becoming aware: the ENISA severity is High (SE 3.25), ' +
        'so the breach is likely to result in a risk to people’s rights and freedoms (UK GDPR Art. 33(1)). ' +
        '200 people are affected; ENISA weighs the number of people alongside the score, not in it.',
    );
    expect(r.subjectsReason).toContain('200 people are affected');
  });

  it.each(SEVERITY_BANDS)('with unintelligible data (%s band) recommends neither and suggests Art. 34(3)(a)', (band) => {
    const r = recommend({ band, score: 4.25, unintelligible: true, peopleAffected: 1 });
    expect(r).toMatchObject({ notifyRegulator: false, notifySubjects: false, suggestedExemption: 'unintelligible' });
    expect(r.regulatorReason).toMatch(/^Do not notify the ICO: the data was unintelligible/);
    expect(r.regulatorReason).toContain('Art. 33(1)');
    expect(r.subjectsReason).toContain('Art. 34(3)(a)');
    expect(r.subjectsReason).toContain(SEVERITY_BAND_LABELS[band]);
    expect(r.subjectsReason).toContain('1 person is affected');
  });

  it('the lost encrypted laptop: Low and unintelligible → neither, with the exemption', () => {
    const { band, score } = assessSeverity(WORKED[2]!.input);
    expect(band).toBe('low');
    const r = recommend({ band, score, unintelligible: true, peopleAffected: 1200 });
    expect(r).toMatchObject({ notifyRegulator: false, notifySubjects: false, suggestedExemption: 'unintelligible' });
    expect(r.regulatorReason).toContain('1,200 people are affected');
  });

  it('with unintelligible data, says "although" only when the band alone would call for telling', () => {
    const low = recommend({ band: 'low', score: 1, unintelligible: true, peopleAffected: null });
    expect(low.regulatorReason).toContain('(UK GDPR Art. 33(1)), and the ENISA severity is Low (SE 1.00).');
    const medium = recommend({ band: 'medium', score: 2, unintelligible: true, peopleAffected: null });
    expect(medium.regulatorReason).toContain('although the ENISA severity is Medium');
    expect(medium.subjectsReason).toContain('(UK GDPR Art. 34(3)(a)), and the ENISA severity is Medium');
    const high = recommend({ band: 'high', score: 3, unintelligible: true, peopleAffected: null });
    expect(high.subjectsReason).toContain('although the ENISA severity is High (SE 3.00)');
  });

  it('leaves the score out of the reasons when none is given', () => {
    const r = recommend({ band: 'medium', unintelligible: false, peopleAffected: null });
    expect(r.regulatorReason).toContain('the ENISA severity is Medium,');
    expect(r.regulatorReason).not.toContain('SE ');
  });
});

describe('properties', () => {
  const arbInput: fc.Arbitrary<SeverityInput> = fc.record({
    dpcCategory: fc.constantFrom(...DPC_CATEGORIES),
    dpcAdjustment: fc.integer({ min: -3, max: 3 }),
    dpcFactors: fc.subarray([...DPC_FACTORS]),
    ease: fc.constantFrom(...EI_LEVELS),
    confidentiality: fc.constantFrom(...CONFIDENTIALITY_LOSS),
    integrity: fc.constantFrom(...INTEGRITY_LOSS),
    availability: fc.constantFrom(...AVAILABILITY_LOSS),
    maliciousIntent: fc.boolean(),
  });

  it('scores within [0.25, 6] in quarters, with the band by ENISA’s thresholds', () => {
    fc.assert(
      fc.property(arbInput, (i) => {
        const a = assessSeverity(i);
        expect(a.score).toBeGreaterThanOrEqual(0.25);
        expect(a.score).toBeLessThanOrEqual(6);
        expect(Number.isInteger(a.score * 4)).toBe(true);
        expect(a.score).toBe(a.dpc * a.ei + a.cb);
        const expected = a.score < 2 ? 'low' : a.score < 3 ? 'medium' : a.score < 4 ? 'high' : 'very_high';
        expect(a.band).toBe(expected);
        expect(a.dpc).toBe(Math.min(4, Math.max(1, DPC_BASE_SCORES[i.dpcCategory] + i.dpcAdjustment)));
      }),
    );
  });

  /** Raising any one input one step never lowers the score or the band. */
  const raises: { name: string; up: (i: SeverityInput) => SeverityInput | null }[] = [
    { name: 'category', up: (i) => next(DPC_CATEGORIES, i.dpcCategory, (dpcCategory) => ({ ...i, dpcCategory })) },
    { name: 'adjustment', up: (i) => (i.dpcAdjustment < 3 ? { ...i, dpcAdjustment: i.dpcAdjustment + 1 } : null) },
    { name: 'ease', up: (i) => next(EI_LEVELS, i.ease, (ease) => ({ ...i, ease })) },
    { name: 'confidentiality', up: (i) => next(CONFIDENTIALITY_LOSS, i.confidentiality, (confidentiality) => ({ ...i, confidentiality })) },
    { name: 'integrity', up: (i) => next(INTEGRITY_LOSS, i.integrity, (integrity) => ({ ...i, integrity })) },
    { name: 'availability', up: (i) => next(AVAILABILITY_LOSS, i.availability, (availability) => ({ ...i, availability })) },
    { name: 'malicious intent', up: (i) => (i.maliciousIntent ? null : { ...i, maliciousIntent: true }) },
  ];

  it.each(raises)('is monotonic in $name', ({ up }) => {
    fc.assert(
      fc.property(arbInput, (i) => {
        const higher = up(i);
        if (higher === null) return;
        const a = assessSeverity(i);
        const b = assessSeverity(higher);
        expect(b.score).toBeGreaterThanOrEqual(a.score);
        expect(severityBandRank(b.band)).toBeGreaterThanOrEqual(severityBandRank(a.band));
      }),
    );
  });

  it('recommends by band and unintelligibility only, never by the number of people', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SEVERITY_BANDS),
        fc.boolean(),
        fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: null }),
        (band, unintelligible, peopleAffected) => {
          const r = recommend({ band, unintelligible, peopleAffected });
          expect(r.notifyRegulator).toBe(!unintelligible && band !== 'low');
          expect(r.notifySubjects).toBe(!unintelligible && (band === 'high' || band === 'very_high'));
          expect(r.suggestedExemption).toBe(unintelligible ? 'unintelligible' : null);
        },
      ),
    );
  });
});

function next<T>(list: readonly T[], value: T, make: (v: T) => SeverityInput): SeverityInput | null {
  const at = list.indexOf(value);
  const up = list[at + 1];
  return up === undefined ? null : make(up);
}
