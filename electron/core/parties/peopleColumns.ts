import type { PeopleField, PeopleMapping } from '../../../shared/contract/peopleImport';
import { AppError } from '../../../shared/contract/result';
import { headerKey } from '../gateway/logRow';
import type { PeopleSheet } from './peopleFile';

export type SheetColumn = { name: string; letter: string; hidden: boolean };

/** The spreadsheet's letter for a zero-based column: A … Z, AA … */
export function columnLetter(index: number): string {
  let letter = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

/**
 * The header row's columns, each with a name the mapping can use: a blank header is "Column C", and a
 * name used twice is told apart by its letter ("Email (column F)").
 */
export function sheetColumns(sheet: PeopleSheet): SheetColumn[] {
  const header = sheet.rows[0]?.cells ?? [];
  const names = header.map((h) => h.trim().replace(/\s+/g, ' ').slice(0, 200));
  const seen = new Map<string, number>();
  for (const n of names) seen.set(headerKey(n), (seen.get(headerKey(n)) ?? 0) + 1);
  return names.map((n, i) => {
    const letter = columnLetter(i);
    const name = n === '' ? `Column ${letter}` : (seen.get(headerKey(n)) ?? 0) > 1 ? `${n} (column ${letter})` : n;
    return { name, letter, hidden: sheet.hiddenColumns.has(i) };
  });
}

/** Header names that usually hold each field, tried in order: an exact name first, then a likely part. */
const GUESSES: Record<PeopleField, RegExp[]> = {
  name: [
    /^(name|fullname|person|personname|employee|employeename|applicant|applicantname|recipientname|staffname|displayname|customername|contactname|claimant|claimantname)$/,
    /^(firstname|forename|forenames|givenname|firstnames)$/,
    /name$/,
  ],
  familyName: [/^(surname|lastname|familyname)$/],
  email: [/^(email|emailaddress|mail|workemail|personalemail|contactemail)$/, /email/],
  phone: [/^(phone|telephone|tel|mobile|phonenumber|telephonenumber|mobilenumber|contactnumber|telno)$/, /phone|mobile/],
  organisation: [/^(organisation|organization|org|company|employer|department|unit|team|business)$/, /organi[sz]ation|company|employer|department/],
  dataCategories: [/^(datacategories|datacategory|categories|category|datainvolved|datatypes|personaldata)$/, /categor/],
};

/** Words that end in "name" but are not a person's name. */
const NOT_A_NAME = /^(user|file|host|domain|account|login|sheet|company|organisation|organization|team|department|sur|last|family)name$/;

/** The mapping the header suggests; the officer confirms or changes it in the preview. */
export function suggestPeopleMapping(columns: SheetColumn[]): Partial<PeopleMapping> {
  const keys = columns.map((c) => headerKey(c.name));
  const mapping: Partial<PeopleMapping> = {};
  const taken = new Set<number>();
  for (const [field, patterns] of Object.entries(GUESSES) as [PeopleField, RegExp[]][]) {
    for (const pattern of patterns) {
      const at = keys.findIndex((k, i) => !taken.has(i) && pattern.test(k) && !(field === 'name' && NOT_A_NAME.test(k)));
      if (at !== -1) {
        mapping[field] = columns[at]!.name;
        taken.add(at);
        break;
      }
    }
  }
  // A surname column beside a full name would double the surname.
  if (mapping.familyName && mapping.name && !/^(firstname|forenames?|givenname|firstnames)$/.test(headerKey(mapping.name))) delete mapping.familyName;
  return mapping;
}

/** The column index of each mapped field; a name the sheet does not have is refused at its field. */
export function mappedIndexes(columns: SheetColumn[], mapping: PeopleMapping): Partial<Record<PeopleField, number>> {
  const at: Partial<Record<PeopleField, number>> = {};
  for (const [field, name] of Object.entries(mapping) as [PeopleField, string | undefined][]) {
    if (name === undefined) continue;
    const index = columns.findIndex((c) => c.name === name);
    if (index === -1) {
      throw new AppError('INVALID_INPUT', `The sheet has no column "${name}". Choose the column again; nothing was imported.`, [
        { path: `mapping.${field}`, message: 'No such column in this sheet' },
      ]);
    }
    at[field] = index;
  }
  return at;
}
