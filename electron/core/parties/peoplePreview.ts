import { PEOPLE_FIELD_LABELS, type PeopleField, type PeopleMapping, type PeoplePreview, type PeopleRow } from '../../../shared/contract/peopleImport';
import type { SheetColumn } from './peopleColumns';
import type { PeopleBook, PeopleSheet } from './peopleFile';
import type { PartyMatch } from './peopleMatch';
import type { CheckedRow } from './peopleRows';

/** The first rows are always shown, so the officer sees the mapping read them right. */
const FIRST_ROWS = 10;
/** Rows the preview lists at most: the rest are counted. */
const ROWS_SHOWN = 1000;

const count = (n: number, word: string, plural = `${word}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? word : plural}`;

/** Row numbers as ranges: 4–6, 9. At most `max` ranges, then how many more rows. */
export function rowRanges(numbers: readonly number[], max = 20): string {
  const ranges: string[] = [];
  let i = 0;
  while (i < numbers.length && ranges.length < max) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j += 1;
    ranges.push(i === j ? `${numbers[i]}` : `${numbers[i]}–${numbers[j]}`);
    i = j + 1;
  }
  return i < numbers.length ? `${ranges.join(', ')} and ${count(numbers.length - i, 'more row')}` : ranges.join(', ');
}

/**
 * What the workbook hid, in plain words: hidden data in a spreadsheet is itself a known cause of
 * breaches, so every hidden sheet is named (chosen or not), and the chosen sheet's hidden rows and columns.
 */
export function hiddenNotes(book: PeopleBook, sheet: PeopleSheet, columns: SheetColumn[], mapping: PeopleMapping | null): string[] {
  const notes: string[] = [];
  for (const s of book.sheets) {
    if (s.state === 'visible') continue;
    const how = s.state === 'veryHidden' ? 'very hidden (Excel’s Unhide does not show it)' : 'hidden';
    const rows = Math.max(0, s.rows.length - 1);
    notes.push(
      s.name === sheet.name
        ? `You are reading the sheet “${s.name}”, which is ${how}: its ${count(rows, 'row')} were in the file all the same.`
        : `The sheet “${s.name}” is ${how} and holds ${count(rows, 'row')} below its header. Choose it to read the people in it.`,
    );
  }
  const hiddenRows = sheet.rows.slice(1).filter((r) => r.hidden);
  if (hiddenRows.length > 0) {
    const one = hiddenRows.length === 1;
    notes.push(
      `${one ? 'Row' : 'Rows'} ${rowRanges(hiddenRows.map((r) => r.number))} ${one ? 'is' : 'are'} hidden in the sheet; ${one ? 'it is' : 'they are'} read like the others.`,
    );
  }
  const fieldOf = new Map(Object.entries(mapping ?? {}).map(([field, name]) => [name, field as PeopleField]));
  for (const c of columns.filter((c) => c.hidden)) {
    const field = fieldOf.get(c.name);
    notes.push(`Column ${c.letter} (“${c.name}”) is hidden in the sheet${field ? `; it is read as ${PEOPLE_FIELD_LABELS[field].toLowerCase()}` : ''}.`);
  }
  return notes;
}

type PreviewParts = {
  fileName: string;
  book: PeopleBook;
  sheet: PeopleSheet;
  columns: SheetColumn[];
  suggestedMapping: Partial<PeopleMapping>;
  mapping: PeopleMapping | null;
  rows: CheckedRow[];
  matches: Map<number, PartyMatch>;
};

/** The preview: the rows worth a look (problems, repeats, matches, hidden) and the first few, and the counts. */
export function buildPreview(p: PreviewParts): PeoplePreview {
  const listed: PeopleRow[] = [];
  let worthALook = 0;
  let newParties = 0;
  let matched = 0;
  let alreadyLinked = 0;
  for (const [i, row] of p.rows.entries()) {
    const match = p.matches.get(row.row) ?? null;
    const ok = row.problems.length === 0 && row.duplicateOf === null;
    if (ok && match) matched += 1;
    if (ok && match?.alreadyLinked) alreadyLinked += 1;
    if (ok && !match) newParties += 1;
    const notable = !ok || match !== null || row.hidden;
    if (notable) worthALook += 1;
    if ((notable || i < FIRST_ROWS) && listed.length < ROWS_SHOWN) listed.push({ ...row, match });
  }
  return {
    fileName: p.fileName,
    format: p.book.format,
    sheets: p.book.format === 'csv' ? [] : p.book.sheets.map((s) => ({ name: s.name, state: s.state, rowCount: Math.max(0, s.rows.length - 1) })),
    sheet: p.book.format === 'csv' ? null : p.sheet.name,
    columns: p.columns,
    suggestedMapping: p.suggestedMapping,
    mapping: p.mapping,
    hiddenNotes: hiddenNotes(p.book, p.sheet, p.columns, p.mapping),
    counts: {
      rows: p.rows.length,
      newParties,
      matched,
      alreadyLinked,
      duplicates: p.rows.filter((r) => r.duplicateOf !== null).length,
      withProblems: p.rows.filter((r) => r.problems.length > 0).length,
      hiddenRows: p.rows.filter((r) => r.hidden).length,
    },
    rows: listed,
    rowsNotShown: Math.max(0, worthALook - listed.filter((r) => r.problems.length > 0 || r.duplicateOf !== null || r.match !== null || r.hidden).length),
  };
}
