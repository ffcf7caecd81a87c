import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportFile, ReportFormat, ReportRequest } from '../../../shared/contract/reports';
import { linkNewParty } from '../../fixtures/builders';
import { createTestCasebook, minimalIncident, type TestCasebook } from '../../fixtures/db';
import { pdfPages } from './render/helpers';

type Fingerprint = { entryCount: number; headHash: string };

const SHORT = /Audit trail at generation: (\d+) (?:entry|entries), head ([0-9a-f]{16})…/;
const FULL = /Audit trail at generation: (\d+) (?:entry|entries), head ([0-9a-f]{16})… \(head hash ([0-9a-f]{64})\)/;

/** The fingerprint a file carries: the short line where a reader sees it, and the whole hash where the format has room. */
async function fingerprintOf(file: ReportFile): Promise<{ short: Fingerprint & { everyPage: boolean }; full: Fingerprint }> {
  const bytes = Buffer.from(file.base64, 'base64');
  const format = file.fileName.split('.').pop() as ReportFormat;
  const parse = (text: string, re: RegExp) => {
    const m = re.exec(text);
    if (!m) throw new Error(`${file.fileName}: no fingerprint in ${JSON.stringify(text.slice(-400))}`);
    return { entryCount: Number(m[1]), headHash: m[3] ?? m[2]! };
  };
  switch (format) {
    case 'pdf': {
      const pages = await pdfPages(bytes);
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
      const info = (await doc.getMetadata()).info as { Keywords: string };
      await doc.destroy();
      return { short: { ...parse(pages[0]!, SHORT), everyPage: pages.every((p) => SHORT.test(p)) }, full: parse(info.Keywords, FULL) };
    }
    case 'docx': {
      const zip = await JSZip.loadAsync(bytes);
      const footers = await Promise.all(
        Object.keys(zip.files)
          .filter((n) => /^word\/footer\d*\.xml$/.test(n))
          .map((n) => zip.file(n)!.async('string')),
      );
      const text = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      const core = await zip.file('docProps/core.xml')!.async('string');
      return { short: { ...parse(text(footers[0]!), SHORT), everyPage: footers.every((f) => SHORT.test(text(f))) }, full: parse(core, FULL) };
    }
    case 'xlsx': {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      const ws = wb.worksheets.at(-1)!;
      expect(ws.name).toBe('Audit fingerprint');
      const line = String(ws.getCell('A1').value);
      expect({ entryCount: ws.getCell('B3').value, headHash: ws.getCell('B4').value }).toEqual(parse(line, FULL));
      return { short: { ...parse(line, SHORT), everyPage: true }, full: parse(line, FULL) };
    }
    case 'csv': {
      const lines = bytes.toString('utf8').trimEnd().split('\r\n');
      const last = lines.at(-1)!;
      expect(last.startsWith('"Audit trail at generation:')).toBe(true);
      return { short: { ...parse(last, SHORT), everyPage: true }, full: parse(last, FULL) };
    }
  }
}

describe('the audit fingerprint on every generated report', () => {
  let cb: TestCasebook;
  let incidentId: string;
  beforeEach(() => {
    cb = createTestCasebook({ memory: true });
    const incident = cb.ok('incidents:create', minimalIncident());
    incidentId = incident.id;
    cb.ok('incidents:update', { id: incidentId, version: incident.version, patch: { publicAccount: 'An email about you went to the wrong person.' } });
    linkNewParty(cb, incidentId, { name: 'Jo Harper' }, ['data_subject'], { notificationStatus: 'pending' });
    linkNewParty(cb, incidentId, { name: 'Ann Other' }, ['data_subject'], { notificationStatus: 'pending' });
  });
  afterEach(() => cb.close());

  const generate = (request: ReportRequest, format: ReportFormat) => cb.okAsync('reports:generate', { request, format });
  const verified = (): Fingerprint => {
    const { entryCount, headHash, ok } = cb.ok('audit:verify', {});
    expect(ok).toBe(true);
    return { entryCount, headHash };
  };

  it('matches audit:verify at generation, for every kind in every format, on every page', async () => {
    const requests: [ReportRequest, ReportFormat[]][] = [
      [{ kind: 'briefing', incidentId }, ['pdf', 'docx']],
      [{ kind: 'regulator', incidentId }, ['pdf', 'docx']],
      [{ kind: 'register' }, ['csv', 'xlsx']],
      [{ kind: 'statistics', from: Date.UTC(2026, 0, 1), to: Date.UTC(2027, 0, 1) }, ['pdf', 'xlsx']],
      [{ kind: 'letters', incidentId, releasableConfirmed: true }, ['docx']],
      [{ kind: 'letters', incidentId, merged: false, releasableConfirmed: true }, ['docx']],
    ];
    for (const [request, formats] of requests) {
      for (const format of formats) {
        const expected = verified();
        const { files } = await generate(request, format);
        for (const file of files) {
          const { short, full } = await fingerprintOf(file);
          expect(full, file.fileName).toEqual(expected);
          expect(short, file.fileName).toEqual({ entryCount: expected.entryCount, headHash: expected.headHash.slice(0, 16), everyPage: true });
        }
      }
    }
  });

  it('a report made after another write shows the new head; the earlier file still shows the old one', async () => {
    const before = verified();
    const first = (await generate({ kind: 'briefing', incidentId }, 'pdf')).files[0]!;
    cb.ok('incidents:create', minimalIncident({ title: 'Another incident' }));
    const after = verified();
    expect(after.entryCount).toBeGreaterThan(before.entryCount);
    const second = (await generate({ kind: 'briefing', incidentId }, 'pdf')).files[0]!;
    expect((await fingerprintOf(second)).full).toEqual(after);
    expect((await fingerprintOf(first)).full).toEqual(before);
    expect(after.headHash).not.toBe(before.headHash);
  });
});
