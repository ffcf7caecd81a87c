import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { ReportBlock, ReportDocument } from '../../../../shared/contract/reports';
import { fingerprintLine, fullFingerprintLine, type AuditFingerprint } from '../auditFingerprint';
import { printable } from './text';

const FONT = 'DejaVu Sans';
const GREY = '505A5F';
const RULE = 'B1B4B6';
const FILL = 'F3F2F1';
/** Half-points. */
const BODY = 21;

/** Runs for one string, line breaks kept as breaks; text is only ever text (docx escapes XML). */
function runs(value: string, opts: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {}): TextRun[] {
  return printable(value)
    .split('\n')
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...opts }));
}

const para = (
  value: string,
  opts: Parameters<typeof runs>[1] = {},
  extra: { spacingAfter?: number; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {},
) => new Paragraph({ children: runs(value, opts), spacing: { after: extra.spacingAfter ?? 120 }, alignment: extra.alignment });

const border = { style: BorderStyle.SINGLE, size: 4, color: RULE };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

function cell(value: string, opts: { header?: boolean; missing?: boolean; width?: number } = {}): TableCell {
  return new TableCell({
    children: [para(value, { bold: opts.header, italics: opts.missing, color: opts.missing ? GREY : undefined, size: 19 }, { spacingAfter: 0 })],
    shading: opts.header ? { type: ShadingType.CLEAR, color: 'auto', fill: FILL } : undefined,
    width: opts.width ? { size: opts.width, type: WidthType.PERCENTAGE } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

function table(columns: string[], rows: string[][]): Table {
  const width = columns.length > 0 ? Math.floor(100 / columns.length) : 100;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c) => cell(c, { header: true, width })) }),
      ...rows.map((r) => new TableRow({ children: columns.map((_, j) => cell(r[j] ?? '', { width })) })),
    ],
  });
}

function fmt(v: number): string {
  if (!Number.isFinite(v)) return '–';
  return v.toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

function blocks(list: ReportBlock[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of list) {
    switch (b.type) {
      case 'heading':
        out.push(
          new Paragraph({
            heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
            children: runs(b.text),
            keepNext: true,
          }),
        );
        break;
      case 'paragraph':
        if (b.tone === 'missing') out.push(para(b.text, { italics: true, color: GREY }));
        else if (b.tone === 'note') out.push(para(b.text, { color: GREY, size: 19 }));
        else out.push(para(b.text));
        break;
      case 'fields':
        if (b.rows.length === 0) break; // Word refuses a table without rows
        out.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            borders,
            rows: b.rows.map(
              (r) =>
                new TableRow({
                  children: [cell(r.label, { header: true, width: 34 }), cell(r.value || 'Not yet known', { missing: r.isMissing || !r.value, width: 66 })],
                }),
            ),
          }),
          new Paragraph({ spacing: { after: 120 } }),
        );
        break;
      case 'table':
        if (b.columns.length === 0) break; // nor a row without cells
        out.push(table(b.columns, b.rows), new Paragraph({ spacing: { after: 120 } }));
        break;
      case 'bullets':
        for (const item of b.items) out.push(new Paragraph({ children: runs(item), bullet: { level: 0 }, spacing: { after: 60 } }));
        break;
      case 'chart':
        if (b.categories.length === 0) break;
        // Word chart objects are out of scope: the figures are given as a small table.
        out.push(
          new Paragraph({ children: runs(b.title, { bold: true }), keepNext: true, spacing: { before: 120, after: 80 } }),
          table(
            ['', ...b.series.map((x) => x.name)],
            b.categories.map((c, i) => [c, ...b.series.map((x) => fmt(x.values[i] ?? 0))]),
          ),
          new Paragraph({ spacing: { after: 120 } }),
        );
        break;
      case 'pageBreak':
        out.push(new Paragraph({ children: [], pageBreakBefore: true }));
        break;
    }
  }
  return out;
}

function section(d: ReportDocument, audit: AuditFingerprint | undefined): ISectionOptions {
  const marking = () => new Paragraph({ alignment: AlignmentType.CENTER, children: runs(d.marking, { bold: true, size: BODY }) });
  return {
    properties: {
      page: {
        size: { width: 11906, height: 16838 },
        margin: { top: 1300, bottom: 1300, left: 1300, right: 1300, header: 500, footer: 500 },
        pageNumbers: { start: 1 },
      },
    },
    headers: { default: new Header({ children: [marking()] }) },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            border: { top: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 4 } },
            children: [
              ...runs(d.footer, { size: 16, color: GREY }),
              new TextRun({ text: '\t', size: 16 }),
              new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES_IN_SECTION], size: 16, color: GREY }),
            ],
            tabStops: [{ type: 'right', position: 9300 }],
            spacing: { after: audit ? 0 : 80 },
          }),
          ...(audit ? [new Paragraph({ children: runs(fingerprintLine(audit), { size: 16, color: GREY }), spacing: { after: 80 } })] : []),
          marking(),
        ],
      }),
    },
    children: [
      new Paragraph({ heading: HeadingLevel.TITLE, children: runs(d.title) }),
      ...(d.subtitle ? [para(d.subtitle, { color: GREY, size: 22 }, { spacingAfter: 200 })] : []),
      new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: '0B0C0C', space: 1 } }, spacing: { after: 200 } }),
      ...blocks(d.blocks),
    ],
  };
}

/**
 * One Word document; each ReportDocument is its own section (so letters start on a new page), with
 * the protective marking in every page's header and footer, the footer line and "Page x of y", and under
 * them the audit fingerprint at generation when given.
 */
export async function renderDocx(documents: ReportDocument[], fontsDir: string, audit?: AuditFingerprint): Promise<Buffer> {
  void fontsDir; // "DejaVu Sans" is named in the styles; Word substitutes if it is not installed.
  const first = documents[0];
  const doc = new Document({
    creator: 'Casebook',
    title: printable(first?.title ?? 'Casebook report'),
    subject: first?.marking,
    keywords: first?.marking,
    // The whole head hash, in the document's properties (File → Info), where the footer has no room for it.
    ...(audit ? { description: fullFingerprintLine(audit) } : {}),
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY, color: '0B0C0C' }, paragraph: { spacing: { line: 288 } } },
        title: { run: { font: FONT, size: 34, bold: true, color: '0B0C0C' }, paragraph: { spacing: { after: 60 } } },
        heading1: { run: { font: FONT, size: 25, bold: true, color: '0B0C0C' }, paragraph: { spacing: { before: 280, after: 100 } } },
        heading2: { run: { font: FONT, size: 22, bold: true, color: '0B0C0C' }, paragraph: { spacing: { before: 200, after: 80 } } },
      },
    },
    sections: (documents.length > 0
      ? documents
      : [{ marking: 'OFFICIAL' as const, title: 'Nothing to report', subtitle: '', fileStem: 'empty', blocks: [], footer: '' }]
    ).map((d) => section(d, audit)),
  });
  return Packer.toBuffer(doc);
}
