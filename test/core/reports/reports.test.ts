import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRegister } from '../../../electron/core/reports/register';
import { ANNUAL_CATEGORY_OF_KIND, chartBuckets, readStatistics } from '../../../electron/core/reports/statistics';
import { isLateRegulatorNotification } from '../../../shared/domain/clocks';
import type { ReportDocument } from '../../../shared/contract/reports';
import type { IncidentSummary } from '../../../shared/contract/incidents';
import { INCIDENT_KINDS } from '../../../shared/domain/vocabulary';
import { allPages, expectFailure, issuePaths, linkNewParty, UNKNOWN_ID } from '../../fixtures/builders';
import { contentFingerprint, createTestCasebook, minimalIncident, type TestCasebook } from '../../fixtures/db';

const textOf = (docs: ReportDocument[]) => JSON.stringify(docs);

/** Letters carry only the public account the officer wrote for the people affected (issue 12 §1). */
const PUBLIC_ACCOUNT = 'An email about you went to the wrong address. It may lead to unwanted contact. We asked for it to be deleted.';
function writePublicAccount(cb: TestCasebook, incident: { id: string; version: number }) {
  return cb.ok('incidents:update', { id: incident.id, version: incident.version, patch: { publicAccount: PUBLIC_ACCOUNT } });
}
const headings = (doc: ReportDocument) => doc.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : []));

function everyIncident(cb: TestCasebook): IncidentSummary[] {
  return allPages((cursor) => cb.ok('incidents:list', { cursor, limit: 500, sort: { field: 'reference', direction: 'asc' } }));
}

describe('report builders', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook({ memory: true });
  });
  afterEach(() => cb.close());

  it('briefing: every section, missing facts as "Not yet known", the officer’s lines to take, and the record’s marking (not the lost material’s)', () => {
    const incident = cb.ok('incidents:create', minimalIncident({ recordMarking: 'OFFICIAL', materialMarking: 'SECRET', reportingOfficer: 'A. Morgan' }));
    const { documents } = cb.ok('reports:preview', { kind: 'briefing', incidentId: incident.id, linesToTake: 'We have written to everyone affected.' });
    expect(documents).toHaveLength(1);
    const doc = documents[0]!;
    expect(doc.marking).toBe('OFFICIAL');
    expect(doc.subtitle).toContain(incident.reference);
    expect(headings(doc)).toEqual([
      'Summary',
      'What happened and when',
      'What data and how many people',
      'Severity and what it means for them',
      'What has been done',
      'Who has been told and who will be',
      'Next steps and open risks',
      'Lines to take',
      'Reporting officer',
    ]);
    const json = textOf(documents);
    expect(json).toContain('We have written to everyone affected.');
    expect(json).toContain('Not yet known');
    expect(json).toContain('Not yet assessed');
    expect(json).toContain('A. Morgan');
    expect(doc.footer).toMatch(/^Generated \d{1,2} \w{3} \d{4} \d\d:\d\d by Test Officer from Casebook$/);
    // Occurred was never recorded: shown as missing, never invented.
    const fieldsBlock = doc.blocks.find((b) => b.type === 'fields' && b.rows.some((r) => r.label === 'Occurred'));
    expect(fieldsBlock?.type === 'fields' && fieldsBlock.rows.find((r) => r.label === 'Occurred')).toEqual({
      label: 'Occurred',
      value: 'Not yet known',
      isMissing: true,
    });
  });

  it('briefing: "None provided" when the officer wrote no lines to take', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const { documents } = cb.ok('reports:preview', { kind: 'briefing', incidentId: incident.id });
    expect(textOf(documents)).toContain('None provided');
  });

  it('regulator draft: every part of the ICO form, the missing mandatory answers listed first, and no name, email or phone of anyone linked', () => {
    const incident = cb.ok('incidents:create', minimalIncident({ description: 'Jo Harper’s file went to j.harper@army.ml; Sam Okoro (07700 900123) received it.' }));
    linkNewParty(cb, incident.id, { name: 'Jo Harper', email: 'j.harper@army.mil', phone: '01632 960001' }, ['data_subject']);
    linkNewParty(cb, incident.id, { name: 'Sam Okoro', email: 'sam.okoro@example.com', phone: '07700 900123' }, ['unintended_recipient']);
    const { documents } = cb.ok('reports:preview', { kind: 'regulator', incidentId: incident.id });
    const doc = documents[0]!;
    expect(headings(doc)).toEqual([
      'Mandatory answers still missing',
      '1. ICO staff already spoken to',
      '2. Report type',
      '3. About the breach',
      '4. Consequences',
      '5. Staff',
      '6. Cyber incidents',
      '7. Taking action',
      '8. Telling data subjects',
      '9. Other organisations told or to be told',
      '10. About you',
    ]);
    const missing = doc.blocks[1]!;
    expect(missing.type).toBe('bullets');
    const items = missing.type === 'bullets' ? missing.items : [];
    expect(items).toEqual(
      expect.arrayContaining(['3. How did you find out about the breach?', '3. Categories of personal data', '4. Potential consequences for the data subjects']),
    );
    const json = textOf(documents).toLowerCase();
    for (const secret of ['Jo Harper', 'j.harper@army.mil', 'j.harper@army.ml', '01632 960001', 'Sam Okoro', 'sam.okoro@example.com', '07700 900123']) {
      expect(json).not.toContain(secret.toLowerCase());
    }
    expect(json).toContain('[a data subject]');
  });

  it('regulator draft and briefing: the categories of personal data come from the linked parties until the ICO form records its own', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    linkNewParty(cb, incident.id, { name: 'Applicant One', email: 'one@example.com' }, ['data_subject'], { dataCategories: ['basic_identifiers'] });
    linkNewParty(cb, incident.id, { name: 'Applicant Two', email: 'two@example.com' }, ['data_subject'], { dataCategories: ['basic_identifiers', 'location'] });
    const answer = () => {
      const doc = cb.ok('reports:preview', { kind: 'regulator', incidentId: incident.id }).documents[0]!;
      const rows = doc.blocks.flatMap((b) => (b.type === 'fields' ? b.rows : []));
      const missing = doc.blocks[1]!.type === 'bullets' ? (doc.blocks[1] as { items: string[] }).items : [];
      return { row: rows.find((r) => r.label === 'Categories of personal data *')!, missing };
    };
    const fromParties = answer();
    expect(fromParties.row).toEqual({
      label: 'Categories of personal data *',
      value: 'Basic personal identifiers (name, contact details); Location data (from the people linked to the incident; confirm on the ICO report tab)',
      isMissing: false,
    });
    expect(fromParties.missing).not.toContain('3. Categories of personal data');
    const briefing = cb.ok('reports:preview', { kind: 'briefing', incidentId: incident.id }).documents[0]!;
    expect(briefing.blocks.flatMap((b) => (b.type === 'fields' ? b.rows : [])).find((r) => r.label === 'Kinds of personal data')).toEqual({
      label: 'Kinds of personal data',
      value: 'Basic personal identifiers (name, contact details); Location data (as recorded for the people linked; not yet confirmed)',
      isMissing: false,
    });

    const current = cb.ok('incidents:get', { id: incident.id }).incident;
    cb.ok('incidents:update', { id: incident.id, version: current.version, patch: { dataCategories: ['identification_data'] } });
    expect(answer().row.value).toBe('Identification data (usernames, passwords)');
  });

  it("regulator drafts of every demo incident name no person linked to it, and give no linked organisation's contact details", () => {
    cb.ok('demo:load', {});
    const incidents = everyIncident(cb);
    expect(incidents.length).toBeGreaterThan(3);
    let checked = 0;
    for (const incident of incidents) {
      const json = textOf(cb.ok('reports:preview', { kind: 'regulator', incidentId: incident.id }).documents).toLowerCase();
      const parties = allPages((cursor) => cb.ok('involvements:list', { incidentId: incident.id, cursor, limit: 500 }));
      for (const { party } of parties) {
        const withheld = party.type === 'person' ? [party.name, party.email, party.phone] : [party.email, party.phone];
        for (const secret of withheld.filter((s) => s.length >= 3)) {
          expect(json, `${incident.reference}: ${secret}`).not.toContain(secret.toLowerCase());
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('register: the incidents matching the filter, in reference order, with typed date columns', () => {
    const a = cb.ok('incidents:create', minimalIncident({ title: '=HYPERLINK("http://evil")', occurredAt: Date.UTC(2026, 10, 25) }));
    cb.ok('incidents:create', minimalIncident({ kind: 'other', details: {}, title: 'Printer' }));
    const c = cb.ok('incidents:create', minimalIncident({ title: 'Third' }));
    const { sheet, sheetRowCount, documents } = cb.ok('reports:preview', { kind: 'register', filter: { kinds: ['misdirected_email'] } });
    expect(documents).toEqual([]);
    expect(sheetRowCount).toBe(2);
    const headers = sheet!.columns.map((col) => col.header);
    expect(headers).toEqual(expect.arrayContaining(['Reference', 'ICO incident type', 'Discovered', 'ICO notified', 'Within 72 h', 'Root cause', 'Lessons']));
    const at = (name: string) => headers.indexOf(name);
    expect(sheet!.columns[at('Discovered')]!.type).toBe('datetime');
    expect(sheet!.columns[at('People affected')]!.type).toBe('number');
    expect(sheet!.rows.map((r) => r[0])).toEqual([a.reference, c.reference]);
    expect(sheet!.rows[0]![at('Title')]).toBe('=HYPERLINK("http://evil")'); // the model keeps the text; the renderers neutralise it
    expect(sheet!.rows[0]![at('Occurred')]).toBe(Date.UTC(2026, 10, 25));
    expect(sheet!.rows[1]![at('Occurred')]).toBeNull();
  });

  it('register: a preview of the first rows still counts and marks every match', () => {
    cb.ok('incidents:create', minimalIncident({ recordMarking: 'OFFICIAL' }));
    const last = cb.ok('incidents:create', minimalIncident({ recordMarking: 'SECRET', materialMarking: 'TOP SECRET' }));
    const everything = { statuses: [], kinds: [], markings: [], text: '' };
    const preview = readRegister(cb.core.context, everything, 1);
    expect(preview.sheet.rows).toHaveLength(1);
    expect(preview.rowCount).toBe(2);
    expect(preview.marking).toBe('SECRET');
    const whole = readRegister(cb.core.context, everything);
    expect(whole.sheet.rows.map((r) => r[0])).toContain(last.reference);
    expect(whole.marking).toBe('SECRET');
    // No one's data linked: OFFICIAL is not raised; once a data subject is linked, OFFICIAL-SENSITIVE at least.
    expect(readRegister(cb.core.context, { ...everything, markings: ['OFFICIAL'] }).marking).toBe('OFFICIAL');
    linkNewParty(cb, last.id, { name: 'Jo Harper' }, ['data_subject']);
    cb.ok('incidents:create', minimalIncident({ title: 'Plain', recordMarking: 'OFFICIAL' }));
    expect(readRegister(cb.core.context, { ...everything, text: 'Plain' }).marking).toBe('OFFICIAL');
  });

  it('statistics: counts by kind, the ICO table and the 72-hour figure agree with the incidents counted independently', () => {
    cb.ok('demo:load', {});
    const from = Date.UTC(2020, 0, 1);
    const to = Date.UTC(2027, 0, 1);
    const stats = readStatistics(cb.core.context, from, to);
    const inPeriod = everyIncident(cb).filter((i) => i.discoveredAt >= from && i.discoveredAt < to);
    expect(stats.total).toBe(inPeriod.length);
    for (const kind of INCIDENT_KINDS) {
      expect(stats.byKind.find((k) => k.kind === kind)!.count, kind).toBe(inPeriod.filter((i) => i.kind === kind).length);
    }
    const notified = inPeriod.filter((i) => i.regulatorNotifiedAt !== null);
    expect(stats.regulatorNotifications.total).toBe(notified.length);
    expect(stats.regulatorNotifications.within72h).toBe(notified.filter((i) => !isLateRegulatorNotification(i.discoveredAt, i.regulatorNotifiedAt!)).length);
    expect(stats.reportedToIco).toHaveLength(notified.length);
    expect(stats.byMonth.reduce((n, m) => n + m.count, 0)).toBe(inPeriod.length);
    const others = inPeriod.filter((i) => i.regulatorNotifiedAt === null);
    const detailed = others.map((i) => cb.ok('incidents:get', { id: i.id }).incident).filter((i) => i.outcome !== 'duplicate' && i.outcome !== 'not_a_breach');
    for (const category of ['outside', 'disposal', 'disclosure', 'other'] as const) {
      expect(stats.otherByCategory.find((c) => c.category === category)!.count, category).toBe(
        detailed.filter((i) => ANNUAL_CATEGORY_OF_KIND[i.kind] === category).length,
      );
    }
    const { documents } = cb.ok('reports:preview', { kind: 'statistics', from, to });
    expect(documents[0]!.blocks.some((b) => b.type === 'chart')).toBe(true);
    expect(textOf(documents)).toContain('Summary of protected personal data related incidents formally reported to the ICO');
  });

  it('statistics: the chart shows months up to two years, then quarters, then years, with the same total', () => {
    const months = (n: number) => Array.from({ length: n }, (_, i) => ({ month: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, count: i % 3 }));
    const total = (xs: { count: number }[]) => xs.reduce((a, b) => a + b.count, 0);
    expect(chartBuckets(months(24))).toHaveLength(24);
    expect(
      chartBuckets(months(36))
        .map((b) => b.label)
        .slice(0, 2),
    ).toEqual(['Q1 2000', 'Q2 2000']);
    expect(chartBuckets(months(132)).map((b) => b.label)).toEqual(Array.from({ length: 11 }, (_, i) => String(2000 + i)));
    for (const n of [24, 36, 132]) expect(total(chartBuckets(months(n)))).toBe(total(months(n)));
  });

  it('letters: one per party marked to be told, addressed by name, with the public account and no internal text, marked OFFICIAL by default', () => {
    const incident = writePublicAccount(cb, cb.ok('incidents:create', minimalIncident({ reportingOfficer: 'A. Morgan, DPO' })));
    linkNewParty(cb, incident.id, { name: 'Jo Harper' }, ['data_subject'], { notificationStatus: 'pending', dataCategories: ['basic_identifiers'] });
    linkNewParty(cb, incident.id, { name: 'Ann Other' }, ['data_subject'], { notificationStatus: 'pending' });
    linkNewParty(cb, incident.id, { name: 'Not Pending' }, ['data_subject'], { notificationStatus: 'undecided' });
    cb.ok('actions:add', { incidentId: incident.id, kind: 'containment', description: 'Asked the recipient to delete the email.' });
    const { documents } = cb.ok('reports:preview', { kind: 'letters', incidentId: incident.id });
    expect(documents.map((d) => d.subtitle)).toEqual(['Letter to Jo Harper', 'Letter to Ann Other']);
    const letter = textOf([documents[0]!]);
    expect(letter).toContain('Dear Jo Harper,');
    for (const h of ['What information about you was involved', 'What happened, what it may mean for you and what we have done', 'Who to contact']) {
      expect(letter).toContain(h);
    }
    expect(letter).toContain(PUBLIC_ACCOUNT);
    expect(letter).not.toContain('A. Morgan, DPO');
    expect(letter).not.toContain('Asked the recipient to delete the email.');
    expect(documents.every((d) => d.marking === 'OFFICIAL')).toBe(true);
  });

  it('regulator draft: part 10 gives the organisation and its DPO from Settings, and no longer lists them as missing', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const part10 = () => {
      const doc = cb.ok('reports:preview', { kind: 'regulator', incidentId: incident.id }).documents[0]!;
      const list = doc.blocks[1]!;
      const missing = list.type === 'bullets' ? list.items : [];
      const part = doc.blocks[doc.blocks.findIndex((b) => b.type === 'heading' && b.text === '10. About you') + 1]!;
      const rows = part.type === 'fields' ? part.rows : [];
      return { missing, row: (label: string) => rows.find((r) => r.label.replace(/ \*$/, '') === label) };
    };
    const before = part10();
    expect(before.missing).toContain('10. Organisation (controller) name');
    expect(before.row('Contact point / Data Protection Officer')?.value).toBe('Test Officer');

    cb.ok('organisation:update', {
      name: 'Ministry of Examples',
      icoRegistrationNumber: 'Z1234567',
      sector: 'Central government',
      address: '1 Example Street, London SW1A 1AA',
      dpoName: 'Dana Price',
      dpoEmail: 'dpo@example.gov.uk',
      dpoPhone: '020 7946 0000',
    });
    const after = part10();
    expect(after.missing.filter((m) => m.startsWith('10.'))).toEqual([]);
    expect(after.row('Organisation (controller) name')).toEqual({ label: 'Organisation (controller) name *', value: 'Ministry of Examples', isMissing: false });
    expect(after.row('Data protection fee registration number')?.value).toBe('Z1234567');
    expect(after.row('Sector')?.value).toBe('Central government');
    expect(after.row('Address')?.value).toBe('1 Example Street, London SW1A 1AA');
    expect(after.row('Contact point / Data Protection Officer')?.value).toBe('Dana Price, dpo@example.gov.uk, 020 7946 0000');
  });

  it('letters: the DPO is the contact point once set, and the organisation signs them', () => {
    const incident = writePublicAccount(cb, cb.ok('incidents:create', minimalIncident({ reportingOfficer: 'A. Morgan' })));
    linkNewParty(cb, incident.id, { name: 'Jo Harper' }, ['data_subject'], { notificationStatus: 'pending' });
    cb.ok('organisation:update', { name: 'Ministry of Examples', dpoName: 'Dana Price', dpoEmail: 'dpo@example.gov.uk', dpoPhone: '020 7946 0000' });
    const letter = textOf(cb.ok('reports:preview', { kind: 'letters', incidentId: incident.id }).documents);
    expect(letter).toContain('please contact Dana Price (dpo@example.gov.uk, 020 7946 0000), quoting reference');
    expect(letter).toContain('Yours sincerely,\\nDana Price\\nMinistry of Examples');
    expect(letter).not.toContain('A. Morgan');
  });
});

describe('reports:generate', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook({ memory: true });
  });
  afterEach(() => cb.close());

  it('returns the file and records one audit entry saying who generated what, without the content', async () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const before = cb.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number };
    const { files } = await cb.okAsync('reports:generate', { request: { kind: 'briefing', incidentId: incident.id, linesToTake: 'SECRET LINE 42' }, format: 'pdf' });
    expect(files).toHaveLength(1);
    expect(files[0]!.fileName).toBe(`${incident.reference} ministerial briefing.pdf`);
    expect(files[0]!.mimeType).toBe('application/pdf');
    expect(Buffer.from(files[0]!.base64, 'base64').subarray(0, 4).toString('latin1')).toBe('%PDF');
    const entries = cb.db.prepare('SELECT * FROM audit_log WHERE seq > ? ORDER BY seq').all(before.n) as {
      action: string;
      actor: string;
      incident_id: string;
      summary: string;
      changes: string;
    }[];
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'report.generated', actor: 'Test Officer', incident_id: incident.id });
    expect(entries[0]!.summary).toContain(incident.reference);
    expect(entries[0]!.changes).toContain(files[0]!.fileName);
    expect(JSON.stringify(entries)).not.toContain('SECRET LINE 42');
    expect(JSON.stringify(entries)).not.toContain(incident.title);
    expect(cb.ok('audit:verify', {}).ok).toBe(true);
  });

  it('writes letters as one merged Word file, or one per party', async () => {
    const incident = writePublicAccount(cb, cb.ok('incidents:create', minimalIncident()));
    linkNewParty(cb, incident.id, { name: 'Jo Harper' }, ['data_subject'], { notificationStatus: 'pending' });
    linkNewParty(cb, incident.id, { name: 'Ann Other' }, ['data_subject'], { notificationStatus: 'pending' });
    const merged = await cb.okAsync('reports:generate', { request: { kind: 'letters', incidentId: incident.id, releasableConfirmed: true }, format: 'docx' });
    expect(merged.files).toHaveLength(1);
    const separate = await cb.okAsync('reports:generate', {
      request: { kind: 'letters', incidentId: incident.id, merged: false, releasableConfirmed: true },
      format: 'docx',
    });
    expect(separate.files.map((f) => f.fileName)).toEqual([`${incident.reference} letter to Jo Harper.docx`, `${incident.reference} letter to Ann Other.docx`]);
    for (const f of [...merged.files, ...separate.files]) expect(Buffer.from(f.base64, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('writes the register as CSV and Excel, and statistics as Excel', async () => {
    cb.ok('incidents:create', minimalIncident());
    const csv = await cb.okAsync('reports:generate', { request: { kind: 'register' }, format: 'csv' });
    expect(csv.files[0]!.fileName).toMatch(/^Breach register .*\.csv$/);
    const xlsx = await cb.okAsync('reports:generate', { request: { kind: 'register' }, format: 'xlsx' });
    expect(Buffer.from(xlsx.files[0]!.base64, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
    const stats = await cb.okAsync('reports:generate', { request: { kind: 'statistics', from: Date.UTC(2026, 0, 1), to: Date.UTC(2027, 0, 1) }, format: 'xlsx' });
    expect(stats.files[0]!.fileName).toMatch(/\.xlsx$/);
  });

  it('changes nothing on bad input: a format the report is not offered in, an unknown incident, a period that ends before it starts', async () => {
    const incident = writePublicAccount(cb, cb.ok('incidents:create', minimalIncident()));
    const cases = [
      [{ request: { kind: 'briefing', incidentId: incident.id }, format: 'xlsx' }, 'INVALID_INPUT', ['format']],
      [{ request: { kind: 'letters', incidentId: incident.id }, format: 'pdf' }, 'INVALID_INPUT', ['format']],
      [{ request: { kind: 'regulator', incidentId: UNKNOWN_ID }, format: 'pdf' }, 'NOT_FOUND', []],
      [{ request: { kind: 'statistics', from: Date.UTC(2026, 5, 1), to: Date.UTC(2026, 0, 1) }, format: 'pdf' }, 'INVALID_INPUT', ['request.to']],
      // Nobody is marked to be told: there is no letter to write.
      [{ request: { kind: 'letters', incidentId: incident.id, releasableConfirmed: true }, format: 'docx' }, 'INVALID_INPUT', ['request.partyIds']],
    ] as const;
    for (const [input, code, paths] of cases) {
      const before = contentFingerprint(cb.db);
      const error = expectFailure(await cb.core.callAsync('reports:generate', input), code);
      expect(issuePaths(error), JSON.stringify(input)).toEqual(paths);
      expect(contentFingerprint(cb.db)).toBe(before);
    }
  });

  it('renders hostile text (formula starts, markup, right-to-left override, 10,000 characters) in every format without failing', async () => {
    const hostile = `=cmd|' /C calc'!A0 <script>alert(1)</script> \u202Egpj.exe ${'x'.repeat(10_000)}`;
    const incident = cb.ok('incidents:create', minimalIncident({ title: '@SUM(1+1)\u202E<b>', description: hostile, businessUnit: '+44 Unit', owner: '-Owner' }));
    cb.ok('incidents:update', { id: incident.id, version: incident.version, patch: { publicAccount: hostile.slice(0, 5000) } });
    linkNewParty(cb, incident.id, { name: '=HYPERLINK("x")\u202E' }, ['data_subject'], { notificationStatus: 'pending' });
    const requests = [
      [{ kind: 'briefing', incidentId: incident.id, linesToTake: hostile.slice(0, 5000) }, ['pdf', 'docx']],
      [{ kind: 'regulator', incidentId: incident.id }, ['pdf', 'docx']],
      [{ kind: 'register' }, ['csv', 'xlsx']],
      [{ kind: 'statistics', from: Date.UTC(2026, 0, 1), to: Date.UTC(2027, 0, 1) }, ['pdf', 'xlsx']],
      [{ kind: 'letters', incidentId: incident.id, releasableConfirmed: true }, ['docx']],
    ] as const;
    for (const [request, formats] of requests) {
      for (const format of formats) {
        const { files } = await cb.okAsync('reports:generate', { request, format });
        expect(files.length, `${request.kind} ${format}`).toBeGreaterThan(0);
      }
    }
    const csv = Buffer.from((await cb.okAsync('reports:generate', { request: { kind: 'register' }, format: 'csv' })).files[0]!.base64, 'base64').toString('utf8');
    expect(csv).not.toMatch(/(^|,)"?[=+\-@]/m);
  });

  it('reports on a demo incident', async () => {
    cb.ok('demo:load', {});
    const demo = everyIncident(cb)[0]!;
    expect(demo.isDemo).toBe(true);
    const { files } = await cb.okAsync('reports:generate', { request: { kind: 'regulator', incidentId: demo.id }, format: 'docx' });
    expect(files).toHaveLength(1);
  });
});
