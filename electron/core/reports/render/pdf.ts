import { join } from 'node:path';
import * as React from 'react';
import type { ReportBlock, ReportDocument } from '../../../../shared/contract/reports';
import { fingerprintLine, fullFingerprintLine, type AuditFingerprint } from '../auditFingerprint';
import { printable } from './text';

/**
 * PDF rendering with @react-pdf/renderer. It is an ES module whose package exports refuse `require`,
 * so it is loaded with a dynamic import (a static import fails under tsx's CommonJS mode), and the
 * elements are built with React.createElement (the node build has no JSX).
 */
type ReactPdf = typeof import('@react-pdf/renderer');

const FAMILY = 'DejaVu Sans';
const INK = '#0b0c0c';
const GREY = '#505a5f';
const RULE = '#b1b4b6';
const FILL = '#f3f2f1';
const PALETTE = ['#1d70b8', '#f47738', '#00703c', '#6f72af', '#b58840', '#d4351c'];

/** Words longer than this are broken into chunks so a 10,000-character "word" still wraps. */
const CHUNK = 18;

let loaded: Promise<ReactPdf> | undefined;
let registeredFrom: string | undefined;

async function loadReactPdf(fontsDir: string): Promise<ReactPdf> {
  loaded ??= import('@react-pdf/renderer');
  const pdf = await loaded;
  if (registeredFrom !== fontsDir) {
    pdf.Font.register({
      family: FAMILY,
      fonts: [
        { src: join(fontsDir, 'DejaVuSans.ttf'), fontWeight: 'normal' },
        { src: join(fontsDir, 'DejaVuSans-Bold.ttf'), fontWeight: 'bold' },
        // No oblique face is bundled: italic requests get the upright face rather than failing.
        { src: join(fontsDir, 'DejaVuSans.ttf'), fontWeight: 'normal', fontStyle: 'italic' },
        { src: join(fontsDir, 'DejaVuSans-Bold.ttf'), fontWeight: 'bold', fontStyle: 'italic' },
      ],
    });
    // No syllable hyphenation (names and references must print as typed); only over-long runs
    // without spaces (e-mail addresses, hashes, hostile input) are split so they can wrap.
    pdf.Font.registerHyphenationCallback((word) => {
      if (word.length <= CHUNK) return [word];
      const parts: string[] = [];
      for (let i = 0; i < word.length; i += CHUNK) parts.push(word.slice(i, i + CHUNK));
      return parts;
    });
    registeredFrom = fontsDir;
  }
  return pdf;
}

/** `audit`: the audit fingerprint at generation, printed under every page's footer line and kept whole in the keywords. */
export async function renderPdf(documents: ReportDocument[], fontsDir: string, audit?: AuditFingerprint): Promise<Buffer> {
  const pdf = await loadReactPdf(fontsDir);
  const { Document, Page, View, Text, Svg, Rect, Line, StyleSheet, renderToBuffer } = pdf;
  const h = React.createElement;

  const s = StyleSheet.create({
    page: {
      fontFamily: FAMILY,
      fontSize: 10.5,
      color: INK,
      paddingTop: 72,
      paddingBottom: 84,
      paddingHorizontal: 64,
    },
    bannerTop: { position: 'absolute', top: 24, left: 0, right: 0, textAlign: 'center', fontWeight: 'bold', fontSize: 10.5, letterSpacing: 1 },
    bannerBottom: { position: 'absolute', bottom: 24, left: 0, right: 0, textAlign: 'center', fontWeight: 'bold', fontSize: 10.5, letterSpacing: 1 },
    footerRule: { position: 'absolute', bottom: 62, left: 64, right: 64, borderTopWidth: 0.5, borderTopColor: RULE },
    footerText: { position: 'absolute', bottom: 44, left: 64, right: 150, fontSize: 8, color: GREY },
    // Two lines (footer and audit fingerprint) still end above the rule and clear the bottom banner.
    footerTwoLines: { position: 'absolute', bottom: 39, left: 64, right: 150, fontSize: 8, lineHeight: 1.3, color: GREY },
    pageNo: { position: 'absolute', bottom: 44, left: 64, right: 64, textAlign: 'right', fontSize: 8, color: GREY },
    titleBlock: { marginBottom: 14, paddingBottom: 10, borderBottomWidth: 1.5, borderBottomColor: INK },
    title: { fontSize: 17, fontWeight: 'bold', lineHeight: 1.25 },
    subtitle: { lineHeight: 1.4, fontSize: 11, color: GREY, marginTop: 4 },
    h1: { fontSize: 12.5, fontWeight: 'bold', marginTop: 14, marginBottom: 5 },
    h2: { fontSize: 11, fontWeight: 'bold', marginTop: 10, marginBottom: 4 },
    para: { lineHeight: 1.4, fontSize: 10.5, marginBottom: 7 },
    missing: { lineHeight: 1.4, fontSize: 10.5, marginBottom: 7, color: GREY, fontStyle: 'italic' },
    note: { lineHeight: 1.4, fontSize: 9.5, marginBottom: 7, color: GREY, paddingLeft: 8, borderLeftWidth: 2, borderLeftColor: RULE },
    table: { marginBottom: 10, borderTopWidth: 0.5, borderLeftWidth: 0.5, borderRightWidth: 0.5, borderColor: RULE },
    row: { flexDirection: 'row' },
    cell: { flex: 1, lineHeight: 1.35, fontSize: 9.5, paddingVertical: 3, paddingHorizontal: 5, borderRightWidth: 0.5, borderBottomWidth: 0.5, borderColor: RULE },
    lastCell: { borderRightWidth: 0 },
    headCell: { backgroundColor: FILL, fontWeight: 'bold' },
    label: { flexBasis: '34%', width: '34%', flexGrow: 0, flexShrink: 0, backgroundColor: FILL, fontWeight: 'bold' },
    missingValue: { color: GREY, fontStyle: 'italic' },
    bullet: { flexDirection: 'row', marginBottom: 3 },
    bulletMark: { width: 12 },
    bulletText: { lineHeight: 1.4, fontSize: 10.5, flex: 1 },
    chart: { marginTop: 4, marginBottom: 12 },
    chartTitle: { fontSize: 10.5, fontWeight: 'bold', marginBottom: 6 },
    chartRow: { flexDirection: 'row', alignItems: 'center', marginBottom: 3 },
    chartLabel: { width: '30%', fontSize: 8.5, paddingRight: 6, textAlign: 'right' },
    chartValues: { width: 44, fontSize: 8, color: GREY, paddingLeft: 4 },
    legend: { flexDirection: 'row', flexWrap: 'wrap', marginTop: 4, marginLeft: '30%' },
    legendItem: { flexDirection: 'row', alignItems: 'center', marginRight: 12, fontSize: 8.5 },
  });

  const text = (value: string, style?: object, extra: object = {}) => h(Text, { style, ...extra } as React.ComponentProps<ReactPdf['Text']>, printable(value));

  const fieldsBlock = (rows: Extract<ReportBlock, { type: 'fields' }>['rows'], key: number) =>
    h(
      View,
      { key, style: s.table },
      rows.map((r, i) =>
        h(
          View,
          { key: i, style: s.row, wrap: r.value.length > 600 },
          text(r.label, [s.cell, s.label]),
          text(r.value || 'Not yet known', r.isMissing || !r.value ? [s.cell, s.lastCell, s.missingValue] : [s.cell, s.lastCell]),
        ),
      ),
    );

  const tableBlock = (b: Extract<ReportBlock, { type: 'table' }>, key: number) =>
    h(
      View,
      { key, style: s.table },
      h(
        View,
        { style: s.row, wrap: false },
        b.columns.map((c, i) => text(c, [s.cell, s.headCell, i === b.columns.length - 1 ? s.lastCell : {}], { key: i })),
      ),
      b.rows.map((r, i) =>
        h(
          View,
          { key: i, style: s.row, wrap: r.some((c) => c.length > 600) },
          b.columns.map((_, j) => text(r[j] ?? '', [s.cell, j === b.columns.length - 1 ? s.lastCell : {}], { key: j })),
        ),
      ),
    );

  const chartBlock = (b: Extract<ReportBlock, { type: 'chart' }>, key: number) => {
    const max = Math.max(1, ...b.series.flatMap((x) => x.values.filter(Number.isFinite)));
    const barH = 7;
    const width = 250;
    const series = b.series.slice(0, PALETTE.length);
    const height = Math.max(1, series.length) * (barH + 1) + 1;
    return h(
      View,
      { key, style: s.chart, wrap: false },
      text(b.title, s.chartTitle),
      b.categories.map((cat, i) =>
        h(
          View,
          { key: i, style: s.chartRow },
          text(cat, s.chartLabel),
          h(
            Svg,
            { width, height, viewBox: `0 0 ${width} ${height}` },
            h(Line, { x1: 0.5, y1: 0, x2: 0.5, y2: height, stroke: GREY, strokeWidth: 0.6 }),
            series.map((x, k) => {
              const v = x.values[i] ?? 0;
              const w = Number.isFinite(v) && v > 0 ? Math.max(0.8, (v / max) * (width - 2)) : 0;
              return h(Rect, { key: k, x: 1, y: 1 + k * (barH + 1), width: w, height: barH, fill: PALETTE[k] });
            }),
          ),
          text(series.map((x) => fmtNumber(x.values[i] ?? 0)).join(' / '), s.chartValues),
        ),
      ),
      series.length > 1 || (series[0] && series[0].name)
        ? h(
            View,
            { style: s.legend },
            series.map((x, k) =>
              h(
                View,
                { key: k, style: s.legendItem },
                h(Svg, { width: 8, height: 8, style: { marginRight: 3 } }, h(Rect, { x: 0, y: 0, width: 8, height: 8, fill: PALETTE[k] })),
                text(x.name, undefined),
              ),
            ),
          )
        : null,
    );
  };

  const block = (b: ReportBlock, key: number): React.ReactElement | null => {
    switch (b.type) {
      case 'heading':
        return text(b.text, b.level === 1 ? s.h1 : s.h2, { key, minPresenceAhead: 90 });
      case 'paragraph':
        return text(b.text, b.tone === 'missing' ? s.missing : b.tone === 'note' ? s.note : s.para, { key });
      case 'fields':
        return b.rows.length > 0 ? fieldsBlock(b.rows, key) : null;
      case 'table':
        return b.columns.length > 0 ? tableBlock(b, key) : null;
      case 'bullets':
        return h(
          View,
          { key, style: { marginBottom: 7 } },
          b.items.map((item, i) => h(View, { key: i, style: s.bullet }, h(Text, { style: s.bulletMark }, '•'), text(item, s.bulletText))),
        );
      case 'chart':
        return chartBlock(b, key);
      case 'pageBreak':
        return h(View, { key, break: true });
    }
  };

  const page = (d: ReportDocument, key: number) =>
    h(
      Page,
      { key, size: 'A4', style: s.page, wrap: true },
      text(d.marking, s.bannerTop, { fixed: true }),
      h(View, { style: s.footerRule, fixed: true }),
      audit ? text(`${d.footer}\n${fingerprintLine(audit)}`, s.footerTwoLines, { fixed: true }) : text(d.footer, s.footerText, { fixed: true }),
      h(Text, {
        style: s.pageNo,
        fixed: true,
        render: ({ subPageNumber, subPageTotalPages }: { subPageNumber: number; subPageTotalPages: number }) => `Page ${subPageNumber} of ${subPageTotalPages}`,
      } as React.ComponentProps<ReactPdf['Text']>),
      text(d.marking, s.bannerBottom, { fixed: true }),
      h(View, { style: s.titleBlock }, text(d.title, s.title), d.subtitle ? text(d.subtitle, s.subtitle) : null),
      d.blocks.map(block),
    );

  const first = documents[0];
  const doc = h(
    Document,
    {
      title: printable(first?.title ?? 'Casebook report'),
      subject: first?.marking,
      keywords: audit ? `${first?.marking ?? 'OFFICIAL'}; ${fullFingerprintLine(audit)}` : first?.marking,
      creator: 'Casebook',
      producer: 'Casebook',
      language: 'en-GB',
    },
    documents.length > 0 ? documents.map(page) : [page({ marking: 'OFFICIAL', title: 'Nothing to report', subtitle: '', fileStem: 'empty', blocks: [], footer: '' }, 0)],
  );
  return renderToBuffer(doc as Parameters<typeof renderToBuffer>[0]);
}

function fmtNumber(v: number): string {
  if (!Number.isFinite(v)) return '–';
  return Number.isInteger(v) ? v.toLocaleString('en-GB') : v.toLocaleString('en-GB', { maximumFractionDigits: 1 });
}
