import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../../electron/core/reports/render';
import { FONTS_DIR, pdfPages } from './helpers';
import { HOSTILE, briefing, hostile, letter, statistics } from './samples';

const count = (text: string, part: string) => text.split(part).length - 1;

describe('renderPdf', () => {
  it('prints a briefing with the marking banner at the top and bottom of every page, page x of y and the footer', async () => {
    const pdf = await renderPdf([briefing()], FONTS_DIR);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, i) => {
      expect(count(page, 'OFFICIAL-SENSITIVE\n'), `page ${i + 1}`).toBeGreaterThanOrEqual(2);
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(page).toContain('Generated 27 Nov 2026 10:30 by A. Morgan from Casebook');
    });
    const all = pages.join('\n');
    expect(all).toContain('Ministerial briefing: INC-2026-0042');
    expect(all).toContain('Reported to the ICO Not yet known');
    expect(all).toContain('• Staff reminded to check autocompleted addresses before sending.');
    expect(all).toContain('Who Status When');
  });

  it('prints Cyrillic homoglyph domains and Arabic-script names intact with the bundled font', async () => {
    const all = (await pdfPages(await renderPdf([briefing()], FONTS_DIR))).join('\n');
    expect(all).toContain(HOSTILE.cyrillic);
    expect(all).toContain('mod.gov.uk'); // the Latin one stays Latin
    expect(HOSTILE.cyrillic).not.toBe('mod.gov.uk');
    expect(all).toContain(HOSTILE.arabic);
  });

  it('starts every document on a new page and numbers the pages of each', async () => {
    const pages = await pdfPages(await renderPdf([briefing(), letter('Ana Souza'), letter('محمد')], FONTS_DIR));
    const firstOf = (title: string) => pages.findIndex((p) => p.includes(title));
    const b = firstOf('Ministerial briefing');
    const ana = firstOf('Dear Ana Souza');
    const arabic = firstOf('Dear محمد');
    expect(b).toBe(0);
    expect(ana).toBeGreaterThan(b);
    expect(arabic).toBe(ana + 1);
    expect(pages[ana]).toContain('Page 1 of 1');
    expect(pages[ana]).toContain('OFFICIAL\n');
    expect(pages[arabic]).toContain('Page 1 of 1');
  });

  it('draws the statistics charts with their titles, values and legend', async () => {
    const pages = await pdfPages(await renderPdf([statistics()], FONTS_DIR));
    const all = pages.join('\n');
    expect(all).toContain('Incidents recorded and reported to the ICO, by month');
    expect(all).toContain('Sep 2026');
    expect(all).toContain('20 / 3');
    expect(all).toContain('Reported to the ICO');
    expect(all).toContain('Misdirected email');
  });

  it('keeps hostile text as text: 10,000 characters wrap, markup and overrides print literally', async () => {
    const pdf = await renderPdf([hostile()], FONTS_DIR);
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThan(30);
    pages.forEach((page) => expect(count(page, 'SECRET\n')).toBeGreaterThanOrEqual(2));
    const all = pages.join('\n');
    expect(all).toContain(HOSTILE.script);
    expect(all).toContain('=HYPERLINK("http://evil.example","click")');
    // The override is shown, not obeyed: nothing after it is reversed.
    expect(all).not.toContain('\u202E');
    expect(all.replace(/-?\n/g, '')).toContain('invoice[U+202E]gpj.exe');
    // Every character of the long values is printed (long runs are split across lines with a hyphen).
    expect(count(all.replace(/[-\s]/g, '').replace(/[^A]/g, ''), 'A')).toBe(10_000 + 3_000);
    for (let i = 0; i < 400; i += 37) expect(all).toContain(`word${i}`);
    expect(all).toContain(HOSTILE.arabic);
    expect(all).toContain('bellandnul'); // control characters are dropped
  });

  it('renders an empty list as a one-page document rather than failing', async () => {
    const pages = await pdfPages(await renderPdf([], FONTS_DIR));
    expect(pages).toHaveLength(1);
  });

  it('copes with empty and odd blocks', async () => {
    const doc = {
      ...letter('Edge'),
      blocks: [
        { type: 'chart' as const, title: 'Empty', categories: [], series: [] },
        { type: 'chart' as const, title: 'Odd', categories: ['a', 'b'], series: [{ name: '', values: [Number.NaN, -3] }] },
        { type: 'table' as const, columns: [], rows: [] },
        { type: 'fields' as const, rows: [{ label: 'Empty', value: '', isMissing: false }] },
        { type: 'bullets' as const, items: [] },
        { type: 'paragraph' as const, tone: 'normal' as const, text: '' },
        { type: 'pageBreak' as const },
        { type: 'heading' as const, level: 2 as const, text: 'After the break' },
      ],
    };
    const pages = await pdfPages(await renderPdf([doc], FONTS_DIR));
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('Empty Not yet known');
    expect(pages[1]).toContain('After the break');
    expect(pages[1]).toContain('Page 2 of 2');
  });
});
