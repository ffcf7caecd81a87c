import type { ColumnMapping, GatewayImportResult } from '../../../../shared/contract/gatewayLogs';
import type { JobProgress } from '../../../../shared/contract/jobs';

/** The gateway-log fields in the words of the column-mapping form. */
export const LOG_FIELD_LABELS = {
  sentAt: 'Sent at',
  sender: 'Sender',
  recipients: 'Recipients',
  subject: 'Subject',
  messageId: 'Message ID',
} as const satisfies Record<keyof ColumnMapping, string>;

/** A count as an officer reads it: 42,310. */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-GB');
}

/** A file's size as Windows Explorer shows it, so the officer recognises the file: 19.9 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** How much of the file has been read, 0–100, whole numbers so the bar and its announced value agree. */
export function progressPercent(progress: JobProgress): number {
  if (progress.phase === 'writing') return 100;
  if (progress.totalBytes <= 0) return 0;
  return Math.min(100, Math.floor((progress.bytesRead / progress.totalBytes) * 100));
}

/** "42,310 rows · 18,200 rows/s" — the rate left out until there is one. */
export function progressLine(progress: JobProgress): string {
  const rows = `${formatCount(progress.rows)} ${progress.rows === 1 ? 'row' : 'rows'}`;
  return progress.rowsPerSecond > 0 ? `${rows} · ${formatCount(progress.rowsPerSecond)} rows/s` : rows;
}

export const PHASE_TEXT = { reading: 'Reading…', writing: 'Writing…' } as const satisfies Record<JobProgress['phase'], string>;

/** "84 messages to army.ml added to INC-2026-0007, already open for that domain": why no new incident was opened. */
export function addedToOpenText(group: Pick<GatewayImportResult['groups'][number], 'messageCount' | 'domain' | 'reference'>): string {
  const messages = `${formatCount(group.messageCount)} ${group.messageCount === 1 ? 'message' : 'messages'}`;
  return `${messages} to ${group.domain} added to ${group.reference}, already open for that domain`;
}
