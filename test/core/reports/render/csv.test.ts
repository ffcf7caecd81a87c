import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { MIME_TYPES, renderCsv } from '../../../../electron/core/reports/render';
import { HOSTILE, registerSheet } from './samples';

describe('renderCsv', () => {
  const buf = renderCsv(registerSheet());
  const text = buf.toString('utf8');

  it('is UTF-8 with a byte-order mark and CRLF line ends', () => {
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(MIME_TYPES.csv).toMatch(/^text\/csv/);
    const body = text.slice(1);
    expect(body.startsWith('Reference,Title,People affected,Discovered,Reported\r\n')).toBe(true);
    expect(body.endsWith('\r\n')).toBe(true);
    // Every line break between records is CRLF (a bare LF only inside a quoted value).
    expect(body.replace(/"[^"]*"/g, '').match(/(?<!\r)\n/g)).toBeNull();
    expect(text).toContain(HOSTILE.cyrillic);
    expect(text).toContain(HOSTILE.arabic);
  });

  it('writes dates as London wall time, numbers as numbers and empty cells as empty', () => {
    const lines = text.slice(1).split('\r\n');
    expect(lines[1]).toBe('INC-2026-0001,"\'=HYPERLINK(""http://evil.example"",""click"")",37,01/07/2026,27/11/2026 14:30');
    expect(lines[2]).toBe('INC-2026-0002,"\'+1",0,27/11/2026,');
    expect(lines[3]).toBe('INC-2026-0003,"\'-2",5,,01/07/2026 14:30');
    expect(lines[4]).toBe('INC-2026-0004,"\'@SUM(A1:A2)",,27/11/2026,27/11/2026 14:30');
  });

  it('escapes every formula-like text, including tab, CR and multi-line values', () => {
    const rows = Papa.parse<string[]>(text.slice(1), { newline: '\r\n' }).data;
    const titles = rows.slice(1, 10).map((r) => r[1]);
    expect(titles).toEqual([
      '\'=HYPERLINK("http://evil.example","click")',
      "'+1",
      "'-2",
      "'@SUM(A1:A2)",
      "'\t=1",
      "'\r=1",
      'He said "hello", then left\nsecond line',
      `${HOSTILE.cyrillic} ${HOSTILE.arabic} ${HOSTILE.script}`,
      "'=1\n+2",
    ]);
    expect(text).toContain('"He said ""hello"", then left\nsecond line"');
  });

  it('neutralises a formula hidden behind a control character, and shows direction overrides as markers', () => {
    const sheet = {
      name: 'Hidden',
      columns: [{ header: 'Text', type: 'text' as const, width: 20 }],
      rows: [['\u0001=HYPERLINK("http://evil.example","click")'], ['\u0000\u0002+1'], [HOSTILE.rlo]],
    };
    const rows = Papa.parse<string[]>(renderCsv(sheet).toString('utf8').slice(1), { newline: '\r\n' }).data;
    expect(rows.slice(1, 4).map((r) => r[0])).toEqual(['\'=HYPERLINK("http://evil.example","click")', "'+1", 'invoice[U+202E]gpj.exe']);
  });
});
