import { describe, expect, it } from 'vitest';
import { CONTACT_MARKER, ORDINARY_WORD_SURNAMES, redactor } from '../../../electron/core/reports/redaction';

const MARK = '[another person]';
const grace = { name: 'Grace Okafor', email: 'grace.okafor@example.gov.uk', phone: '07700 900123', marker: MARK };
const jose = { name: 'José Álvarez', email: '', phone: '', marker: MARK };
const clean = redactor([grace, jose]);

/** How officers really write someone's identifiers in a record's free text, and what must be left of each sentence. */
const VARIANTS: [string, string, string][] = [
  ['name as stored', 'Sent to Grace Okafor by mistake.', `Sent to ${MARK} by mistake.`],
  ['order swapped', 'Okafor Grace rang the desk.', `${MARK} rang the desk.`],
  ['surname first with a comma, upper case', 'Per OKAFOR, Grace the envelope was open.', `Per ${MARK} the envelope was open.`],
  ['initial with a full stop', 'G. Okafor was told.', `${MARK} was told.`],
  ['initial without a full stop', 'G Okafor was told.', `${MARK} was told.`],
  ['surname initialled', 'Grace O. was told.', `${MARK} was told.`],
  ['line break between the names', 'The file of Grace\nOkafor was sent.', `The file of ${MARK} was sent.`],
  ['extra spaces and a tab', 'Grace   \t Okafor complained.', `${MARK} complained.`],
  ['upper case', 'GRACE OKAFOR complained.', `${MARK} complained.`],
  ['accents dropped', 'Jose Alvarez saw it.', `${MARK} saw it.`],
  ['accents kept, decomposed', 'Jose\u0301 A\u0301lvarez saw it.', `${MARK} saw it.`],
  ['possessive', "Okafor's passport was attached.", `${MARK}'s passport was attached.`],
  ['surname alone', 'We phoned Okafor twice.', `We phoned ${MARK} twice.`],
  ['phone compact', 'Call 07700900123 today.', `Call ${CONTACT_MARKER} today.`],
  ['phone spaced differently', 'Call 077 009 00123 today.', `Call ${CONTACT_MARKER} today.`],
  ['phone dashed', 'Call 07700-900-123 today.', `Call ${CONTACT_MARKER} today.`],
  ['phone +44', 'Call +44 7700 900123 today.', `Call ${CONTACT_MARKER} today.`],
  ['phone +44 (0)', 'Call +44 (0)7700 900123 today.', `Call ${CONTACT_MARKER} today.`],
  ['phone 0044', 'Call 0044 7700 900 123 today.', `Call ${CONTACT_MARKER} today.`],
  ['phone in brackets', 'Call (07700) 900123 today.', `Call ${CONTACT_MARKER} today.`],
  ['email plain, upper case', 'Copied to GRACE.OKAFOR@EXAMPLE.GOV.UK in error.', `Copied to ${CONTACT_MARKER} in error.`],
  ['email obfuscated with words', 'Copied to grace.okafor at example dot gov dot uk in error.', `Copied to ${CONTACT_MARKER} in error.`],
  ['email obfuscated with brackets', 'Copied to grace.okafor [at] example [dot] gov [dot] uk in error.', `Copied to ${CONTACT_MARKER} in error.`],
  ['email obfuscated with spaces', 'Copied to grace . okafor ( at ) example . gov . uk in error.', `Copied to ${CONTACT_MARKER} in error.`],
  ['full-width letters (NFKC)', 'Ｇｒａｃｅ Ｏｋａｆｏｒ rang.', `${MARK} rang.`],
];

describe('redactor', () => {
  it.each(VARIANTS)('withholds a person written as: %s', (_, text, expected) => {
    expect(clean(text)).toBe(expected);
  });

  it('leaves ordinary words alone, and a surname that is one unless a first name or initial stands beside it', () => {
    const may = redactor([{ name: 'Will May', email: '', phone: '', marker: MARK }]);
    const text = 'We will write in May, and hope to close it; the brown envelope will be kept.';
    expect(may(text)).toBe(text);
    expect(may('Will May rang; W. May rang; May, Will rang.')).toBe(`${MARK} rang; ${MARK} rang; ${MARK} rang.`);
    for (const word of ['may', 'will', 'hope', 'brown']) expect(ORDINARY_WORD_SURNAMES.has(word)).toBe(true);
  });

  it('does not withhold words that merely contain a name, nor other numbers and addresses', () => {
    const text = 'Okaforian studies; Graceful exit; ref 7700900; call 07700 900124 or 0800 900 123; write to press.office@example.gov.uk';
    expect(clean(text)).toBe(text);
  });

  it('leaves an organisation named as the owner of the papers: its name is not withheld, its contact details are', () => {
    const org = redactor([{ name: null, email: 'records@hmrc.example.gov.uk', phone: '020 7946 0999', marker: MARK }]);
    expect(org('The papers belong to HM Revenue and Customs (records@hmrc.example.gov.uk, 020 7946 0999).')).toBe(
      `The papers belong to HM Revenue and Customs (${CONTACT_MARKER}, ${CONTACT_MARKER}).`,
    );
  });

  it('names an email address that contains the name as contact details, once', () => {
    expect(clean('From grace.okafor@example.gov.uk (Grace Okafor).')).toBe(`From ${CONTACT_MARKER} (${MARK}).`);
  });

  it('spares the one person asked for (a letter’s recipient) and still withholds the others', () => {
    expect(clean('Grace Okafor (07700 900123) and José Álvarez were told.', grace)).toBe(`Grace Okafor (07700 900123) and ${MARK} were told.`);
  });

  it('changes nothing when nobody is withheld', () => {
    expect(redactor([])('Grace Okafor, 07700 900123')).toBe('Grace Okafor, 07700 900123');
  });
});
