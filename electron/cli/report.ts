import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { REPORT_KINDS, type ReportFormat, type ReportKind, type ReportRequest } from '../../shared/contract/reports';
import type { Result } from '../../shared/contract/result';
import { parseUkDateTime } from '../../shared/time/ukTime';
import type { CoreClient } from '../core/host/coreClient';
import { UsageError } from './args';
import { incidentByReference } from './incidentReference';

const DAY_MS = 86_400_000;
const list = (v: string | true | undefined) =>
  typeof v === 'string'
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
const text = (v: string | true | undefined) => (typeof v === 'string' ? v : undefined);

function ukDay(value: string | true | undefined, name: string): number {
  if (typeof value !== 'string') throw new UsageError(`report statistics needs --${name} DD/MM/YYYY`);
  const parsed = parseUkDateTime(value);
  if (!parsed.ok) throw new UsageError(`--${name}: ${parsed.message}`);
  return parsed.ms;
}

/** The report's text options, from --input (never argv): {"lines": …} for a briefing, {"text": …} for the register. */
function reportContent(input: unknown): { lines?: string; text?: string } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new UsageError('--input must hold a JSON object such as {"lines": "…"}');
  const content: { lines?: string; text?: string } = {};
  for (const [key, value] of Object.entries(input)) {
    if (key !== 'lines' && key !== 'text') throw new UsageError(`--input: "${key}" is not a report option here (lines, text)`);
    if (typeof value !== 'string') throw new UsageError(`--input: "${key}" must be text`);
    content[key] = value;
  }
  return content;
}

const DEFAULT_FORMAT = { briefing: 'pdf', regulator: 'pdf', register: 'xlsx', statistics: 'pdf', letters: 'docx' } as const satisfies Record<ReportKind, ReportFormat>;

/**
 * `report <kind> ...`: builds the request from the options, generates through the core (so the audit entry
 * is recorded exactly as from the app), and writes the files to --out.
 */
export async function runReport(
  core: CoreClient,
  kindWord: string | undefined,
  options: Record<string, string | true>,
  input: unknown,
  base: string,
): Promise<Result<{ files: { path: string; bytes: number }[] }>> {
  if (!kindWord || !(REPORT_KINDS as readonly string[]).includes(kindWord)) {
    throw new UsageError(`Name a report: ${REPORT_KINDS.join(', ')}`);
  }
  const kind = kindWord as ReportKind;
  const content = reportContent(input);
  let request: ReportRequest;
  if (kind === 'register') {
    request = {
      kind,
      filter: { statuses: list(options.status) as never, kinds: list(options.kind) as never, markings: list(options.marking) as never, text: content.text ?? '' },
    };
  } else if (kind === 'statistics') {
    // Both days are included: the period runs to the start of the day after --to.
    request = { kind, from: ukDay(options.from, 'from'), to: ukDay(options.to, 'to') + DAY_MS };
  } else {
    const reference = text(options.incident);
    if (!reference) throw new UsageError('Say which incident with --incident REF (e.g. INC-2026-0001)');
    const found = await incidentByReference(core, reference);
    if (!found.ok) return found;
    const id = found.value;
    if (kind === 'briefing') request = { kind, incidentId: id, linesToTake: content.lines ?? '' };
    else if (kind === 'regulator') request = { kind, incidentId: id };
    else {
      // The officer's confirmation that the letters may be released, and the marking decided for them (issue 12 §1).
      request = {
        kind,
        incidentId: id,
        partyIds: list(options.party),
        merged: options.separate !== true,
        marking: (text(options.marking) ?? 'OFFICIAL') as never,
        releasableConfirmed: options.releasable === true,
      };
    }
  }
  const format = (text(options.format) ?? DEFAULT_FORMAT[kind]) as ReportFormat;
  const result = await core.callAsync('reports:generate', { request, format });
  if (!result.ok) return result;

  const out = text(options.out);
  const target = out === undefined ? base : isAbsolute(out) ? out : resolve(base, out);
  const files = result.value.files;
  // Several files (separate letters) go into a folder; one file goes to the path, or into it if it is a folder.
  const intoFolder = files.length > 1 || (existsSync(target) && statSync(target).isDirectory()) || out === undefined;
  if (intoFolder) mkdirSync(target, { recursive: true });
  else mkdirSync(dirname(target), { recursive: true });
  const written = files.map((f) => {
    const path = intoFolder ? join(target, f.fileName) : target;
    const bytes = Buffer.from(f.base64, 'base64');
    writeFileSync(path, bytes);
    return { path, bytes: bytes.length };
  });
  return { ok: true, value: { files: written } };
}
