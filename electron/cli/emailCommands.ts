import { writeFileSync } from 'node:fs';
import { basename, isAbsolute, resolve } from 'node:path';
import { ColumnMappingSchema, GATEWAY_LOG_FORMATS, type GatewayLogFormat } from '../../shared/contract/gatewayLogs';
import { LOOKALIKE_EXPORT_FORMATS } from '../../shared/contract/lookalikes';
import { AppError, type CasebookError, type Result } from '../../shared/contract/result';
import type { Job } from '../../shared/contract/jobs';
import type { CoreClient } from '../core/host/coreClient';
import { UsageError } from './args';
import { incidentByReference } from './incidentReference';

type Options = Record<string, string | true>;
/** How often a running import is asked after; its progress arrives as events meanwhile. */
const JOB_POLL_MS = 250;
const text = (v: string | true | undefined) => (typeof v === 'string' ? v : undefined);

function resolvePath(path: string, base: string): string {
  return isAbsolute(path) ? path : resolve(base, path);
}

type EmailOutcome =
  | { file: string; ok: true; reference: string; created: boolean; alreadyAttached: boolean; partiesLinked: number; sha256: string }
  | { file: string; ok: false; error: CasebookError };

/**
 * `import-email FILE... (--aware-at ISO|now | --incident REF)` (and its older name `import-eml`): each .eml or
 * Outlook .msg is read through the same operations as the app (preview, then import as the proposed kind,
 * with the material marking its sensitivity label names, or into the named incident), each in its own
 * transaction.
 */
export async function runImportEmail(core: CoreClient, files: string[], options: Options, base: string): Promise<Result<{ imported: EmailOutcome[] }>> {
  if (files.length === 0) throw new UsageError('Name at least one email file (.eml or .msg)');
  const reference = text(options.incident);
  const awareAt = awarenessOf(options, reference);
  const target = reference === undefined ? null : await incidentByReference(core, reference);
  if (target && !target.ok) return target;
  const imported: EmailOutcome[] = [];
  for (const file of files) {
    const path = resolvePath(file, base);
    const outcome = await importOne(core, path, target?.value ?? null, awareAt);
    imported.push(outcome.ok ? { file, ok: true, ...outcome.value } : { file, ok: false, error: outcome.error });
  }
  const failed = imported.find((i) => !i.ok);
  return failed && !failed.ok ? { ok: false, error: { ...failed.error, message: `${failed.file}: ${failed.error.message}` } } : { ok: true, value: { imported } };
}

/**
 * `--aware-at`: when the officer became aware, as an ISO date-time with its zone or the word "now" (this
 * machine's clock, which the core in its worker reads too). An import never starts the 72-hour clock on its
 * own, so a new incident needs it said; adding to an existing incident (--incident) keeps that
 * incident's awareness.
 */
function awarenessOf(options: Options, reference: string | undefined): number | undefined {
  const value = options['aware-at'];
  if (value === undefined) {
    if (reference !== undefined) return undefined;
    throw new UsageError('Say when you became aware with --aware-at (e.g. 2026-11-27T14:30Z, or now): it starts the 72-hour clock');
  }
  if (value === 'now') return Date.now();
  const iso = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(iso)) throw new UsageError('--aware-at must be an ISO date-time with its zone (e.g. 2026-11-27T14:30Z) or now');
  return iso;
}

async function importOne(core: CoreClient, path: string, incidentId: string | null, awareAt: number | undefined) {
  const file = await core.files.putPath(path, basename(path));
  if (!file.ok) return file;
  const { fileId } = file.value;
  try {
    const preview = await core.callAsync('emails:preview', { fileId });
    if (!preview.ok) return preview;
    const result = await core.callAsync('emails:import', {
      fileId,
      target: incidentId
        ? { type: 'existing', incidentId }
        : { type: 'new', kind: preview.value.proposedKind, materialMarking: preview.value.sensitivityLabel?.marking ?? null, awareAt: awareAt! },
    });
    if (!result.ok) return result;
    const { reference, created, alreadyAttached, partiesLinked, sha256 } = result.value;
    return { ok: true as const, value: { reference, created, alreadyAttached, partiesLinked, sha256 } };
  } finally {
    await core.files.release(fileId);
  }
}

/**
 * `import-log FILE (--aware-at ISO|now | --incident REF) [--format exchange|m365|csv] [--mapping JSON]`: the gateway-log job,
 * awaited. The format is detected from the header when not given; progress goes to stderr only on a
 * terminal, so scripts get clean JSON.
 */
export async function runImportLog(core: CoreClient, files: string[], options: Options, base: string) {
  if (files.length !== 1) throw new UsageError('Name exactly one log file');
  const awareAt = awarenessOf(options, text(options.incident));
  const path = resolvePath(files[0]!, base);
  const file = await core.files.putPath(path, basename(path));
  if (!file.ok) return file;
  const { fileId } = file.value;
  const format = text(options.format) ?? (await detectFormat(core, fileId));
  if (!(GATEWAY_LOG_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${GATEWAY_LOG_FORMATS.join(', ')}`);
  }
  const mapping = parseMapping(text(options.mapping));
  const reference = text(options.incident);
  const target = reference === undefined ? null : await incidentByReference(core, reference);
  if (target && !target.ok) return target;
  const unsubscribe = process.stderr.isTTY
    ? core.events.subscribe((e) => {
        if (e.type === 'job:progress')
          process.stderr.write(`\r${e.progress.rows.toLocaleString('en-GB')} rows · ${Math.round(e.progress.rowsPerSecond).toLocaleString('en-GB')} rows/s   `);
      })
    : () => {};
  try {
    const started = await core.callAsync('gatewayLogs:import', {
      fileId,
      format: format as GatewayLogFormat,
      ...(mapping ? { mapping } : {}),
      ...(target ? { incidentId: target.value } : {}),
      ...(awareAt === undefined ? {} : { awareAt }),
    });
    if (!started.ok) return started;
    const job = await settled(core, started.value.jobId);
    if (!job.ok) return job;
    if (job.value.state === 'done' && job.value.result) return { ok: true as const, value: job.value.result };
    return { ok: false as const, error: (job.value.error ?? { code: 'INTERNAL', message: 'The import did not finish.' }) as CasebookError };
  } finally {
    unsubscribe();
    if (process.stderr.isTTY) process.stderr.write('\n');
    await core.files.release(fileId);
  }
}

/**
 * The job once it has stopped running. Asked for rather than waited on as an event, so a core that stops
 * answers (INTERNAL) instead of leaving the command waiting for ever.
 */
async function settled(core: CoreClient, jobId: string): Promise<Result<Job>> {
  for (;;) {
    const job = await core.callAsync('jobs:get', { jobId });
    if (!job.ok || job.value.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, JOB_POLL_MS));
  }
}

async function detectFormat(core: CoreClient, fileId: string): Promise<string> {
  const inspected = await core.callAsync('gatewayLogs:inspect', { fileId });
  // The core's own refusal names the file and the line; it is no usage error.
  if (!inspected.ok) throw new AppError(inspected.error.code, inspected.error.message, inspected.error.issues);
  if (inspected.value.detectedFormat) return inspected.value.detectedFormat;
  throw new UsageError(
    `The log's format was not recognised. Give --format csv with --mapping '{"sentAt":"…","sender":"…","recipients":"…"}' naming columns among: ${inspected.value.columns.join(', ')}`,
  );
}

function parseMapping(value: string | undefined) {
  if (value === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    throw new UsageError('--mapping must be JSON, e.g. {"sentAt":"Date","sender":"From","recipients":"To"}');
  }
  const parsed = ColumnMappingSchema.safeParse(json);
  if (!parsed.success) throw new UsageError(`--mapping needs at least sentAt, sender and recipients column names (${parsed.error.issues[0]?.path.join('.')})`);
  return parsed.data;
}

/**
 * `lookalikes DOMAIN... [--format list|csv|postfix] [--out FILE]`: the block list, on stdout (ready for
 * `postmap` or a filter) or in a file. With --db the register's lists and incidents mark what was seen.
 */
export async function runLookalikes(core: CoreClient, domains: string[], options: Options, base: string): Promise<Result<{ text?: string; path?: string }>> {
  const format = text(options.format) ?? 'list';
  if (!(LOOKALIKE_EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${LOOKALIKE_EXPORT_FORMATS.join(', ')}`);
  const result = await core.callAsync('lookalikes:export', { domains, format: format as (typeof LOOKALIKE_EXPORT_FORMATS)[number] });
  if (!result.ok) return result;
  const bytes = Buffer.from(result.value.base64, 'base64');
  const out = text(options.out);
  if (out === undefined) return { ok: true, value: { text: bytes.toString('utf8') } };
  const path = resolvePath(out, base);
  writeFileSync(path, bytes);
  return { ok: true, value: { path } };
}
