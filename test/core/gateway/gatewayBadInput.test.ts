import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../../shared/contract';
import { coreActingAs, expectFailure, incidentAt, issuePaths } from '../../fixtures/builders';
import { contentFingerprint, createTestCasebook, type TestCasebook } from '../../fixtures/db';
import { EXCHANGE_FIELDS, exchangeLog, exchangeRow, MINIMAL_EXCHANGE_LOG } from '../../fixtures/emailFiles';
import { runImport } from '../../fixtures/logs/runImport';

const row = (i: number, overrides: Partial<Parameters<typeof exchangeRow>[0]> = {}) =>
  exchangeRow({
    at: '2023-03-14T09:12:00Z',
    recipients: [`user${i % 500}@army.ml`],
    sender: 'j.harper@mod.gov.uk',
    subject: `Message ${i}`,
    messageId: `<${i}@mod.gov.uk>`,
    ...overrides,
  });

/** The header lines of an Exchange log take lines 1–5, so the first data line is line 6. */
const FIRST_DATA_LINE = 6;

describe('gateway-log import: files it must refuse, writing nothing', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook();
  });
  afterEach(() => cb.close());

  /** Imports, expects the job to fail with the code, and proves the database is exactly as it was. */
  async function failsCleanly(name: string, content: string, request: Omit<Input<'gatewayLogs:import'>, 'fileId'>, code = 'INVALID_INPUT') {
    const before = contentFingerprint(cb.db);
    const job = await runImport(cb, name, content, request);
    expect(job.state).toBe('failed');
    expect(job.error?.code).toBe(code);
    expect(contentFingerprint(cb.db)).toBe(before);
    return job.error!.message;
  }

  it('names the columns missing from the header', async () => {
    const fields = EXCHANGE_FIELDS.replace(',recipient-address', '').replace(',sender-address', '');
    const text = exchangeLog([]).replace(EXCHANGE_FIELDS, fields) + 'x\r\n';
    const message = await failsCleanly('MSGTRK1.LOG', text, { format: 'exchange', awareAt: Date.UTC(2026, 10, 27, 8, 0) });
    expect(message).toMatch(/^MSGTRK1\.LOG, line 5: .*"recipient-address", "sender-address"/);
  });

  it.each([
    ['semicolons', ';'],
    ['tabs', '\t'],
  ])('says a file separated by %s is not comma-separated', async (what, separator) => {
    const text =
      ['origin_timestamp_utc', 'sender_address', 'recipient_status'].join(separator) +
      '\n' +
      ['2023-03-14T09:12:00Z', 'a@mod.gov.uk', 'b@army.ml##Deliver'].join(separator) +
      '\n';
    const message = await failsCleanly('trace.csv', text, { format: 'm365' });
    expect(message).toMatch(new RegExp(`^trace\\.csv, line 1: the columns are separated by ${what}, not commas`));
  });

  it('accepts a byte-order mark at the start of an Exchange log', async () => {
    const job = await runImport(cb, 'bom.LOG', `\uFEFF${MINIMAL_EXCHANGE_LOG}`, { format: 'exchange', awareAt: Date.UTC(2026, 10, 27, 8, 0) });
    expect(job.error).toBeNull();
    expect(job.result!.messageCount).toBe(2);
  });

  it('refuses a log with a header and no data lines', async () => {
    expect(await failsCleanly('empty.LOG', exchangeLog([]), { format: 'exchange', awareAt: Date.UTC(2026, 10, 27, 8, 0) })).toMatch(
      /^empty\.LOG, line 5: the log has a header but no data lines/,
    );
  });

  it('refuses an empty file', async () => {
    expect(await failsCleanly('nothing.csv', '', { format: 'm365' })).toMatch(/^nothing\.csv, line 1: the file is empty/);
  });

  it('refuses a line over 1 MB', async () => {
    const text = exchangeLog([row(1), row(2, { subject: 'x'.repeat(1024 * 1024 + 10) })]);
    expect(await failsCleanly('big.LOG', text, { format: 'exchange', awareAt: Date.UTC(2026, 10, 27, 8, 0) })).toMatch(
      new RegExp(`^big\\.LOG, line ${FIRST_DATA_LINE + 1}: this line is longer than 1 MB`),
    );
  });

  it('names the line and the text of a date it cannot read', async () => {
    const text = exchangeLog([row(1), row(2), row(3, { at: '31/02/2023 25:00' })]);
    expect(await failsCleanly('dates.LOG', text, { format: 'exchange', awareAt: Date.UTC(2026, 10, 27, 8, 0) })).toMatch(
      new RegExp(`^dates\\.LOG, line ${FIRST_DATA_LINE + 2}: "31/02/2023 25:00" in date-time is not a date`),
    );
  });

  it('refuses a quoted field with text after its closing quote, and one never closed', async () => {
    const bad = row(2).replace('"Message 2"', 'Message 2').replace('Message 2', '"Message" 2');
    expect(await failsCleanly('quotes.LOG', exchangeLog([row(1), bad]), { format: 'exchange', awareAt: Date.UTC(2026, 10, 27, 8, 0) })).toMatch(
      new RegExp(`^quotes\\.LOG, line ${FIRST_DATA_LINE + 1}: a quoted field has text after its closing quote`),
    );
    const open = exchangeLog([row(1)]) + row(2).replace('Message 2', '"Message 2');
    expect(await failsCleanly('open.LOG', open, { format: 'exchange', awareAt: Date.UTC(2026, 10, 27, 8, 0) })).toMatch(
      new RegExp(`^open\\.LOG, line ${FIRST_DATA_LINE + 1}: a quoted field is never closed`),
    );
  });

  it('refuses a line with more or fewer fields than the header', async () => {
    const text = exchangeLog([row(1), row(2).split(',').slice(0, 10).join(',')]);
    expect(await failsCleanly('cut.LOG', text, { format: 'exchange', awareAt: Date.UTC(2026, 10, 27, 8, 0) })).toMatch(
      new RegExp(`^cut\\.LOG, line ${FIRST_DATA_LINE + 1}: this line has 10 fields where the header names 30`),
    );
  });

  it('refuses a file that is not an Exchange log when asked to read one', async () => {
    expect(await failsCleanly('notes.csv', 'a,b,c\n1,2,3\n', { format: 'exchange', awareAt: Date.UTC(2026, 10, 27, 8, 0) })).toMatch(
      /^notes\.csv, line 1: no "#Fields:" header line/,
    );
  });

  it('refuses a second import of the same file, naming the first', async () => {
    expect((await runImport(cb, 'MSGTRK2023031409-1.LOG', MINIMAL_EXCHANGE_LOG, { format: 'exchange', awareAt: Date.UTC(2026, 10, 27, 8, 0) })).state).toBe('done');
    const message = await failsCleanly('copy of MSGTRK2023031409-1.LOG', MINIMAL_EXCHANGE_LOG, { format: 'exchange' }, 'CONFLICT');
    expect(message).toMatch(/^copy of MSGTRK2023031409-1\.LOG has already been imported \(as MSGTRK2023031409-1\.LOG, by Test Officer at .*\)/);
  });

  it('fails the job with INTERNAL, and writes nothing, when its audit entry cannot be appended', async () => {
    cb.db.exec(`CREATE TEMP TRIGGER fail_audit BEFORE INSERT ON main.audit_log BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`);
    const message = await failsCleanly('MSGTRK.LOG', MINIMAL_EXCHANGE_LOG, { format: 'exchange' }, 'INTERNAL');
    expect(message).not.toMatch(/disk on fire|SQLITE|audit_log/);
    cb.db.exec('DROP TRIGGER temp.fail_audit');
  });
});

describe('gateway-log import: what fails the request itself, before a job starts', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook();
  });
  afterEach(() => cb.close());

  const start = (input: unknown) => cb.core.call('gatewayLogs:import', input);
  const log = () => cb.core.context.files.putBytes('MSGTRK.LOG', new TextEncoder().encode(MINIMAL_EXCHANGE_LOG)).fileId;

  it('needs a mapping for another CSV, at mapping', () => {
    const error = expectFailure(start({ fileId: log(), format: 'csv', awareAt: Date.UTC(2026, 10, 27, 8, 0) }), 'INVALID_INPUT');
    expect(issuePaths(error)).toEqual(['mapping']);
  });

  it('says when inspecting that a file is not comma-separated, naming it and the line', () => {
    const fileId = cb.core.context.files.putBytes('trace;semi.csv', new TextEncoder().encode('Received;Sender address;Recipient address\n1;2;3\n')).fileId;
    expect(expectFailure(cb.core.call('gatewayLogs:inspect', { fileId }), 'INVALID_INPUT').message).toMatch(
      /^trace;semi\.csv, line 1: the columns are separated by semicolons/,
    );
  });

  it('refuses a closed incident, an unknown file and an unknown officer', () => {
    const closed = incidentAt(cb, 'closed');
    expect(expectFailure(start({ fileId: log(), format: 'exchange', incidentId: closed.id }), 'INVALID_TRANSITION').message).toMatch(/Re-open/);
    expectFailure(start({ fileId: 'file-unknownunknownunknown', format: 'exchange', awareAt: Date.UTC(2026, 10, 27, 8, 0) }), 'NOT_FOUND');
    expectFailure(coreActingAs(cb.db, null).call('gatewayLogs:import', { fileId: log(), format: 'exchange', awareAt: Date.UTC(2026, 10, 27, 8, 0) }), 'FORBIDDEN');
  });
});

describe('gateway-log import: cancel', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook();
  });
  afterEach(() => cb.close());

  it('stops a large import on the first progress event and leaves nothing behind', async () => {
    const text = exchangeLog(Array.from({ length: 50_000 }, (_, i) => row(i)));
    const before = contentFingerprint(cb.db);
    const { fileId } = cb.core.context.files.putBytes('MSGTRK-big.LOG', new TextEncoder().encode(text));
    let progressEvents = 0;
    cb.core.context.events.subscribe((event) => {
      if (event.type === 'job:progress' && (progressEvents += 1) === 1) cb.ok('jobs:cancel', { jobId: event.jobId });
    });
    const { jobId } = cb.ok('gatewayLogs:import', { fileId, format: 'exchange', awareAt: Date.UTC(2026, 10, 27, 8, 0) });
    // Other requests are answered while the job reads.
    expect(cb.ok('jobs:get', { jobId }).state).toBe('running');
    const job = await cb.core.context.jobs.settled(jobId);
    expect(job.state).toBe('cancelled');
    expect(job.progress.rows).toBeLessThan(50_000);
    expect(contentFingerprint(cb.db)).toBe(before);
  });
});
