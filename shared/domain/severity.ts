import { z } from '../zodConfig';

/**
 * The ENISA 2013 method for the severity of a personal data breach (DOMAIN.md §4):
 *
 *     SE = DPC × EI + CB
 *
 * DPC (data processing context, 1–4) says how critical the data is in its context, EI (ease of
 * identification, 0.25–1) corrects it by how easily the data points to a person, and CB (circumstances
 * of breach, 0–2) can only add. The form and the core both call this module, so an officer sees the same
 * number that is stored. Every value in the method is a multiple of 0.25, so the arithmetic is done in
 * whole quarters and a score of exactly 2, 3 or 4 can never land in the band below through rounding.
 */

// ---------------------------------------------------------------------------------------------------
// Data processing context (DPC)

/** ENISA Annex 1: the four categories of data, in order of base score. */
export const DPC_CATEGORIES = ['simple', 'behavioural', 'financial', 'sensitive'] as const;
export type DpcCategory = (typeof DPC_CATEGORIES)[number];

/** Step 1 of the DPC: the base score of each category. */
export const DPC_BASE_SCORES = {
  simple: 1,
  behavioural: 2,
  financial: 3,
  sensitive: 4,
} as const satisfies Record<DpcCategory, 1 | 2 | 3 | 4>;

export const DPC_CATEGORY_LABELS = {
  simple: 'Simple',
  behavioural: 'Behavioural',
  financial: 'Financial',
  sensitive: 'Sensitive',
} as const satisfies Record<DpcCategory, string>;

/** What falls in each category, in ENISA's examples, so the officer can place the data. */
export const DPC_CATEGORY_EXAMPLES = {
  simple: 'Biographical and contact data: name, address, phone, education, family life, professional experience',
  behavioural: 'Location, traffic data, personal preferences and habits',
  financial: 'Income, transactions, bank statements, investments, credit cards, invoices, social welfare',
  sensitive: 'Health, political affiliation or opinions, sexual life (special categories)',
} as const satisfies Record<DpcCategory, string>;

/**
 * Step 2 of the DPC: the context that moves the base score up or down (ENISA Assessment Table 1).
 * The officer ticks the factors that apply and chooses one adjustment for them together; ENISA gives no
 * fixed weight per factor, only that the result stays within 1–4.
 */
export const DPC_FACTORS = ['volume', 'controller', 'individuals', 'inaccuracy', 'public_availability', 'nature'] as const;
export type DpcFactor = (typeof DPC_FACTORS)[number];

export const DPC_FACTOR_LABELS = {
  volume: 'Volume of data',
  controller: 'Special characteristics of the controller',
  individuals: 'Special characteristics of the individuals',
  inaccuracy: 'Invalidity or inaccuracy of the data',
  public_availability: 'Public availability before the breach',
  nature: 'Nature of the data',
} as const satisfies Record<DpcFactor, string>;

export const DPC_FACTOR_EXPLANATIONS = {
  volume: 'How much data the breach holds about each person: a week of call history is less critical than a year of it.',
  controller: 'What the controller’s identity reveals, e.g. a pharmacy’s customer list implies health data.',
  individuals: 'The people are vulnerable or at special risk, e.g. minors, undercover officers, victims.',
  inaccuracy: 'The data is invalid or inaccurate, which changes the harm it can do to the person.',
  public_availability: 'The same data was already publicly available before the breach.',
  nature: 'The data reveals less than its category suggests.',
} as const satisfies Record<DpcFactor, string>;

/** The adjustment is a whole number of points; with it the DPC still lands in 1–4. */
export const DPC_ADJUSTMENT_MIN = -3;
export const DPC_ADJUSTMENT_MAX = 3;

// ---------------------------------------------------------------------------------------------------
// Ease of identification (EI)

/** ENISA Annex 2: four levels with a linear increase in score. */
export const EI_LEVELS = ['negligible', 'limited', 'significant', 'maximum'] as const;
export type EiLevel = (typeof EI_LEVELS)[number];

export const EI_VALUES = {
  negligible: 0.25,
  limited: 0.5,
  significant: 0.75,
  maximum: 1,
} as const satisfies Record<EiLevel, number>;

export const EI_LEVEL_LABELS = {
  negligible: 'Negligible',
  limited: 'Limited',
  significant: 'Significant',
  maximum: 'Maximum',
} as const satisfies Record<EiLevel, string>;

/** Count identification through public data, the internet and cross-matching too (ENISA). */
export const EI_LEVEL_MEANINGS = {
  negligible: 'Extremely difficult to match the data to a person, but possible under certain conditions',
  limited: 'Identification is possible with some effort',
  significant: 'Identification is relatively easy',
  maximum: 'Identification directly from the breached data, with no special research',
} as const satisfies Record<EiLevel, string>;

// ---------------------------------------------------------------------------------------------------
// Circumstances of breach (CB, ENISA Assessment Table 3): added to DPC × EI, never subtracted

export const CONFIDENTIALITY_LOSS = ['none', 'known_recipients', 'unknown_recipients'] as const;
export type ConfidentialityLoss = (typeof CONFIDENTIALITY_LOSS)[number];

export const CONFIDENTIALITY_LOSS_SCORES = {
  none: 0,
  known_recipients: 0.25,
  unknown_recipients: 0.5,
} as const satisfies Record<ConfidentialityLoss, number>;

export const CONFIDENTIALITY_LOSS_LABELS = {
  none: 'Exposed to a confidentiality risk, without evidence of illegal processing',
  known_recipients: 'Disclosed to a number of known recipients (e.g. a misdirected email)',
  unknown_recipients: 'Disclosed to an unknown number of recipients (e.g. published on the internet)',
} as const satisfies Record<ConfidentialityLoss, string>;

export const INTEGRITY_LOSS = ['none', 'recoverable', 'not_recoverable'] as const;
export type IntegrityLoss = (typeof INTEGRITY_LOSS)[number];

export const INTEGRITY_LOSS_SCORES = {
  none: 0,
  recoverable: 0.25,
  not_recoverable: 0.5,
} as const satisfies Record<IntegrityLoss, number>;

export const INTEGRITY_LOSS_LABELS = {
  none: 'Not altered, or altered without harmful use',
  recoverable: 'Altered and possibly used incorrectly, but recoverable',
  not_recoverable: 'Altered and possibly used incorrectly, not recoverable',
} as const satisfies Record<IntegrityLoss, string>;

export const AVAILABILITY_LOSS = ['none', 'temporary', 'permanent'] as const;
export type AvailabilityLoss = (typeof AVAILABILITY_LOSS)[number];

export const AVAILABILITY_LOSS_SCORES = {
  none: 0,
  temporary: 0.25,
  permanent: 0.5,
} as const satisfies Record<AvailabilityLoss, number>;

export const AVAILABILITY_LOSS_LABELS = {
  none: 'The data can be recovered without difficulty',
  temporary: 'Temporarily unavailable',
  permanent: 'Fully and permanently unavailable',
} as const satisfies Record<AvailabilityLoss, string>;

export const MALICIOUS_INTENT_SCORE = 0.5;
export const MALICIOUS_INTENT_LABEL = 'Malicious intent: theft, hacking, selling the data, or intent to harm the individuals or the controller';

// ---------------------------------------------------------------------------------------------------
// Bands

/** ENISA's severity levels, in rising order. */
export const SEVERITY_BANDS = ['low', 'medium', 'high', 'very_high'] as const;
export type SeverityBand = (typeof SEVERITY_BANDS)[number];

export const SEVERITY_BAND_LABELS = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  very_high: 'Very high',
} as const satisfies Record<SeverityBand, string>;

/** ENISA's "meaning for individuals" of each band. */
export const SEVERITY_BAND_MEANINGS = {
  low: 'Individuals are not affected, or may meet a few inconveniences they overcome easily',
  medium: 'Individuals may meet significant inconveniences, overcome despite a few difficulties (extra costs, stress…)',
  high: 'Individuals may meet significant consequences, overcome with serious difficulties (misappropriation of funds, loss of employment, worsening health…)',
  very_high: 'Individuals may meet significant or irreversible consequences they may not overcome',
} as const satisfies Record<SeverityBand, string>;

/** The SE range of each band, for the form's legend. */
export const SEVERITY_BAND_RANGES = {
  low: 'SE < 2',
  medium: '2 ≤ SE < 3',
  high: '3 ≤ SE < 4',
  very_high: 'SE ≥ 4',
} as const satisfies Record<SeverityBand, string>;

// ---------------------------------------------------------------------------------------------------
// Input and assessment

/**
 * What the officer chooses. `dpcAdjustment` is the whole-point change applied for the ticked
 * `dpcFactors`; a change needs at least one factor to justify it.
 */
export const SeverityInputSchema = z
  .strictObject({
    dpcCategory: z.enum(DPC_CATEGORIES),
    dpcAdjustment: z
      .number()
      .int('The adjustment is a whole number of points')
      .min(DPC_ADJUSTMENT_MIN, `The adjustment is at least ${DPC_ADJUSTMENT_MIN}`)
      .max(DPC_ADJUSTMENT_MAX, `The adjustment is at most +${DPC_ADJUSTMENT_MAX}`),
    dpcFactors: z.array(z.enum(DPC_FACTORS)).max(DPC_FACTORS.length),
    ease: z.enum(EI_LEVELS),
    confidentiality: z.enum(CONFIDENTIALITY_LOSS),
    integrity: z.enum(INTEGRITY_LOSS),
    availability: z.enum(AVAILABILITY_LOSS),
    maliciousIntent: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (new Set(v.dpcFactors).size !== v.dpcFactors.length) {
      ctx.addIssue({ code: 'custom', path: ['dpcFactors'], message: 'Each factor can be chosen once' });
    }
    if (v.dpcAdjustment !== 0 && v.dpcFactors.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['dpcFactors'], message: 'Choose the factors that justify the adjustment' });
    }
  });
export type SeverityInput = z.infer<typeof SeverityInputSchema>;

export type SeverityAssessment = {
  /** Base score plus adjustment, kept within 1–4 (ENISA: "can always vary from 1 to 4"). */
  dpc: 1 | 2 | 3 | 4;
  ei: number;
  cb: number;
  /** SE = dpc × ei + cb, between 0.25 and 6, always a multiple of 0.25. */
  score: number;
  band: SeverityBand;
};

const quarters = (value: number) => Math.round(value * 4);

/** Band of a score given in quarters: SE < 2 low, < 3 medium, < 4 high, otherwise very high. */
function bandOfQuarters(q: number): SeverityBand {
  if (q < 8) return 'low';
  if (q < 12) return 'medium';
  if (q < 16) return 'high';
  return 'very_high';
}

/** The band of any SE score, with ENISA's edges (2, 3 and 4 belong to the band above). */
export function severityBand(score: number): SeverityBand {
  return bandOfQuarters(quarters(score));
}

/** Computes SE and its band. The input is trusted to be valid (`SeverityInputSchema`). */
export function assessSeverity(input: SeverityInput): SeverityAssessment {
  const raw = DPC_BASE_SCORES[input.dpcCategory] + input.dpcAdjustment;
  const dpc = Math.min(4, Math.max(1, Math.trunc(raw))) as 1 | 2 | 3 | 4;
  const eiQ = quarters(EI_VALUES[input.ease]);
  const cbQ =
    quarters(CONFIDENTIALITY_LOSS_SCORES[input.confidentiality]) +
    quarters(INTEGRITY_LOSS_SCORES[input.integrity]) +
    quarters(AVAILABILITY_LOSS_SCORES[input.availability]) +
    (input.maliciousIntent ? quarters(MALICIOUS_INTENT_SCORE) : 0);
  const scoreQ = dpc * eiQ + cbQ;
  return { dpc, ei: eiQ / 4, cb: cbQ / 4, score: scoreQ / 4, band: bandOfQuarters(scoreQ) };
}

/** "3.25", "4.00": a score as officers and the ENISA tables write it. */
export function formatSeverityScore(score: number): string {
  return score.toFixed(2);
}

// ---------------------------------------------------------------------------------------------------
// Recommendation (UK GDPR Art. 33 and 34)

export type RecommendationInput = {
  band: SeverityBand;
  /** The SE score, quoted in the reasons; omit it only when no score is to hand. */
  score?: number;
  /** The data was unintelligible to anyone not authorised to see it (e.g. encrypted, key kept safe). */
  unintelligible: boolean;
  /** The number of people affected, if known. ENISA weighs it alongside the score, never in it. */
  peopleAffected: number | null;
};

export type Recommendation = {
  notifyRegulator: boolean;
  notifySubjects: boolean;
  /** Plain words, ready to paste as the rationale of the regulator decision. */
  regulatorReason: string;
  /** Plain words, ready to paste as the rationale of the data-subject decision. */
  subjectsReason: string;
  /** The Art. 34(3) ground to offer when the people are not to be told, if one fits. */
  suggestedExemption: 'unintelligible' | null;
};

const BAND_RANK: Record<SeverityBand, number> = { low: 0, medium: 1, high: 2, very_high: 3 };

/** Rank of a band (low 0 … very high 3), for comparing bands. */
export function severityBandRank(band: SeverityBand): number {
  return BAND_RANK[band];
}

const peopleFormat = new Intl.NumberFormat('en-GB');

function severityPhrase(band: SeverityBand, score: number | undefined): string {
  const label = SEVERITY_BAND_LABELS[band];
  return score === undefined ? `the ENISA severity is ${label}` : `the ENISA severity is ${label} (SE ${formatSeverityScore(score)})`;
}

function peopleSentence(n: number | null): string {
  if (n === null) return '';
  const who = n === 1 ? '1 person is' : `${peopleFormat.format(n)} people are`;
  return ` ${who} affected; ENISA weighs the number of people alongside the score, not in it.`;
}

/**
 * What to do about the regulator and the people affected, and why, from the assessment.
 * - Art. 33(1): notify the ICO unless the breach is unlikely to result in a risk — recommended from
 *   Medium up; a Low band means unlikely.
 * - Art. 34(1): tell the people without undue delay when the risk to them is high — recommended for
 *   High and Very high.
 * - Unintelligible data (Art. 34(3)(a)) exempts telling the people, and leaves a risk to them unlikely,
 *   so neither is recommended whatever the band; the reasons say why and what would undo it.
 * It is a recommendation: the officer decides, and a decision against it needs a rationale.
 */
export function recommend(input: RecommendationInput): Recommendation {
  const { band, score, unintelligible, peopleAffected } = input;
  const severity = severityPhrase(band, score);
  const people = peopleSentence(peopleAffected);
  const high = BAND_RANK[band] >= BAND_RANK.high;

  if (unintelligible) {
    const caveat = ' This holds only while the key or password is safe and the protection is strong; if either is in doubt, reassess.';
    return {
      notifyRegulator: false,
      notifySubjects: false,
      regulatorReason:
        `Do not notify the ICO: the data was unintelligible to anyone not authorised to see it (e.g. encrypted with the key kept safe), ` +
        `so the breach is unlikely to result in a risk to people’s rights and freedoms (UK GDPR Art. 33(1)), ${band === 'low' ? 'and' : 'although'} ${severity}.` +
        caveat +
        people,
      subjectsReason:
        `No need to tell the people affected: the data was unintelligible to anyone not authorised to see it, ` +
        `which exempts telling them (UK GDPR Art. 34(3)(a)), ${high ? 'although' : 'and'} ${severity}.` +
        caveat +
        people,
      suggestedExemption: 'unintelligible',
    };
  }

  const regulatorReason =
    band === 'low'
      ? `Do not notify the ICO: ${severity}, so the breach is unlikely to result in a risk to people’s rights and freedoms ` +
        `(UK GDPR Art. 33(1)). Keep this decision and its reasons in the breach register (Art. 33(5)).` +
        people
      : `Notify the ICO without undue delay and within 72 hours of becoming aware: ${severity}, ` +
        `so the breach is likely to result in a risk to people’s rights and freedoms (UK GDPR Art. 33(1)).` +
        people;

  const subjectsReason = high
    ? `Tell the people affected without undue delay, in clear and plain language: ${severity}, ` +
      `so the breach is likely to result in a high risk to their rights and freedoms (UK GDPR Art. 34(1)).` +
      people
    : `No need to tell the people affected: ${severity}, below High, so the breach is not likely to result in a high risk ` +
      `to their rights and freedoms (UK GDPR Art. 34(1)).` +
      people;

  return {
    notifyRegulator: band !== 'low',
    notifySubjects: high,
    regulatorReason,
    subjectsReason,
    suggestedExemption: null,
  };
}
