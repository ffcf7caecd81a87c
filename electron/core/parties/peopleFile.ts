import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { PEOPLE_IMPORT_MAX_ROWS, type SHEET_STATES } from '../../../shared/contract/peopleImport';
import { AppError } from '../../../shared/contract/result';

/** One row of a sheet, numbered as the spreadsheet shows it. */
export type SheetRow = { number: number; cells: string[]; hidden: boolean };
export type PeopleSheet = { name: string; state: (typeof SHEET_STATES)[number]; rows: SheetRow[]; hiddenColumns: ReadonlySet<number> };
/** A spreadsheet of people as read: a CSV is one visible sheet without a name. */
export type PeopleBook = { format: 'csv' | 'xlsx'; sheets: PeopleSheet[] };

const refuse = (fileName: string, problem: string) => new AppError('INVALID_INPUT', `${fileName} ${problem} Nothing was imported.`);

/** Reads every sheet of an XLSX or the one table of a CSV, hidden sheets, rows and columns included. */
export async function readPeopleFile(fileName: string, bytes: Buffer): Promise<PeopleBook> {
  if (bytes.length === 0) throw refuse(fileName, 'is empty.');
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return readWorkbook(fileName, bytes);
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw refuse(
      fileName,
      'is an old-style Excel workbook (.xls) or a password-protected one, which Casebook cannot read. Open it in Excel and save it as .xlsx without a password.',
    );
  }
  return { format: 'csv', sheets: [{ name: '', state: 'visible', rows: readCsv(fileName, decodeText(fileName, bytes)), hiddenColumns: new Set() }] };
}

/**
 * Excel writes "CSV UTF-8" with a byte-order mark, "Unicode text" as UTF-16, and plain "CSV (Comma
 * delimited)" in Windows-1252, where a name like Zoë is not valid UTF-8: each is read as what it is.
 */
function decodeText(fileName: string, bytes: Buffer): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes);
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  if (text.includes('\u0000')) throw refuse(fileName, 'is not a spreadsheet Casebook can read: choose a .csv or .xlsx file.');
  return text;
}

/** The row, and where quoted cells span lines, the line a text editor shows, of the record that ends at `end`. */
function placeOf(text: string, rowNumber: number, start: number): string {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) line += 1;
  return line === rowNumber ? `row ${rowNumber}` : `row ${rowNumber} (line ${line} of the file)`;
}

function readCsv(fileName: string, text: string): SheetRow[] {
  const rows: SheetRow[] = [];
  let width = -1;
  let number = 0;
  let start = 0;
  Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t'],
    step(result) {
      number += 1;
      const cells = result.data;
      const quoteError = result.errors.find((e) => e.type === 'Quotes');
      if (quoteError) {
        throw refuse(
          fileName,
          `cannot be read at ${placeOf(text, number, start)}: a quoted cell there is never closed, or has a stray quote inside it. Check the file has not been cut short, or save it from Excel again.`,
        );
      }
      if (!cells.every((c) => c.trim() === '')) {
        if (width === -1) width = cells.length;
        else if (cells.length !== width) {
          throw refuse(
            fileName,
            `cannot be read at ${placeOf(text, number, start)}: it has ${cells.length} cell${cells.length === 1 ? '' : 's'} where the header has ${width}. Check the file has not been cut short or edited by hand, or save it from Excel again.`,
          );
        }
        rows.push({ number, cells, hidden: false });
      }
      start = result.meta.cursor;
    },
  });
  return capped(fileName, rows);
}

function capped(fileName: string, rows: SheetRow[]): SheetRow[] {
  if (rows.length > PEOPLE_IMPORT_MAX_ROWS + 1) {
    throw refuse(
      fileName,
      `has ${(rows.length - 1).toLocaleString('en-GB')} rows; one import takes at most ${PEOPLE_IMPORT_MAX_ROWS.toLocaleString('en-GB')}. Split the list into several files.`,
    );
  }
  return rows;
}

async function readWorkbook(fileName: string, bytes: Buffer): Promise<PeopleBook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw refuse(fileName, 'is not an Excel workbook Casebook can read (it may be damaged, or another kind of file). Open it in Excel and save it as .xlsx or .csv.');
  }
  return { format: 'xlsx', sheets: workbook.worksheets.map((sheet) => readSheet(fileName, sheet)) };
}

function readSheet(fileName: string, sheet: ExcelJS.Worksheet): PeopleSheet {
  const width = sheet.columnCount;
  const hiddenColumns = new Set<number>();
  for (let c = 1; c <= width; c += 1) if (sheet.getColumn(c).hidden) hiddenColumns.add(c - 1);
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c += 1) cells.push(cellText(row.getCell(c)));
    if (cells.some((t) => t.trim() !== '')) rows.push({ number, cells, hidden: row.hidden });
  });
  return { name: sheet.name, state: sheet.state === 'hidden' || sheet.state === 'veryHidden' ? sheet.state : 'visible', rows: capped(fileName, rows), hiddenColumns };
}

/** What the cell shows: a formula's result, a link's text, rich text joined; an error value stays as Excel shows it. */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'error' in value) return String(value.error);
  return cell.text;
}
