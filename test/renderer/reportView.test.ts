import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../shared/contract/reports';
import { formatUkDateTime } from '../../shared/time/ukTime';
import { periodRange, recentQuarters, recentYears } from '../../renderer/src/features/reports/period';
import { filterText, missingAnswers } from '../../renderer/src/features/reports/reportView';

const doc = (blocks: ReportDocument['blocks']): ReportDocument => ({
  marking: 'OFFICIAL-SENSITIVE',
  title: 'T',
  subtitle: '',
  fileStem: 'x',
  footer: '',
  blocks,
});

describe('periodRange', () => {
  const shown = (r: ReturnType<typeof periodRange>) => (r.ok ? [formatUkDateTime(r.from), formatUkDateTime(r.to)] : r);

  it('runs a quarter from London midnight to the next quarter’s, across the clock change', () => {
    expect(shown(periodRange({ type: 'quarter', year: 2026, quarter: 1 }))).toEqual(['1 Jan 2026 00:00', '1 Apr 2026 00:00']);
    expect(shown(periodRange({ type: 'quarter', year: 2025, quarter: 4 }))).toEqual(['1 Oct 2025 00:00', '1 Jan 2026 00:00']);
    const q2 = periodRange({ type: 'quarter', year: 2026, quarter: 2 });
    expect(q2.ok && q2.from).toBe(Date.UTC(2026, 2, 31, 23, 0)); // 1 April in BST is 23:00 UTC the day before
    expect(q2.ok && q2.label).toBe('April to June 2026');
  });

  it('runs a financial year from April to April, and a calendar year from January to January', () => {
    expect(shown(periodRange({ type: 'financialYear', startYear: 2025 }))).toEqual(['1 Apr 2025 00:00', '1 Apr 2026 00:00']);
    expect(shown(periodRange({ type: 'calendarYear', year: 2024 }))).toEqual(['1 Jan 2024 00:00', '1 Jan 2025 00:00']);
  });

  it('includes a custom period’s last day, and explains a bad one', () => {
    expect(shown(periodRange({ type: 'custom', from: '01/02/2024', to: '29/02/2024' }))).toEqual(['1 Feb 2024 00:00', '1 Mar 2024 00:00']);
    expect(shown(periodRange({ type: 'custom', from: '31/12/2025', to: '31/12/2025' }))).toEqual(['31 Dec 2025 00:00', '1 Jan 2026 00:00']);
    expect(periodRange({ type: 'custom', from: '2025-01-01', to: '31/12/2025' })).toMatchObject({ ok: false, field: 'from' });
    expect(periodRange({ type: 'custom', from: '01/01/2025', to: '30/02/2025' })).toMatchObject({ ok: false, field: 'to', message: 'That month has 28 days' });
    expect(periodRange({ type: 'custom', from: '02/01/2025', to: '01/01/2025' })).toMatchObject({ ok: false, field: 'to' });
    expect(periodRange({ type: 'custom', from: '01/01/2025 10:00', to: '01/02/2025' })).toMatchObject({ ok: false, field: 'from' });
  });

  it('offers the last eight quarters and six years, newest first', () => {
    const now = Date.UTC(2026, 10, 27, 10, 0);
    const quarters = recentQuarters(now);
    expect(quarters).toHaveLength(8);
    expect(quarters[0]).toEqual({ value: '2026-4', label: 'Q4 2026 (Oct–Dec)' });
    expect(quarters[7]).toEqual({ value: '2025-1', label: 'Q1 2025 (Jan–Mar)' });
    const years = recentYears(Date.UTC(2026, 1, 1));
    expect(years.financial[0]).toEqual({ value: '2025', label: '2025–26 (Apr 2025 – Mar 2026)' });
    expect(years.calendar.map((y) => y.value)).toEqual(['2026', '2025', '2024', '2023', '2022', '2021']);
  });
});

describe('missingAnswers', () => {
  it('lists every missing field, and the heading over a missing paragraph, once; the form’s asterisk marks the mandatory', () => {
    const documents = [
      doc([
        { type: 'heading', level: 1, text: 'About the breach' },
        {
          type: 'fields',
          rows: [
            { label: 'When did it start? *', value: 'Not yet known', isMissing: true },
            { label: 'How did you find out?', value: 'A member of the public', isMissing: false },
          ],
        },
        { type: 'heading', level: 2, text: 'Consequences' },
        { type: 'paragraph', tone: 'missing', text: 'Not yet known' },
      ]),
      doc([{ type: 'fields', rows: [{ label: 'When did it start?', value: 'Not yet known', isMissing: true }] }]),
    ];
    expect(missingAnswers(documents)).toEqual([
      { label: 'When did it start?', isMandatory: true },
      { label: 'Consequences', isMandatory: false },
    ]);
    expect(missingAnswers([doc([{ type: 'paragraph', tone: 'normal', text: 'All known' }])])).toEqual([]);
  });
});

describe('filterText', () => {
  it('says which incidents the export holds', () => {
    expect(filterText({ statuses: [], kinds: [], markings: [], text: ' ' })).toBe('Every incident in the register.');
    expect(filterText({ statuses: [], kinds: [], markings: ['SECRET', 'TOP SECRET'], text: 'kabul' })).toBe(
      'Incidents with marked SECRET or TOP SECRET, matching “kabul”.',
    );
  });
});
