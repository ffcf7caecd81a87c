import type { PeopleImportResult, PeoplePreview, PeopleRow } from '../../../../shared/contract/peopleImport';

const count = (n: number, word: string, plural = `${word}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? word : plural}`;

export type RowTone = 'problem' | 'repeat' | 'match' | 'new';

/** What the import will do with a row, in the officer's words, and how it is shown. */
export function rowOutcome(row: PeopleRow): { tone: RowTone; text: string } {
  if (row.problems.length > 0) return { tone: 'problem', text: row.problems.map((p) => p.message).join('. ') };
  if (row.duplicateOf !== null) return { tone: 'repeat', text: `Same person as row ${row.duplicateOf}: imported once` };
  if (row.match) {
    const by = row.match.by === 'email' ? 'email' : 'name and phone';
    const linked = row.match.alreadyLinked ? '; already linked to this incident, gains the role and categories' : '';
    return { tone: 'match', text: `On the register as ${row.match.name} (same ${by})${linked}${row.match.note ? `. ${row.match.note}` : ''}` };
  }
  return { tone: 'new', text: 'New party' };
}

/** The preview's counts in one sentence. */
export function previewSummary(preview: PeoplePreview): string {
  const c = preview.counts;
  const parts = [
    `${count(c.rows, 'row')} below the header`,
    `${count(c.newParties, 'new party', 'new parties')}`,
    `${c.matched.toLocaleString('en-GB')} already on the register${c.alreadyLinked > 0 ? ` (${c.alreadyLinked.toLocaleString('en-GB')} already linked here)` : ''}`,
  ];
  if (c.duplicates > 0) parts.push(`${count(c.duplicates, 'repeated row')}`);
  if (c.withProblems > 0) parts.push(`${count(c.withProblems, 'row')} with problems`);
  if (c.hiddenRows > 0) parts.push(`${count(c.hiddenRows, 'hidden row')}`);
  return `${parts.join(', ')}.`;
}

/** How many people the import will link: each row once, less those with problems left out. */
export function peopleToImport(preview: PeoplePreview): number {
  return preview.counts.newParties + preview.counts.matched;
}

/** Why the Import button cannot be pressed yet, or null when it can. */
export function importBlocker(preview: PeoplePreview | null, hasNameColumn: boolean, skipRowsWithProblems: boolean): string | null {
  if (!preview) return 'Choose a file first.';
  if (!hasNameColumn) return 'Choose the column that holds the names.';
  if (preview.counts.withProblems > 0 && !skipRowsWithProblems) {
    return `${count(preview.counts.withProblems, 'row')} ${preview.counts.withProblems === 1 ? 'has a problem' : 'have problems'}: correct the file and choose it again, or leave ${preview.counts.withProblems === 1 ? 'it' : 'them'} out.`;
  }
  if (peopleToImport(preview) === 0) return 'There is nobody to import.';
  return null;
}

/** What was done, for the dialog's last step. */
export function resultSummary(result: PeopleImportResult): string {
  const parts = [
    `${count(result.linked, 'person', 'people')} linked to ${result.reference}: ${result.partiesCreated.toLocaleString('en-GB')} new, ${result.matched.toLocaleString('en-GB')} already on the register`,
  ];
  if (result.duplicatesMerged > 0) parts.push(`${count(result.duplicatesMerged, 'repeated row')} imported once`);
  if (result.skipped > 0) parts.push(`${count(result.skipped, 'row')} with problems left out`);
  return `${parts.join('; ')}.`;
}
