import { describe, expect, it } from 'vitest';
import type { PeoplePreview, PeopleRow } from '../../shared/contract/peopleImport';
import { importBlocker, previewSummary, resultSummary, rowOutcome } from '../../renderer/src/features/involvements/peopleImportView';

const row = (p: Partial<PeopleRow>): PeopleRow => ({
  row: 5,
  name: 'Jo Harper',
  email: 'jo@example.org',
  phone: '',
  organisation: '',
  dataCategories: [],
  hidden: false,
  problems: [],
  duplicateOf: null,
  match: null,
  ...p,
});

const preview = (counts: Partial<PeoplePreview['counts']>): PeoplePreview => ({
  fileName: 'list.csv',
  format: 'csv',
  sheets: [],
  sheet: null,
  columns: [],
  suggestedMapping: {},
  mapping: { name: 'Name' },
  hiddenNotes: [],
  counts: { rows: 0, newParties: 0, matched: 0, alreadyLinked: 0, duplicates: 0, withProblems: 0, hiddenRows: 0, ...counts },
  rows: [],
  rowsNotShown: 0,
});

describe('what the people import does with each row, in words', () => {
  it('puts a problem first, then a repeat, then a match with its note, and otherwise a new party', () => {
    expect(rowOutcome(row({ problems: [{ field: 'name', message: 'No name' }], duplicateOf: 2 }))).toEqual({ tone: 'problem', text: 'No name' });
    expect(rowOutcome(row({ duplicateOf: 2 }))).toEqual({ tone: 'repeat', text: 'Same person as row 2: imported once' });
    const match = {
      partyId: '00000000-0000-4000-8000-000000000001',
      name: 'J Harper',
      by: 'namePhone',
      alreadyLinked: true,
      note: 'Their email on the register is j@old.org; it is kept',
    } as const;
    expect(rowOutcome(row({ match }))).toEqual({
      tone: 'match',
      text: 'On the register as J Harper (same name and phone); already linked to this incident, gains the role and categories. Their email on the register is j@old.org; it is kept',
    });
    expect(rowOutcome(row({}))).toEqual({ tone: 'new', text: 'New party' });
  });

  it('sums the preview up, leaving out what is not there', () => {
    expect(previewSummary(preview({ rows: 1, newParties: 1 }))).toBe('1 row below the header, 1 new party, 0 already on the register.');
    expect(previewSummary(preview({ rows: 1200, newParties: 1100, matched: 90, alreadyLinked: 3, duplicates: 4, withProblems: 6, hiddenRows: 12 }))).toBe(
      '1,200 rows below the header, 1,100 new parties, 90 already on the register (3 already linked here), 4 repeated rows, 6 rows with problems, 12 hidden rows.',
    );
  });

  it('says why the import cannot start yet: no file, no name column, problems not left out, nobody', () => {
    expect(importBlocker(null, false, false)).toBe('Choose a file first.');
    expect(importBlocker(preview({ newParties: 3 }), false, false)).toBe('Choose the column that holds the names.');
    expect(importBlocker(preview({ newParties: 3, withProblems: 2 }), true, false)).toBe(
      '2 rows have problems: correct the file and choose it again, or leave them out.',
    );
    expect(importBlocker(preview({ newParties: 3, withProblems: 2 }), true, true)).toBeNull();
    expect(importBlocker(preview({ withProblems: 1 }), true, true)).toBe('There is nobody to import.');
  });

  it('reports what was imported', () => {
    expect(
      resultSummary({
        incidentId: '00000000-0000-4000-8000-000000000001',
        reference: 'INC-2026-0001',
        linked: 1,
        partiesCreated: 0,
        matched: 1,
        alreadyLinked: 1,
        duplicatesMerged: 0,
        skipped: 0,
      }),
    ).toBe('1 person linked to INC-2026-0001: 0 new, 1 already on the register.');
  });
});
