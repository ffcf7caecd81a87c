import { createHash } from 'node:crypto';
import type { RegisteredFile } from '../files/fileRegistry';
import type { JobControl } from '../jobs/jobRunner';
import { badLine, createRecordReader } from './lineReader';
import type { HeaderReader } from './logHeader';
import type { LogEntry, RowReader } from './logRow';

export type LogRead = { sha256: string; rowCount: number };

/**
 * Streams a log through its format's header and row readers, handing each entry on. Hashes the bytes
 * as they pass (the import is identified by its SHA-256), reports progress, and after every chunk
 * (about 2,000 lines) checks for cancel and yields to the event loop, so a cancel and other requests
 * are heard while a large log is read.
 */
export async function readLog(file: RegisteredFile, readHeader: HeaderReader, control: JobControl, onEntry: (entry: LogEntry, line: number) => void): Promise<LogRead> {
  const hash = createHash('sha256');
  const started = Date.now();
  let rowReader: RowReader | null = null;
  let rowCount = 0;
  let lastLine = 0;
  let bytesRead = 0;
  const reader = createRecordReader(file.name, (fields, line) => {
    lastLine = line;
    if (rowReader === null) {
      rowReader = readHeader(fields, line);
      return;
    }
    rowCount += 1;
    const entry = rowReader(fields, line);
    if (entry) onEntry(entry, line);
  });
  for await (const chunk of file.chunks()) {
    control.signal.throwIfAborted();
    hash.update(chunk);
    bytesRead += chunk.byteLength;
    reader.push(chunk);
    const seconds = (Date.now() - started) / 1000;
    control.progress({ phase: 'reading', rows: rowCount, bytesRead, totalBytes: file.size, rowsPerSecond: seconds > 0 ? Math.round(rowCount / seconds) : 0 });
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  control.signal.throwIfAborted();
  reader.end();
  if (rowReader === null) {
    throw badLine(
      file.name,
      Math.max(lastLine, 1),
      lastLine === 0
        ? 'the file is empty. Choose the log file itself, then try again.'
        : 'the file ends before its header line. Choose the format the file is in, or "Other CSV".',
    );
  }
  if (rowCount === 0) {
    throw badLine(file.name, lastLine, 'the log has a header but no data lines after it, so there is nothing to import. Check you exported the right day or range.');
  }
  return { sha256: hash.digest('hex'), rowCount };
}
