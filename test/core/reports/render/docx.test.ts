import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { MIME_TYPES, renderDocx } from '../../../../electron/core/reports/render';
import { FONTS_DIR } from './helpers';
import { HOSTILE, briefing, hostile, letter, statistics } from './samples';

async function open(buf: Buffer) {
  const zip = await JSZip.loadAsync(buf);
  const read = (name: string) => zip.file(name)!.async('string');
  const names = Object.keys(zip.files);
  const document = await read('word/document.xml');
  const headers = await Promise.all(names.filter((n) => /^word\/header\d*\.xml$/.test(n)).map(read));
  const footers = await Promise.all(names.filter((n) => /^word\/footer\d*\.xml$/.test(n)).map(read));
  const styles = await read('word/styles.xml');
  /** The visible text of a part: its w:t runs, XML entities decoded. */
  const text = (xml: string) =>
    [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1]!)
      .join('')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return { document, headers, footers, styles, text };
}

describe('renderDocx', () => {
  it('puts the marking in the header and footer of every section, with the footer line and page numbers', async () => {
    const buf = await renderDocx([briefing()], FONTS_DIR);
    expect(buf.subarray(0, 2).toString()).toBe('PK');
    expect(MIME_TYPES.docx).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const { document, headers, footers, styles, text } = await open(buf);
    expect(headers.length).toBeGreaterThanOrEqual(1);
    expect(footers.length).toBeGreaterThanOrEqual(1);
    for (const h of headers) expect(text(h)).toContain('OFFICIAL-SENSITIVE');
    for (const f of footers) {
      expect(text(f)).toContain('OFFICIAL-SENSITIVE');
      expect(text(f)).toContain('Generated 27 Nov 2026 10:30 by A. Morgan from Casebook');
      expect(f).toContain('PAGE');
      expect(f).toContain('SECTIONPAGES');
    }
    // Each section points at its header and footer.
    expect(document).toMatch(/<w:headerReference w:type="default"/);
    expect(document).toMatch(/<w:footerReference w:type="default"/);
    expect(styles).toContain('w:ascii="DejaVu Sans"');
    const body = text(document);
    expect(body).toContain('Ministerial briefing: INC-2026-0042');
    expect(body).toContain('Reported to the ICO');
    expect(body).toContain('Not yet known');
    expect(body).toContain('Staff reminded to check autocompleted addresses before sending.');
    expect(body).toContain(HOSTILE.cyrillic);
    expect(body).toContain(HOSTILE.arabic);
    expect(document).toContain('<w:tbl>');
  });

  it('gives every letter its own section (a new page), each with its marking', async () => {
    const { document, headers, text } = await open(await renderDocx([letter('Ana Souza'), { ...letter('محمد'), marking: 'OFFICIAL-SENSITIVE' }], FONTS_DIR));
    expect(document.match(/<w:sectPr/g)).toHaveLength(2);
    expect(headers.map(text).sort()).toEqual(['OFFICIAL', 'OFFICIAL-SENSITIVE']);
    const body = text(document);
    expect(body.indexOf('Dear Ana Souza')).toBeLessThan(body.indexOf('Dear محمد'));
  });

  it('gives charts as a table of the figures', async () => {
    const { document, text } = await open(await renderDocx([statistics()], FONTS_DIR));
    const body = text(document);
    expect(body).toContain('Incidents recorded and reported to the ICO, by month');
    expect(body).toContain('Sep 2026203');
    expect(document.match(/<w:tbl>/g)!.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps hostile text as escaped text and the XML well formed', async () => {
    const { document, text } = await open(await renderDocx([hostile()], FONTS_DIR));
    expect(document).not.toContain('<script>');
    expect(document).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const body = text(document);
    expect(body).toContain(HOSTILE.long);
    expect(body).toContain('invoice[U+202E]gpj.exe');
    expect(body).not.toContain('\u202E');
    expect(body).toContain('=HYPERLINK("http://evil.example","click")');
    // No control characters that would make Word refuse the file.
    expect(document).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(body).toContain('bellandnul');
  });

  it('leaves out empty tables, which Word would refuse', async () => {
    const doc = {
      ...letter('Edge'),
      blocks: [
        { type: 'chart' as const, title: 'Empty', categories: [], series: [] },
        { type: 'table' as const, columns: [], rows: [] },
        { type: 'fields' as const, rows: [] },
        { type: 'table' as const, columns: ['Only a header'], rows: [] },
      ],
    };
    const { document } = await open(await renderDocx([doc], FONTS_DIR));
    for (const row of document.match(/<w:tr>.*?<\/w:tr>/g) ?? []) expect(row).toContain('<w:tc>');
    expect(document.match(/<w:tbl>/g)).toHaveLength(1);
  });
});
