import type { FieldChange } from '../../../shared/contract/audit';
import {
  FORMATS_BY_KIND,
  REPORT_KIND_LABELS,
  type ParsedReportRequest,
  type ReportDocument,
  type ReportFile,
  type ReportFormat,
  type Sheet,
} from '../../../shared/contract/reports';
import type { Marking } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/contract/result';
import { formatUkDate } from '../../../shared/time/ukTime';
import { requireActor } from '../actor';
import { appendAudit } from '../audit/auditLog';
import type { CoreContext } from '../context';
import { readAuditFingerprint, type AuditFingerprint } from './auditFingerprint';
import { buildBriefing } from './briefing';
import { safeFileStem, type ReportMeta } from './common';
import { readIncidentBundle, readSnapshot } from './incidentData';
import { buildLetters } from './letters';
import { readRegister } from './register';
import { buildRegulatorDraft } from './regulator';
import { MIME_TYPES, renderCsv, renderDocx, renderPdf, renderXlsx } from './render';
import { buildStatisticsDocument, buildStatisticsSheets, readStatistics } from './statistics';

/** Rows of a table the in-app preview shows; the file holds them all. */
export const PREVIEW_ROWS = 500;

/** A report's content, gathered from one consistent snapshot of the database. */
type Gathered = {
  documents: ReportDocument[];
  sheets: Sheet[];
  /** The marking of the tabular output (Excel banners). */
  marking: Marking;
  rowCount: number | null;
  /** What the audit entry says the report was about (never its content). */
  incident: { id: string; reference: string } | null;
  scope: FieldChange[];
  stem: string;
  /** The audit chain's head in the same snapshot as the data, printed on every file. */
  audit: AuditFingerprint;
};

function gather(ctx: CoreContext, request: ParsedReportRequest, meta: ReportMeta, previewRows = Number.POSITIVE_INFINITY): Gathered {
  return readSnapshot(ctx, () => ({ ...gatherContent(ctx, request, meta, previewRows), audit: readAuditFingerprint(ctx.db) }));
}

function gatherContent(ctx: CoreContext, request: ParsedReportRequest, meta: ReportMeta, previewRows: number): Omit<Gathered, 'audit'> {
  switch (request.kind) {
    case 'briefing':
    case 'regulator': {
      const bundle = readIncidentBundle(ctx, request.incidentId);
      const document = request.kind === 'briefing' ? buildBriefing(bundle, request.linesToTake, meta) : buildRegulatorDraft(bundle, meta);
      return {
        documents: [document],
        sheets: [],
        marking: document.marking,
        rowCount: null,
        incident: { id: bundle.incident.id, reference: bundle.incident.reference },
        scope: [{ field: 'incident', before: null, after: bundle.incident.reference }],
        stem: document.fileStem,
      };
    }
    case 'letters': {
      const bundle = readIncidentBundle(ctx, request.incidentId);
      const documents = buildLetters(bundle, request.partyIds, request.marking, meta);
      return {
        documents,
        sheets: [],
        marking: request.marking,
        rowCount: documents.length,
        incident: { id: bundle.incident.id, reference: bundle.incident.reference },
        scope: [
          { field: 'incident', before: null, after: bundle.incident.reference },
          { field: 'marking', before: null, after: request.marking },
          { field: 'releasableConfirmed', before: null, after: request.releasableConfirmed },
        ],
        stem: safeFileStem(`${bundle.incident.reference} letters to the people affected`),
      };
    }
    case 'register': {
      const register = readRegister(ctx, request.filter, previewRows);
      return {
        documents: [],
        sheets: [register.sheet],
        marking: register.marking,
        rowCount: register.rowCount,
        incident: null,
        scope: [{ field: 'filter', before: null, after: request.filter }],
        stem: safeFileStem(`Breach register ${formatUkDate(meta.generatedAt)}`),
      };
    }
    case 'statistics': {
      const stats = readStatistics(ctx, request.from, request.to);
      const document = buildStatisticsDocument(stats, meta);
      return {
        documents: [document],
        sheets: buildStatisticsSheets(stats),
        marking: stats.marking,
        rowCount: stats.total,
        incident: null,
        scope: [{ field: 'period', before: null, after: { from: request.from, to: request.to } }],
        stem: document.fileStem,
      };
    }
  }
}

function metaOf(ctx: CoreContext): ReportMeta {
  return { generatedAt: ctx.now(), actor: ctx.actor() ?? 'an unnamed officer' };
}

/** What a report will say, for the in-app preview (reads only; no audit entry). */
export function previewReport(ctx: CoreContext, request: ParsedReportRequest) {
  const g = gather(ctx, request, metaOf(ctx), PREVIEW_ROWS);
  const sheet = request.kind === 'register' ? g.sheets[0]! : null;
  return { documents: g.documents, sheet, sheetRowCount: sheet ? g.rowCount : null };
}

function fileOf(stem: string, format: ReportFormat, bytes: Buffer): ReportFile {
  return { fileName: `${stem}.${format}`, mimeType: MIME_TYPES[format], base64: bytes.toString('base64') };
}

/**
 * Renders a report offline and records that it was generated. The data is gathered synchronously from one
 * snapshot, rendered (asynchronously), then ONE audit entry — who, which report, which format, about what,
 * which files and how many rows, never the content — is appended in its own write transaction.
 */
export async function generateReport(ctx: CoreContext, request: ParsedReportRequest, format: ReportFormat): Promise<{ files: ReportFile[] }> {
  const allowed: readonly ReportFormat[] = FORMATS_BY_KIND[request.kind];
  if (!allowed.includes(format)) {
    const message = `The ${REPORT_KIND_LABELS[request.kind].toLowerCase()} is offered as ${allowed.map((f) => f.toUpperCase()).join(' or ')}, not ${format.toUpperCase()}`;
    throw new AppError('INVALID_INPUT', `Some of what was entered is not valid (Format: ${message}). Correct it and try again.`, [{ path: 'format', message }]);
  }
  if (request.kind === 'letters' && !request.releasableConfirmed) {
    const message = 'Read each letter and confirm what it contains may be released to its recipient';
    throw new AppError('INVALID_INPUT', `${message}: a letter is a disclosure, and its marking is decided, not assumed.`, [
      { path: 'request.releasableConfirmed', message },
    ]);
  }
  const actor = requireActor(ctx);
  const meta: ReportMeta = { generatedAt: ctx.now(), actor };
  const g = gather(ctx, request, meta);
  if (request.kind === 'letters' && g.documents.length === 0) {
    throw new AppError(
      'INVALID_INPUT',
      `Nobody linked to ${g.incident!.reference} is marked as still to be told, so there is no letter to write. Mark the people to tell as "pending" first.`,
      [{ path: 'request.partyIds', message: 'Nobody is marked as still to be told' }],
    );
  }

  let files: ReportFile[];
  switch (format) {
    case 'pdf':
      files = [fileOf(g.stem, format, await renderPdf(g.documents, ctx.fontsDir, g.audit))];
      break;
    case 'docx':
      files =
        request.kind === 'letters' && !request.merged
          ? await Promise.all(g.documents.map(async (d) => fileOf(d.fileStem, format, await renderDocx([d], ctx.fontsDir, g.audit))))
          : [fileOf(g.stem, format, await renderDocx(g.documents, ctx.fontsDir, g.audit))];
      break;
    case 'xlsx':
      files = [fileOf(g.stem, format, await renderXlsx(g.sheets, g.marking, g.audit))];
      break;
    case 'csv':
      files = [fileOf(g.stem, format, renderCsv(g.sheets[0]!, g.audit))];
      break;
  }
  files = uniqueNames(files);

  const at = ctx.now();
  const what = `${REPORT_KIND_LABELS[request.kind]} (${format.toUpperCase()})${g.incident ? ` of ${g.incident.reference}` : ''}`;
  ctx.db
    .transaction(() =>
      appendAudit(ctx, actor, at, [
        {
          action: 'report.generated',
          entityType: 'report',
          entityId: g.incident?.id ?? request.kind,
          incidentId: g.incident?.id ?? null,
          summary: `Generated the ${what}`,
          changes: [
            { field: 'kind', before: null, after: request.kind },
            { field: 'format', before: null, after: format },
            ...g.scope,
            { field: 'files', before: null, after: files.map((f) => f.fileName) },
            ...(g.rowCount !== null ? [{ field: 'rowCount', before: null, after: g.rowCount }] : []),
          ],
        },
      ]),
    )
    .immediate();
  return { files };
}

/** Two letters to people of the same name still get two files. */
function uniqueNames(files: ReportFile[]): ReportFile[] {
  const seen = new Map<string, number>();
  return files.map((f) => {
    const n = (seen.get(f.fileName) ?? 0) + 1;
    seen.set(f.fileName, n);
    return n === 1 ? f : { ...f, fileName: f.fileName.replace(/(\.\w+)$/, ` (${n})$1`) };
  });
}
