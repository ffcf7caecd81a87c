import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../../shared/contract';
import { driveTo, expectFailure, issuePaths, linkNewParty, type Incident } from '../../fixtures/builders';
import { contentFingerprint, createTestCasebook, minimalIncident, type TestCasebook } from '../../fixtures/db';
import { matchPeople } from '../../../electron/core/parties/peopleMatch';
import type { CheckedRow } from '../../../electron/core/parties/peopleRows';
import { observePlans } from '../planHelpers';

/** Issue 14 §3: the people affected, imported from a spreadsheet into one incident. */

let cb: TestCasebook;
let incident: Incident;
beforeEach(() => {
  cb = createTestCasebook();
  incident = cb.ok('incidents:create', minimalIncident());
});
afterEach(() => cb.close());

const put = (name: string, bytes: Uint8Array | string) => cb.core.context.files.putBytes(name, typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes);
const preview = (fileId: string, more: Partial<Input<'parties:importPreview'>> = {}) => cb.okAsync('parties:importPreview', { fileId, incidentId: incident.id, ...more });
const importPeople = (fileId: string, more: Partial<Input<'parties:import'>> = {}) => cb.okAsync('parties:import', { fileId, incidentId: incident.id, ...more });
const auditCount = () => cb.ok('audit:verify', {}).entryCount;
const linkedNames = () =>
  cb
    .ok('involvements:list', { incidentId: incident.id, limit: 500 })
    .items.map((l) => l.party.name)
    .sort();

const PAYSLIPS = [
  'Full name,Email address,Mobile,Employer,Data involved',
  'Ahmad Rahimi,a.rahimi@example.org,07700 900001,Kabul office,Health data; Economic and financial data',
  'Farida Noori,f.noori@example.org,07700 900002,,',
  ',nobody@example.org,,,',
  'Nasir Popal,not-an-email,,,',
  'ahmad rahimi,A.Rahimi@example.org,,,',
  'Zarghona Safi,a.rahimi@example.org,,,',
  'Wahid Karimi,,07700 900003,,Shoe size',
  '',
  'Laila Ahmadi,,07700 900004,,',
].join('\r\n');

describe('the preview of a spreadsheet of people', () => {
  it('suggests the mapping from the header and names every problem at the row number the spreadsheet shows', async () => {
    const p = await preview(put('payslips.csv', PAYSLIPS).fileId);
    expect(p.format).toBe('csv');
    expect(p.suggestedMapping).toEqual({ name: 'Full name', email: 'Email address', phone: 'Mobile', organisation: 'Employer', dataCategories: 'Data involved' });
    expect(p.mapping).toEqual(p.suggestedMapping);
    expect(p.columns.map((c) => c.letter)).toEqual(['A', 'B', 'C', 'D', 'E']);
    const byRow = new Map(p.rows.map((r) => [r.row, r]));
    expect(byRow.get(2)).toMatchObject({ name: 'Ahmad Rahimi', dataCategories: ['economic_financial', 'health'], problems: [], duplicateOf: null, match: null });
    expect(byRow.get(4)!.problems).toEqual([{ field: 'name', message: 'No name' }]);
    expect(byRow.get(5)!.problems).toEqual([{ field: 'email', message: '“not-an-email” is not an email address' }]);
    // The same email and the same name (in other case): one person, imported once.
    expect(byRow.get(6)).toMatchObject({ problems: [], duplicateOf: 2 });
    // The same email for someone else: a party's email is unique, so the officer must choose.
    expect(byRow.get(7)!.problems).toEqual([
      { field: 'email', message: 'Row 2 has the same email for Ahmad Rahimi: one email belongs to one party. Correct one of the rows.' },
    ]);
    expect(byRow.get(8)!.problems[0]).toMatchObject({ field: 'dataCategories' });
    expect(byRow.get(8)!.problems[0]!.message).toContain('“Shoe size”');
    // The blank row 9 is skipped, and row 10 keeps the number Excel shows.
    expect(byRow.get(10)).toMatchObject({ name: 'Laila Ahmadi', problems: [] });
    expect(p.counts).toEqual({ rows: 8, newParties: 3, matched: 0, alreadyLinked: 0, duplicates: 1, withProblems: 4, hiddenRows: 0 });
  });

  it('joins a first-name and a surname column, and reads a semicolon-separated Windows-1252 file', async () => {
    const text = 'Forename;Surname;E-mail\nZoë;Brontë;zoe@example.org\n';
    const bytes = Uint8Array.from([...text].map((ch) => (ch === 'ë' ? 0xeb : ch.charCodeAt(0))));
    const p = await preview(put('staff.csv', bytes).fileId);
    expect(p.suggestedMapping).toEqual({ name: 'Forename', familyName: 'Surname', email: 'E-mail' });
    expect(p.rows[0]).toMatchObject({ row: 2, name: 'Zoë Brontë', email: 'zoe@example.org', problems: [] });
  });

  it('finds the header below a title row, keeping the spreadsheet’s row numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('List').addRows([['Applicants, March 2026'], [], ['Ref', 'Applicant name', 'Email'], ['A1', 'Jo Harper', 'jo@example.org']]);
    const p = await preview(put('titled.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer())).fileId);
    expect(p.suggestedMapping).toEqual({ name: 'Applicant name', email: 'Email' });
    expect(p.rows).toEqual([expect.objectContaining({ row: 4, name: 'Jo Harper' })]);
  });

  it('lets the officer change the mapping, and refuses a column the sheet does not have at its field', async () => {
    const { fileId } = put('payslips.csv', PAYSLIPS);
    const p = await preview(fileId, { mapping: { name: 'Email address' } });
    expect(p.rows[0]).toMatchObject({ name: 'a.rahimi@example.org', email: '' });
    const error = expectFailure(await cb.core.callAsync('parties:importPreview', { fileId, incidentId: incident.id, mapping: { name: 'Surname' } }), 'INVALID_INPUT');
    expect(issuePaths(error)).toEqual(['mapping.name']);
  });

  it('reads hidden sheets, rows and columns of a workbook and says what was hidden', async () => {
    const workbook = new ExcelJS.Workbook();
    const visible = workbook.addWorksheet('Applicants');
    visible.addRows([
      ['Name', 'Email', 'NI number'],
      ['Jo Harper', 'jo@example.org', 'QQ123456A'],
      ['Sam Okoro', 'sam@example.org', 'QQ123456B'],
      ['Kim Lee', 'kim@example.org', 'QQ123456C'],
    ]);
    visible.getRow(3).hidden = true;
    visible.getColumn(3).hidden = true;
    const hidden = workbook.addWorksheet('Rejected', { state: 'hidden' });
    hidden.addRows([
      ['Name', 'Email'],
      ['Ali Khan', 'ali@example.org'],
    ]);
    workbook.addWorksheet('Macro data', { state: 'veryHidden' }).addRows([['Name'], ['Pat Doe'], ['Lou Roe']]);
    const { fileId } = put('applicants.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));

    const p = await preview(fileId);
    expect(p.format).toBe('xlsx');
    expect(p.sheet).toBe('Applicants');
    expect(p.sheets).toEqual([
      { name: 'Applicants', state: 'visible', rowCount: 3 },
      { name: 'Rejected', state: 'hidden', rowCount: 1 },
      { name: 'Macro data', state: 'veryHidden', rowCount: 2 },
    ]);
    expect(p.columns).toEqual([
      { name: 'Name', letter: 'A', hidden: false },
      { name: 'Email', letter: 'B', hidden: false },
      { name: 'NI number', letter: 'C', hidden: true },
    ]);
    expect(p.rows.find((r) => r.row === 3)).toMatchObject({ name: 'Sam Okoro', hidden: true });
    expect(p.counts.hiddenRows).toBe(1);
    expect(p.hiddenNotes).toEqual([
      'The sheet “Rejected” is hidden and holds 1 row below its header. Choose it to read the people in it.',
      'The sheet “Macro data” is very hidden (Excel’s Unhide does not show it) and holds 2 rows below its header. Choose it to read the people in it.',
      'Row 3 is hidden in the sheet; it is read like the others.',
      'Column C (“NI number”) is hidden in the sheet.',
    ]);

    const rejected = await preview(fileId, { sheet: 'Rejected' });
    expect(rejected.rows).toEqual([expect.objectContaining({ row: 2, name: 'Ali Khan', hidden: true })]);
    expect(rejected.hiddenNotes[0]).toBe('You are reading the sheet “Rejected”, which is hidden: its 1 row were in the file all the same.');
    expect(issuePaths(expectFailure(await cb.core.callAsync('parties:importPreview', { fileId, incidentId: incident.id, sheet: 'Nope' }), 'INVALID_INPUT'))).toEqual([
      'sheet',
    ]);

    // Hidden people are imported like the others.
    await importPeople(fileId);
    expect(linkedNames()).toEqual(['Jo Harper', 'Kim Lee', 'Sam Okoro']);
  });
});

describe('matching the register’s parties', () => {
  it('matches by email (any case), then by name and phone (+44 or 0), and says who is linked already', async () => {
    const byEmail = cb.ok('parties:create', { name: 'A Rahimi', email: 'A.RAHIMI@example.org' });
    const byPhone = cb.ok('parties:create', { name: 'Laila Ahmadi', phone: '+44 7700 900004', email: 'laila@old.example.org' });
    linkNewParty(cb, incident.id, { name: 'Farida Noori', email: 'f.noori@example.org' }, ['unintended_recipient']);
    // Two parties with one name and phone: neither is assumed.
    cb.ok('parties:create', { name: 'Wahid Karimi', phone: '07700 900003' });
    cb.ok('parties:create', { name: 'Wahid Karimi', phone: '07700900003' });
    const text = [
      'Name,Email,Phone',
      'Ahmad Rahimi,a.rahimi@example.org,',
      'Farida Noori,f.noori@example.org,',
      'Wahid Karimi,,07700 900003',
      'laila ahmadi,laila@new.example.org,07700 900004',
    ].join('\n');
    const { fileId } = put('people.csv', text);
    const p = await preview(fileId);
    const match = new Map(p.rows.map((r) => [r.row, r.match]));
    expect(match.get(2)).toEqual({
      partyId: byEmail.id,
      name: 'A Rahimi',
      by: 'email',
      alreadyLinked: false,
      note: 'On the register as A Rahimi, with this email; their record is kept as it is',
    });
    expect(match.get(3)).toMatchObject({ by: 'email', alreadyLinked: true, note: null });
    expect(match.get(4)).toBeNull();
    expect(match.get(5)).toEqual({
      partyId: byPhone.id,
      name: 'Laila Ahmadi',
      by: 'namePhone',
      alreadyLinked: false,
      note: 'Their email on the register is laila@old.example.org; it is kept',
    });
    expect(p.counts).toMatchObject({ rows: 4, newParties: 1, matched: 3, alreadyLinked: 1 });

    const partiesBefore = cb.ok('parties:search', { limit: 200 }).items.length;
    const result = await importPeople(fileId, { role: 'data_subject', dataCategories: ['basic_identifiers'] });
    expect(result).toMatchObject({ linked: 4, partiesCreated: 1, matched: 3, alreadyLinked: 1, skipped: 0 });
    expect(cb.ok('parties:search', { limit: 200 }).items.length).toBe(partiesBefore + 1);
    // The party already linked gains the role and categories; its other role stays.
    const farida = cb.ok('involvements:list', { incidentId: incident.id }).items.find((l) => l.party.name === 'Farida Noori')!;
    expect(farida.involvement).toMatchObject({ roles: ['data_subject', 'unintended_recipient'], dataCategories: ['basic_identifiers'], version: 2 });
    expect(cb.ok('parties:get', { id: byPhone.id }).email).toBe('laila@old.example.org');
  });
  it('looks each row up through the email and name indexes, never scanning the parties', () => {
    for (let i = 0; i < 50; i += 1) cb.ok('parties:create', { name: `Person ${i}`, email: `p${i}@example.org`, phone: `07700 9000${i}` });
    cb.db.exec('ANALYZE');
    const row = (name: string, email: string, phone: string): CheckedRow => ({
      row: 2,
      name,
      email,
      phone,
      organisation: '',
      dataCategories: [],
      hidden: false,
      problems: [],
      duplicateOf: null,
    });
    const plans = observePlans(
      cb.db,
      () => void matchPeople(cb.db, incident.id, [row('Person 3', 'new@example.org', '07700 90003'), row('Person 4', 'P4@example.org', '')]),
    );
    const lookups = plans.filter((p) => p.sql.includes('FROM parties'));
    expect(lookups.map((p) => p.sql)).toEqual([
      expect.stringContaining('WHERE email = ?'),
      expect.stringContaining('WHERE name = ?'),
      expect.stringContaining('WHERE email = ?'),
    ]);
    for (const { plan } of lookups) expect(plan.join(' ')).toMatch(/USING (COVERING )?INDEX parties_by_(email|name)/);
    const links = plans.find((p) => p.sql.includes('FROM involvements'))!;
    expect(links.plan.join(' ')).toMatch(/USING (COVERING )?INDEX involvements_by_incident/);
  });
});

describe('importing the people', () => {
  const CLEAN = ['Name,Email,Category', 'Jo Harper,jo@example.org,Health', 'Sam Okoro,sam@example.org,', 'jo harper,JO@example.org,Location'].join('\n');

  it('links every person with the batch’s role, categories and status, in one transaction with one audit entry', async () => {
    const before = auditCount();
    const result = await importPeople(put('list.csv', CLEAN).fileId, { role: 'data_subject', dataCategories: ['basic_identifiers'], notificationStatus: 'pending' });
    expect(result).toEqual({
      incidentId: incident.id,
      reference: incident.reference,
      linked: 2,
      partiesCreated: 2,
      matched: 0,
      alreadyLinked: 0,
      duplicatesMerged: 1,
      skipped: 0,
    });
    expect(auditCount()).toBe(before + 1);
    expect(cb.ok('audit:verify', {}).ok).toBe(true);
    const links = cb.ok('involvements:list', { incidentId: incident.id }).items;
    expect(links.map((l) => [l.party.name, l.party.email, l.involvement.roles, l.involvement.dataCategories, l.involvement.notificationStatus])).toEqual([
      // The repeated row's category joins the first row's.
      ['Jo Harper', 'jo@example.org', ['data_subject'], ['basic_identifiers', 'health', 'location'], 'pending'],
      ['Sam Okoro', 'sam@example.org', ['data_subject'], ['basic_identifiers'], 'pending'],
    ]);
    const entry = cb.ok('incidents:history', { id: incident.id }).items[0]!;
    expect(entry).toMatchObject({ action: 'parties.imported', entityType: 'incident', entityId: incident.id });
    expect(entry.summary).toBe('Imported 2 people from list.csv as data subject: 2 new, 0 already on the register');
    const after = cb.ok('incidents:get', { id: incident.id }).incident;
    expect(after.partyCount).toBe(2);
    expect(after.affectedCount).toBe(2);
    // The new parties are found by search like any other.
    expect(cb.ok('parties:search', { text: 'okoro' }).items.map((p) => p.email)).toEqual(['sam@example.org']);
  });

  it('refuses rows with problems unless told to leave them out, writing nothing; then imports the rest', async () => {
    const { fileId } = put('payslips.csv', PAYSLIPS);
    const before = contentFingerprint(cb.db);
    const error = expectFailure(await cb.core.callAsync('parties:import', { fileId, incidentId: incident.id }), 'INVALID_INPUT');
    expect(issuePaths(error)).toEqual(['skipRowsWithProblems']);
    expect(error.message).toContain('4 rows of payslips.csv have problems (rows 4–5, 7–8; row 4: No name)');
    expect(contentFingerprint(cb.db)).toBe(before);
    const result = await importPeople(fileId, { skipRowsWithProblems: true });
    expect(result).toMatchObject({ linked: 3, partiesCreated: 3, skipped: 4, duplicatesMerged: 1 });
    expect(linkedNames()).toEqual(['Ahmad Rahimi', 'Farida Noori', 'Laila Ahmadi']);
  });

  it('refuses a malformed file naming the file and the row, writing nothing', async () => {
    const before = contentFingerprint(cb.db);
    const cases: [string, string | Uint8Array, string][] = [
      [
        'unclosed.csv',
        'Name,Email\nJo,jo@example.org\n"Sam,sam@example.org\nKim,kim@example.org\n',
        'unclosed.csv cannot be read at row 3: a quoted cell there is never closed',
      ],
      ['wide.csv', 'Name,Email\nJo,jo@example.org\nSam,sam@example.org,extra\n', 'wide.csv cannot be read at row 3: it has 3 cells where the header has 2'],
      ['multiline.csv', 'Name,Notes\n"Jo\nHarper",x\nSam\n', 'multiline.csv cannot be read at row 3 (line 4 of the file): it has 1 cell where the header has 2'],
      ['broken.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), 'broken.xlsx is not an Excel workbook Casebook can read'],
      ['old.xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.xls is an old-style Excel workbook (.xls) or a password-protected one'],
      ['photo.csv', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'photo.csv is not a spreadsheet Casebook can read'],
      ['empty.csv', '', 'empty.csv is empty'],
    ];
    for (const [name, bytes, message] of cases) {
      const { fileId } = put(name, bytes);
      for (const operation of ['parties:importPreview', 'parties:import'] as const) {
        const error = expectFailure(await cb.core.callAsync(operation, { fileId, incidentId: incident.id }), 'INVALID_INPUT');
        expect(error.message).toContain(message);
        expect(error.message).toContain('Nothing was imported.');
      }
    }
    expect(contentFingerprint(cb.db)).toBe(before);
  });

  it('refuses an import into a closed incident, and without a name column, writing nothing', async () => {
    const before = contentFingerprint(cb.db);
    const noNames = put('codes.csv', 'Code,Amount\nA1,3\n').fileId;
    expect((await preview(noNames)).mapping).toBeNull();
    expect(issuePaths(expectFailure(await cb.core.callAsync('parties:import', { fileId: noNames, incidentId: incident.id }), 'INVALID_INPUT'))).toEqual(['mapping.name']);
    expect(contentFingerprint(cb.db)).toBe(before);
    const closed = driveTo(cb, cb.ok('incidents:create', minimalIncident({ title: 'Closed one' })), 'closed');
    const { fileId } = put('list.csv', CLEAN);
    const beforeClosed = contentFingerprint(cb.db);
    expectFailure(await cb.core.callAsync('parties:import', { fileId, incidentId: closed.id }), 'INVALID_TRANSITION');
    expect(contentFingerprint(cb.db)).toBe(beforeClosed);
  });

  it('letters and “mark as told” work on the imported people as on any party', async () => {
    await importPeople(put('list.csv', CLEAN).fileId, { notificationStatus: 'pending' });
    cb.ok('incidents:update', {
      id: incident.id,
      version: cb.ok('incidents:get', { id: incident.id }).incident.version,
      patch: { publicAccount: 'An email about your pay went astray.' },
    });
    const letters = await cb.okAsync('reports:generate', { request: { kind: 'letters', incidentId: incident.id, releasableConfirmed: true }, format: 'docx' });
    expect(letters.files).toHaveLength(1);
    const shown = cb.ok('reports:preview', { kind: 'letters', incidentId: incident.id });
    expect(shown.documents).toHaveLength(2);
    const told = cb.ok('involvements:markNotified', { incidentId: incident.id, notifiedAt: Date.UTC(2026, 10, 27, 8, 0), method: 'letter' });
    expect(told).toEqual({ updated: 2 });
    expect(cb.ok('involvements:list', { incidentId: incident.id }).items.map((l) => l.involvement.notificationStatus)).toEqual(['notified', 'notified']);
  });

  it('imports a 20,000-row CSV and a 1,200-row workbook', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `Person ${i + 1},person${i + 1}@example.org,07700 ${String(900000 + i)}`);
    const started = Date.now();
    const big = await importPeople(put('payroll.csv', ['Name,Email,Phone', ...rows].join('\n')).fileId);
    console.info(`20,000-row CSV imported in ${Date.now() - started} ms`);
    expect(big).toMatchObject({ linked: 20_000, partiesCreated: 20_000 });

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Payslips');
    sheet.addRow(['Name', 'Email']);
    for (let i = 1; i <= 1200; i += 1) sheet.addRow([`Payee ${i}`, `payee${i}@example.org`]);
    const second = cb.ok('incidents:create', minimalIncident({ title: 'Payslips' }));
    const startedXlsx = Date.now();
    const fileId = put('payslips.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer())).fileId;
    const p = await cb.okAsync('parties:importPreview', { fileId, incidentId: second.id });
    expect(p.counts).toMatchObject({ rows: 1200, newParties: 1200 });
    expect(p.rows).toHaveLength(10);
    const result = await cb.okAsync('parties:import', { fileId, incidentId: second.id });
    console.info(`1,200-row workbook previewed and imported in ${Date.now() - startedXlsx} ms`);
    expect(result.linked).toBe(1200);
  }, 120_000);
});
