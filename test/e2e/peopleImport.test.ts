import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption, ok, pickOptions, signIn, startE2eSession, type E2eSession } from './support/e2eSession';

const FIRST = ['Amina', 'Ben', 'Chloe', 'Dev', 'Ellie', 'Femi', 'Grace', 'Hamid', 'Isla', 'Jack'];
const LAST = ['Adeyemi', 'Brown', 'Campbell', 'Davies', 'Evans', 'Fraser', 'Gill', 'Hughes', 'Iqbal', 'Jones'];

/**
 * The 100 applicants of a recruitment campaign as HR exported them: row 8 is someone already on the
 * register, row 14's email was mistyped, and row 41 repeats row 13.
 */
function applicants(): string {
  const rows = Array.from({ length: 100 }, (_, i) => {
    const name = `${FIRST[i % 10]} ${LAST[Math.floor(i / 10)]}`;
    return [name, `${name.toLowerCase().replace(' ', '.')}@example.org`, `07700 900${String(i).padStart(3, '0')}`, 'Recruitment campaign 2026'];
  });
  rows[6] = ['Jo Harper', 'jo.harper@example.org', '', 'Recruitment campaign 2026'];
  rows[12]![1] = 'not-an-email';
  rows[39] = [...rows[11]!];
  return ['Full name,Email,Phone number,Organisation', ...rows.map((r) => r.join(','))].join('\r\n');
}

/** Issue 14 §3: an officer imports the list of people affected and finds them in the incident's Parties. */
describe('importing the people affected from a spreadsheet', () => {
  let s: E2eSession;
  let dir: string;
  let csvPath: string;
  let xlsxPath: string;

  beforeAll(async () => {
    s = await startE2eSession('people');
    dir = mkdtempSync(join(tmpdir(), 'casebook-people-csv-'));
    csvPath = join(dir, 'applicants.csv');
    writeFileSync(csvPath, applicants());
    // The shortlist as sent: a hidden row, a hidden column of NI numbers, and the rejected applicants on a hidden sheet.
    const workbook = new ExcelJS.Workbook();
    const shortlist = workbook.addWorksheet('Shortlist');
    shortlist.addRows([
      ['Name', 'Email', 'NI number'],
      ['Kim Lee', 'kim.lee@example.org', 'QQ123456C'],
      ['Ola Obi', 'ola.obi@example.org', 'QQ123456D'],
    ]);
    shortlist.getRow(3).hidden = true;
    shortlist.getColumn(3).hidden = true;
    workbook.addWorksheet('Rejected', { state: 'hidden' }).addRows([
      ['Name', 'Email'],
      ['Ali Khan', 'ali.khan@example.org'],
      ['Uma Rao', 'uma.rao@example.org'],
    ]);
    xlsxPath = join(dir, 'shortlist.xlsx');
    writeFileSync(xlsxPath, new Uint8Array(await workbook.xlsx.writeBuffer()));
  });

  afterAll(async () => {
    await s?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('imports a 100-row CSV of people and shows them in Parties', async () => {
    await s.shotOnFailure('people-import', journey);
  });

  async function journey() {
    const { page } = s;
    await signIn(page, s.harness.url);
    await page.getByRole('button', { name: 'Create account and open Casebook' }).click();
    await page.getByTestId('empty-register').waitFor();
    const incident = ok(
      await s.api('incidents:create', {
        title: 'Applicant list emailed to the wrong recruiter',
        kind: 'misdirected_email',
        discoveredAt: Date.UTC(2026, 10, 26, 14, 30),
        details: {},
      }),
    );
    ok(await s.api('parties:create', { name: 'Jo Harper', email: 'jo.harper@example.org' }));

    await page.goto(`${s.harness.url}#/incidents/${incident.reference}/parties`);
    await page.getByRole('button', { name: 'Import from a spreadsheet' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Spreadsheet of people').setInputFiles(csvPath);
    await dialog.getByTestId('people-summary').waitFor();
    expect(await dialog.getByRole('combobox', { name: /^Name \(or first name\)/ }).inputValue()).toBe('A: Full name');
    expect(await dialog.getByRole('combobox', { name: 'Email' }).inputValue()).toBe('B: Email');
    expect(await dialog.getByTestId('people-summary').textContent()).toBe(
      '100 rows below the header, 97 new parties, 1 already on the register, 1 repeated row, 1 row with problems.',
    );
    await dialog.getByTestId('people-row').filter({ hasText: '“not-an-email” is not an email address' }).getByText('14', { exact: true }).waitFor();
    await dialog.getByTestId('people-row').filter({ hasText: 'Same person as row 13: imported once' }).getByText('41', { exact: true }).waitFor();
    await dialog.getByTestId('people-row').filter({ hasText: 'On the register as Jo Harper (same email)' }).getByText('8', { exact: true }).waitFor();
    expect(await dialog.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await s.shot('90-people-import-preview');

    await pickOptions(page, 'Their personal data involved', ['Basic personal identifiers (name, contact details)'], dialog);
    await dialog.getByLabel('Leave out the row with problems and import the others').check();
    await dialog.getByRole('button', { name: 'Import 98 people' }).click();
    await dialog
      .getByTestId('people-import-result')
      .getByText(`98 people linked to ${incident.reference}: 97 new, 1 already on the register; 1 repeated row imported once; 1 row with problems left out.`)
      .waitFor();
    await s.shot('91-people-import-done');
    await dialog.locator('button', { hasText: 'Close' }).click();

    await page.getByText('98 affected (their own data was involved) of 98 linked.').waitFor();
    const table = page.getByTestId('parties-table');
    await table.getByTestId('linked-party').filter({ hasText: 'Jack Jones' }).getByText('Basic personal identifiers (name, contact details)').waitFor();
    await table.getByTestId('linked-party').filter({ hasText: 'Jo Harper' }).waitFor();
    expect(await table.getByTestId('linked-party').count()).toBe(98);
    await s.shot('92-people-in-parties');

    // A workbook with hidden parts: the dialog says what was hidden, and the hidden sheet can be read.
    await page.getByRole('button', { name: 'Import from a spreadsheet' }).click();
    await dialog.getByLabel('Spreadsheet of people').setInputFiles(xlsxPath);
    const hidden = dialog.getByTestId('people-hidden-notes');
    await hidden.getByText('The sheet “Rejected” is hidden and holds 2 rows below its header. Choose it to read the people in it.').waitFor();
    await hidden.getByText('Row 3 is hidden in the sheet; it is read like the others.').waitFor();
    await hidden.getByText('Column C (“NI number”) is hidden in the sheet.').waitFor();
    await dialog.getByTestId('people-row').filter({ hasText: 'Ola Obi' }).getByText('hidden', { exact: true }).waitFor();
    await s.shot('93-people-import-hidden');
    await chooseOption(page, 'Sheet', 'Rejected (hidden): 2 rows', dialog);
    await hidden.getByText('You are reading the sheet “Rejected”, which is hidden: its 2 rows were in the file all the same.').waitFor();
    await dialog.getByTestId('people-row').filter({ hasText: 'Uma Rao' }).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    const listed = ok(await s.api('involvements:list', { incidentId: incident.id, limit: 500 }));
    expect(listed.total).toBe(98);
    expect(listed.items.every((l) => l.involvement.roles.join() === 'data_subject')).toBe(true);
    await s.expectNothingLeaked();
  }
});
