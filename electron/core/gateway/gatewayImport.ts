import type { GatewayImportResult } from '../../../shared/contract/gatewayLogs';
import type { Output, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/contract/result';
import { stampNow } from '../actor';
import type { CoreContext } from '../context';
import { domainClassifier } from '../domains/currentClassifier';
import type { RegisteredFile } from '../files/fileRegistry';
import { getIncidentOrThrow } from '../incidents/incidentRepository';
import { refuseIssues, requireOpen } from '../incidents/incidentRules';
import { notInFuture } from '../../../shared/domain/dateRules';
import type { JobControl } from '../jobs/jobRunner';
import { mappedHeader } from './csvMapping';
import { exchangeHeader } from './exchangeLog';
import { writeImport } from './gatewayWrite';
import { createRecordReader } from './lineReader';
import { checkDelimiter, detectFormat, suggestMapping, type HeaderReader } from './logHeader';
import { readLog } from './logReader';
import { m365Header } from './m365Trace';
import { createMessageSet } from './messageSet';

type ImportRequest = ParsedInput<'gatewayLogs:import'>;

/** Enough of the file's head for its header and five sample lines. */
const INSPECT_BYTES = 256 * 1024;
const SAMPLE_ROWS = 5;

/** Stops the record reader once the samples are in. */
class Enough extends Error {}

/** The header and first lines of a log, its format if recognised, and a suggested column mapping. */
export function inspectGatewayLog(ctx: CoreContext, input: ParsedInput<'gatewayLogs:inspect'>): Output<'gatewayLogs:inspect'> {
  const file = ctx.files.get(input.fileId);
  const bytes = file.readHead(INSPECT_BYTES);
  const head: { columns: string[] | null; exchange: boolean; sampleRows: string[][] } = { columns: null, exchange: false, sampleRows: [] };
  const reader = createRecordReader(file.name, (fields, line) => {
    if (head.columns === null) {
      const first = fields[0] ?? '';
      head.exchange = first.startsWith('#');
      if (head.exchange && !/^#Fields:/i.test(first)) return;
      head.columns = head.exchange ? [first.replace(/^#Fields:\s*/i, ''), ...fields.slice(1)] : fields;
      checkDelimiter(file.name, line, head.columns);
      return;
    }
    head.sampleRows.push(fields);
    if (head.sampleRows.length === SAMPLE_ROWS) throw new Enough();
  });
  try {
    reader.push(bytes);
    // A line cut off by the sample's end is not an error in the file; the whole of a small file is read.
    if (file.size <= INSPECT_BYTES) reader.end();
  } catch (error) {
    if (!(error instanceof Enough)) throw error;
  }
  const { columns, exchange, sampleRows } = head;
  if (columns === null) {
    throw new AppError(
      'INVALID_INPUT',
      `${file.name} has no header line Casebook can find${file.size === 0 ? ' (it is empty)' : ''}. Choose the log file itself, exported as CSV.`,
    );
  }
  return {
    fileName: file.name,
    size: file.size,
    detectedFormat: exchange ? 'exchange' : detectFormat(columns),
    columns,
    sampleRows,
    suggestedMapping: suggestMapping(columns),
  };
}

/**
 * Checks what can be checked at once — the officer, the file, the target incident, the mapping — so a
 * request that cannot succeed fails itself, then starts the import as a job and returns its id.
 */
export function startGatewayImport(ctx: CoreContext, input: ImportRequest): Output<'gatewayLogs:import'> {
  const { actor, at } = stampNow(ctx);
  refuseIssues(notInFuture('awareAt', 'The time you became aware', input.awareAt ?? null, at, 'it starts the 72-hour clock'));
  const file = ctx.files.get(input.fileId);
  if (input.incidentId) requireOpen(getIncidentOrThrow(ctx.db, input.incidentId));
  const readHeader = headerReader(file.name, input);
  const job = ctx.jobs.start('gateway-import', (control) => runImport(ctx, file, input, readHeader, actor, control));
  return { jobId: job.jobId };
}

function headerReader(fileName: string, input: ImportRequest): HeaderReader {
  if (input.format === 'exchange') return exchangeHeader(fileName);
  if (input.format === 'm365') return m365Header(fileName);
  if (!input.mapping) {
    throw new AppError('INVALID_INPUT', 'Choose which columns hold the date, the sender and the recipients, then import again.', [
      { path: 'mapping', message: 'Map the columns of this CSV' },
    ]);
  }
  return mappedHeader(fileName, input.mapping);
}

/** Reads and checks the whole log, then writes it in one transaction: a failed or cancelled import writes nothing. */
async function runImport(
  ctx: CoreContext,
  file: RegisteredFile,
  input: ImportRequest,
  readHeader: HeaderReader,
  actor: string,
  control: JobControl,
): Promise<GatewayImportResult> {
  requireUnlocked(ctx);
  // Said at once: the first import in a process builds the domain classifier before the first line is read.
  control.progress({ phase: 'reading', rows: 0, bytesRead: 0, totalBytes: file.size, rowsPerSecond: 0 });
  const messages = createMessageSet(domainClassifier(ctx.db));
  const read = await readLog(file, readHeader, control, messages.add);
  control.signal.throwIfAborted();
  requireUnlocked(ctx);
  const kept = messages.kept();
  const writing = () => control.progress({ phase: 'writing', rows: read.rowCount, bytesRead: file.size, totalBytes: file.size, rowsPerSecond: 0 });
  writing();
  return writeImport(
    ctx,
    {
      fileName: file.name,
      sha256: read.sha256,
      size: file.size,
      format: input.format,
      rowCount: read.rowCount,
      byClass: messages.byClass,
      kept,
      incidentId: input.incidentId,
      recordMarking: input.recordMarking,
      awareAt: input.awareAt,
      written: writing,
    },
    { actor, at: ctx.now() },
  );
}

/** Casebook may be locked (the database closed) while a long import reads its file. */
function requireUnlocked(ctx: CoreContext): void {
  if (!ctx.db.open) throw new AppError('LOCKED', 'Casebook was locked while the log was being imported, so nothing was written. Unlock it and import the log again.');
}
