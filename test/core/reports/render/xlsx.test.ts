import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { MIME_TYPES, renderXlsx } from '../../../../electron/core/reports/render';
import { HOSTILE, UTC_SUMMER, UTC_WINTER, registerSheet } from './samples';

async function open(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

describe('renderXlsx', () => {
  it('writes typed cells: numbers as numbers, dates as real dates in London wall time with UK formats', async () => {
    const buf = await renderXlsx([registerSheet()], 'OFFICIAL-SENSITIVE');
    expect(buf.subarray(0, 2).toString()).toBe('PK');
    expect(MIME_TYPES.xlsx).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const ws = (await open(buf)).getWorksheet('Breach register')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'Reference', 'Title', 'People affected', 'Discovered', 'Reported']);
    expect(ws.getCell('C2').value).toBe(37);
    expect(ws.getCell('C2').type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell('C5').value).toBeNull(); // a missing number stays empty, not 0
    // 13:30 UTC on 1 July is 14:30 BST; 14:30 UTC on 27 November is 14:30 GMT.
    const summer = ws.getCell('D2');
    expect(summer.type).toBe(ExcelJS.ValueType.Date);
    expect(summer.value).toEqual(new Date(Date.UTC(2026, 6, 1, 14, 30)));
    expect(summer.numFmt).toBe('dd/mm/yyyy');
    const winter = ws.getCell('E2');
    expect(winter.value).toEqual(new Date(UTC_WINTER));
    expect(winter.numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(ws.getCell('E4').value).toEqual(new Date(UTC_SUMMER + 3_600_000));
    expect(ws.getCell('D4').value).toBeNull();
  });

  it('freezes and filters the bold header row, sets widths and prints the marking', async () => {
    const wb = await open(await renderXlsx([registerSheet()], 'OFFICIAL-SENSITIVE'));
    const ws = wb.worksheets[0]!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(JSON.stringify(ws.autoFilter)).toMatch(/A1|"row":1/);
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getColumn(2).width).toBe(40);
    expect(ws.headerFooter.oddHeader).toContain('OFFICIAL-SENSITIVE');
    expect(ws.headerFooter.oddFooter).toContain('OFFICIAL-SENSITIVE');
    expect(wb.title).toContain('OFFICIAL-SENSITIVE');
    expect(wb.subject).toBe('OFFICIAL-SENSITIVE');
  });

  it('stores formula-like text as text with a leading quote, and never as a formula', async () => {
    const buf = await renderXlsx([registerSheet()], 'OFFICIAL');
    const ws = (await open(buf)).worksheets[0]!;
    const titles = [2, 3, 4, 5, 6, 7, 10].map((r) => ws.getCell(r, 2));
    for (const cell of titles) expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(titles.map((c) => c.value)).toEqual([
      '\'=HYPERLINK("http://evil.example","click")',
      "'+1",
      "'-2",
      "'@SUM(A1:A2)",
      "'\t=1",
      "'\n=1", // CR is written as a line break (LF): XML reads a bare CR back as LF anyway
      "'=1\n+2",
    ]);
    expect(ws.getCell('B9').value).toBe(`${HOSTILE.cyrillic} ${HOSTILE.arabic} ${HOSTILE.script}`);
    const zip = await JSZip.loadAsync(buf);
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).not.toContain('<f>');
  });

  it('writes one worksheet per sheet with safe, unique names', async () => {
    const a = registerSheet();
    const wb = await open(await renderXlsx([a, { ...a, name: 'Breach register' }, { ...a, name: 'By kind: [all]/?*' + 'x'.repeat(40) }], 'OFFICIAL'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Breach register', 'Breach register (2)', 'By kind   all    xxxxxxxxxxxxxx']);
    for (const w of wb.worksheets) expect(w.name.length).toBeLessThanOrEqual(31);
  });

  it('drops characters XML cannot hold, so the workbook always opens', async () => {
    const sheet = {
      name: 'Odd\u0001',
      columns: [{ header: 'Text\u0000', type: 'text' as const, width: 20 }],
      rows: [['bell\u0007 nul\u0000 \uFFFE lone\uD800 tab\tok']],
    };
    const ws = (await open(await renderXlsx([sheet], 'OFFICIAL'))).worksheets[0]!;
    expect(ws.name).toBe('Odd');
    expect(ws.getCell('A1').value).toBe('Text');
    expect(ws.getCell('A2').value).toBe('bell nul \uFFFD lone\uFFFD tab\tok');
  });

  it('neutralises a formula hidden behind a control character, and shows direction overrides as markers', async () => {
    const sheet = {
      name: 'Hidden',
      columns: [{ header: 'Text', type: 'text' as const, width: 20 }],
      rows: [['\u0001=HYPERLINK("http://evil.example","click")'], ['\u0000\u0002+1'], [HOSTILE.rlo]],
    };
    const ws = (await open(await renderXlsx([sheet], 'OFFICIAL'))).worksheets[0]!;
    expect([2, 3, 4].map((r) => ws.getCell(r, 1).value)).toEqual(['\'=HYPERLINK("http://evil.example","click")', "'+1", 'invoice[U+202E]gpj.exe']);
  });
});
