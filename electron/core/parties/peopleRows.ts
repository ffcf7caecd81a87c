import { NewPartySchema } from '../../../shared/contract/parties';
import type { PeopleField } from '../../../shared/contract/peopleImport';
import { DATA_CATEGORIES, DATA_CATEGORY_LABELS, type DataCategory } from '../../../shared/domain/vocabulary';
import { headerKey } from '../gateway/logRow';
import type { SheetRow } from './peopleFile';

export type RowProblem = { field: PeopleField; message: string };

/** A data row read through the mapping and checked on its own and against the rows above it. */
export type CheckedRow = {
  row: number;
  name: string;
  email: string;
  phone: string;
  organisation: string;
  dataCategories: DataCategory[];
  hidden: boolean;
  problems: RowProblem[];
  duplicateOf: number | null;
};

/**
 * One line of text as the register keeps it: characters SQLite cannot store faithfully (a NUL, a lone
 * surrogate) and other control characters go, line breaks inside a cell (Alt+Enter) become spaces.
 */
export function cleanCell(text: string): string {
  return text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Digits only, with +44 and 0044 read as the UK's leading 0, so "+44 7700 900123" is "07700 900123". */
export function phoneKey(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.startsWith('0044')) return `0${digits.slice(4)}`;
  if (digits.startsWith('44') && digits.length === 12) return `0${digits.slice(2)}`;
  return digits;
}

const nameKey = (name: string) => name.toLowerCase().replace(/\s+/g, ' ');

/** A category written as its code, its label, or the start of its label ("Health", "Basic personal identifiers"). */
const CATEGORY_WORDS = new Map<string, DataCategory>(
  DATA_CATEGORIES.flatMap((c) => [
    [headerKey(c), c],
    [headerKey(DATA_CATEGORY_LABELS[c]), c],
    [headerKey(DATA_CATEGORY_LABELS[c].replace(/\s*\(.*\)$/, '')), c],
  ]),
);

function readCategories(text: string): { categories: DataCategory[]; unknown: string[] } {
  const categories = new Set<DataCategory>();
  const unknown: string[] = [];
  for (const word of text.split(/[;,|/]/).map((w) => w.trim())) {
    if (word === '') continue;
    const found = CATEGORY_WORDS.get(headerKey(word).replace(/data$/, '')) ?? CATEGORY_WORDS.get(headerKey(word));
    if (found) categories.add(found);
    else unknown.push(word);
  }
  return { categories: [...categories].sort(), unknown };
}

/** The problems the party's own rules find (the same schema as adding a party by hand), at the row's field. */
function partyProblems(fields: { name: string; email: string; phone: string; organisation: string }): RowProblem[] {
  const parsed = NewPartySchema.safeParse(fields);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const field = String(issue.path[0]) as 'name' | 'email' | 'phone' | 'organisation';
    if (field === 'email') return { field, message: `“${fields.email}” is not an email address` };
    if (field === 'name' && fields.name === '') return { field, message: 'No name' };
    return { field, message: `${field === 'organisation' ? 'Organisation' : field === 'phone' ? 'Phone' : 'Name'}: ${issue.message}` };
  });
}

/**
 * The data rows (below the header) through the mapping: each row's problems, and which earlier row it
 * repeats. Rows are the same person when they share an email (a different name with the same email is a
 * problem: a party's email is unique), or, without an email, the same name and phone, or, with neither,
 * the same row. A repeat is imported once, as the first.
 */
export function checkPeopleRows(rows: readonly SheetRow[], at: Partial<Record<PeopleField, number>>, sheetHidden: boolean): CheckedRow[] {
  const cell = (row: SheetRow, field: PeopleField) => (at[field] === undefined ? '' : cleanCell(row.cells[at[field]] ?? ''));
  const firstByKey = new Map<string, { row: number; name: string }>();
  return rows.slice(1).map((source) => {
    const given = cell(source, 'name');
    const family = cell(source, 'familyName');
    const name = [given, family].filter(Boolean).join(' ');
    const email = cell(source, 'email');
    const phone = cell(source, 'phone');
    const organisation = cell(source, 'organisation');
    const { categories, unknown } = readCategories(cell(source, 'dataCategories'));
    const problems = partyProblems({ name, email, phone, organisation });
    if (unknown.length > 0) {
      problems.push({
        field: 'dataCategories',
        message: `Not a data category: ${unknown.map((u) => `“${u}”`).join(', ')} (write them as the ICO’s categories, e.g. “Health data”, separated by semicolons)`,
      });
    }
    let duplicateOf: number | null = null;
    if (problems.length === 0) {
      const key = email
        ? `e:${email.toLowerCase()}`
        : phone
          ? `p:${nameKey(name)}|${phoneKey(phone)}`
          : `r:${nameKey(name)}|${organisation.toLowerCase()}|${categories.join()}`;
      const first = firstByKey.get(key);
      if (!first) firstByKey.set(key, { row: source.number, name });
      else if (email && nameKey(first.name) !== nameKey(name)) {
        problems.push({ field: 'email', message: `Row ${first.row} has the same email for ${first.name}: one email belongs to one party. Correct one of the rows.` });
      } else duplicateOf = first.row;
    }
    return { row: source.number, name, email, phone, organisation, dataCategories: categories, hidden: sheetHidden || source.hidden, problems, duplicateOf };
  });
}
