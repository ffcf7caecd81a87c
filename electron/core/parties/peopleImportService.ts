import { createHash } from 'node:crypto';
import type { Output, ParsedInput } from '../../../shared/contract';
import { PEOPLE_IMPORT_MAX_BYTES, type PeopleMapping } from '../../../shared/contract/peopleImport';
import { AppError } from '../../../shared/contract/result';
import { DATA_CATEGORY_LABELS, NOTIFICATION_STATUS_LABELS, PARTY_ROLE_LABELS, type DataCategory } from '../../../shared/domain/vocabulary';
import { stampNow } from '../actor';
import { appendAudit } from '../audit/auditLog';
import type { CoreContext } from '../context';
import { getIncidentOrThrow, refreshPartyCounts } from '../incidents/incidentRepository';
import { requireOpen } from '../incidents/incidentRules';
import { reindexIncident } from '../incidents/searchIndex';
import { prepareLinkWrites } from './involvementRepository';
import { preparePersonInsert } from './partyRepository';
import { mappedIndexes, sheetColumns, suggestPeopleMapping, type SheetColumn } from './peopleColumns';
import { readPeopleFile, type PeopleBook, type PeopleSheet } from './peopleFile';
import { matchPeople } from './peopleMatch';
import { buildPreview, rowRanges } from './peoplePreview';
import { checkPeopleRows, type CheckedRow } from './peopleRows';

type FileChoice = ParsedInput<'parties:importPreview'>;

/** A spreadsheet read and checked, before anything is compared with the register or written. */
type PeoplePlan = {
  fileName: string;
  sha256: string;
  book: PeopleBook;
  sheet: PeopleSheet;
  columns: SheetColumn[];
  suggestedMapping: Partial<PeopleMapping>;
  mapping: PeopleMapping | null;
  rows: CheckedRow[];
};

const count = (n: number, word: string, plural = `${word}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? word : plural}`;

/** The sheet asked for, or the first visible sheet with rows below a header (else the first with any). */
function chooseSheet(fileName: string, book: PeopleBook, name: string | undefined): PeopleSheet {
  if (name !== undefined) {
    const named = book.sheets.find((s) => s.name === name);
    if (!named) throw new AppError('INVALID_INPUT', `${fileName} has no sheet called “${name}”. Choose the sheet again.`, [{ path: 'sheet', message: 'No such sheet' }]);
    return named;
  }
  const chosen = book.sheets.find((s) => s.state === 'visible' && s.rows.length > 1) ?? book.sheets.find((s) => s.rows.length > 1) ?? book.sheets[0];
  if (!chosen || chosen.rows.length === 0) throw new AppError('INVALID_INPUT', `${fileName} has no rows to read. Nothing was imported.`);
  return chosen;
}

/** How far down a sheet its header is looked for: below a title and a blank line or two, not further. */
const HEADER_SEARCH_ROWS = 10;

/**
 * The sheet from its header row: the first row whose names suggest a name column (a title such as
 * "Applicants, March 2026" above the table is not a header), else its first row.
 */
function fromHeader(sheet: PeopleSheet): PeopleSheet {
  for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, sheet.rows.length); i += 1) {
    const rows = sheet.rows.slice(i);
    if (suggestPeopleMapping(sheetColumns({ ...sheet, rows })).name) return { ...sheet, rows };
  }
  return sheet;
}

/** Reads the file and checks its rows; the register is not read here, so the file's work can be awaited. */
async function readPlan(ctx: CoreContext, input: FileChoice): Promise<PeoplePlan> {
  const file = ctx.files.get(input.fileId);
  getIncidentOrThrow(ctx.db, input.incidentId);
  if (file.size > PEOPLE_IMPORT_MAX_BYTES) {
    throw new AppError(
      'INVALID_INPUT',
      `${file.name} is larger than ${PEOPLE_IMPORT_MAX_BYTES / 1024 / 1024} MB, the most one import of people reads. Split the list into several files.`,
    );
  }
  const bytes = file.readAll();
  const book = await readPeopleFile(file.name, bytes);
  const sheet = fromHeader(chooseSheet(file.name, book, input.sheet));
  const columns = sheetColumns(sheet);
  const suggestedMapping = suggestPeopleMapping(columns);
  const mapping = input.mapping ?? (suggestedMapping.name ? { ...suggestedMapping, name: suggestedMapping.name } : null);
  const rows = mapping ? checkPeopleRows(sheet.rows, mappedIndexes(columns, mapping), sheet.state !== 'visible') : [];
  return { fileName: file.name, sha256: createHash('sha256').update(bytes).digest('hex'), book, sheet, columns, suggestedMapping, mapping, rows };
}

/** Casebook may be locked (the register closed) while a large file is read. */
function requireUnlocked(ctx: CoreContext): void {
  if (!ctx.db.open) throw new AppError('LOCKED', 'Casebook was locked while the list was being read, so nothing was imported. Unlock it and import the list again.');
}

/** The preview of a list of people: its sheets, columns, suggested mapping, and each row's problems and match. Writes nothing. */
export async function previewPeopleImport(ctx: CoreContext, input: FileChoice): Promise<Output<'parties:importPreview'>> {
  const plan = await readPlan(ctx, input);
  requireUnlocked(ctx);
  return buildPreview({ ...plan, matches: matchPeople(ctx.db, input.incidentId, plan.rows) });
}

/** Which rows stop the import, said so the officer can find them in the spreadsheet. */
function refuseProblems(plan: PeoplePlan, withProblems: CheckedRow[]): never {
  const first = withProblems[0]!;
  throw new AppError(
    'INVALID_INPUT',
    `${count(withProblems.length, 'row')} of ${plan.fileName} ${withProblems.length === 1 ? 'has a problem' : 'have problems'} (${withProblems.length === 1 ? 'row' : 'rows'} ${rowRanges(withProblems.map((r) => r.row))}; row ${first.row}: ${first.problems[0]!.message}). Correct the file and choose it again, or choose to leave those rows out. Nothing was imported.`,
    [{ path: 'skipRowsWithProblems', message: 'Some rows have problems' }],
  );
}

/**
 * Imports the people of a spreadsheet into an incident: each row a new party or the party already on the
 * register (docs/people-import.md#matching), linked with the batch's role, data categories and
 * notification status, all in one transaction with one audit entry. The file is read and checked first,
 * so a file that cannot be read, or rows with problems the officer has not chosen to leave out, write nothing.
 */
export async function importPeople(ctx: CoreContext, input: ParsedInput<'parties:import'>): Promise<Output<'parties:import'>> {
  const stamp = stampNow(ctx);
  const plan = await readPlan(ctx, input);
  requireUnlocked(ctx);
  if (!plan.mapping) {
    throw new AppError('INVALID_INPUT', 'Choose the column that holds the names, then import again. Nothing was imported.', [
      { path: 'mapping.name', message: 'Choose the column with the names' },
    ]);
  }
  const withProblems = plan.rows.filter((r) => r.problems.length > 0);
  if (withProblems.length > 0 && !input.skipRowsWithProblems) refuseProblems(plan, withProblems);
  const people = plan.rows.filter((r) => r.problems.length === 0 && r.duplicateOf === null);
  if (people.length === 0) throw new AppError('INVALID_INPUT', `${plan.fileName} has nobody to import below its header. Nothing was imported.`);

  // A repeated row may name more data categories: its person gains them.
  const categoriesOf = new Map(people.map((r) => [r.row, new Set<DataCategory>([...input.dataCategories, ...r.dataCategories])]));
  for (const r of plan.rows) if (r.duplicateOf !== null && r.problems.length === 0) for (const c of r.dataCategories) categoriesOf.get(r.duplicateOf)?.add(c);

  const result = ctx.db
    .transaction(() => {
      const incident = getIncidentOrThrow(ctx.db, input.incidentId);
      requireOpen(incident);
      const matches = matchPeople(ctx.db, incident.id, people);
      const addPerson = preparePersonInsert(ctx.db, stamp);
      const link = prepareLinkWrites(ctx.db, stamp, input.notificationStatus);
      const linked = new Map<string, { partyId: string; row: number; created: boolean }>();
      let alreadyLinked = 0;
      for (const person of people) {
        const match = matches.get(person.row);
        let partyId = match?.partyId;
        if (partyId === undefined) {
          partyId = ctx.newId();
          addPerson(partyId, person);
        }
        if (!linked.has(partyId)) {
          if (match?.alreadyLinked) alreadyLinked += 1;
          linked.set(partyId, { partyId, row: person.row, created: match === undefined });
        }
        link(incident.id, partyId, [input.role], categoriesOf.get(person.row)!);
      }
      refreshPartyCounts(ctx.db, incident.id);
      reindexIncident(ctx.db, incident.id);
      const created = [...linked.values()].filter((l) => l.created).length;
      const duplicatesMerged = plan.rows.filter((r) => r.duplicateOf !== null).length;
      const sheet = plan.book.format === 'xlsx' ? ` (sheet “${plan.sheet.name}”)` : '';
      appendAudit(ctx, stamp.actor, stamp.at, [
        {
          action: 'parties.imported',
          entityType: 'incident',
          entityId: incident.id,
          incidentId: incident.id,
          summary: `Imported ${count(linked.size, 'person', 'people')} from ${plan.fileName}${sheet} as ${PARTY_ROLE_LABELS[input.role].toLowerCase()}: ${created.toLocaleString('en-GB')} new, ${(linked.size - created).toLocaleString('en-GB')} already on the register${withProblems.length > 0 ? `; ${count(withProblems.length, 'row')} with problems left out` : ''}`,
          changes: [
            {
              field: 'import',
              before: null,
              after: {
                fileName: plan.fileName,
                sha256: plan.sha256,
                sheet: plan.book.format === 'xlsx' ? plan.sheet.name : null,
                sheetHidden: plan.sheet.state !== 'visible',
                rows: plan.rows.length,
                hiddenRowsRead: plan.rows.filter((r) => r.hidden).length,
                role: input.role,
                dataCategories: input.dataCategories.map((c) => DATA_CATEGORY_LABELS[c]),
                notificationStatus: NOTIFICATION_STATUS_LABELS[input.notificationStatus],
                rowsLeftOut: withProblems.map((r) => r.row),
                duplicatesMerged,
              },
            },
            { field: 'parties', before: null, after: [...linked.values()] },
          ],
        },
      ]);
      return {
        incidentId: incident.id,
        reference: incident.reference,
        linked: linked.size,
        partiesCreated: created,
        matched: linked.size - created,
        alreadyLinked,
        duplicatesMerged,
        skipped: withProblems.length,
      };
    })
    .immediate();
  ctx.events.emit({ type: 'data:changed', entities: ['incidents', 'parties'] });
  return result;
}
