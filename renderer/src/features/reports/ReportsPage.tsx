import { Box, Button, Group, Paper, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { REPORT_KIND_LABELS, type ReportRequest } from '../../../../shared/contract/reports';
import { PageHeader } from '../../components/PageHeader';
import { useReportsStore } from '../../stores/useReportsStore';
import { periodRange, recentQuarters, recentYears, type PeriodChoice } from './period';
import { ReportPreviewBody, SaveButtons } from './ReportPreview';

type PeriodType = PeriodChoice['type'];

const PERIOD_TYPES: { value: PeriodType; label: string }[] = [
  { value: 'quarter', label: 'Quarter' },
  { value: 'financialYear', label: 'Financial year' },
  { value: 'calendarYear', label: 'Calendar year' },
  { value: 'custom', label: 'Custom' },
];

/** The periodic statistics report: choose a period, preview it, save it as PDF or Excel. */
export function ReportsPage() {
  const now = useMemo(() => Date.now(), []);
  const quarters = useMemo(() => recentQuarters(now), [now]);
  const years = useMemo(() => recentYears(now), [now]);
  const [type, setType] = useState<PeriodType>('quarter');
  const [quarter, setQuarter] = useState(quarters[1]?.value ?? quarters[0]!.value);
  const [financialYear, setFinancialYear] = useState(years.financial[1]?.value ?? years.financial[0]!.value);
  const [calendarYear, setCalendarYear] = useState(years.calendar[1]?.value ?? years.calendar[0]!.value);
  const [customFrom, setCustomFrom] = useState('');
  const [customTo, setCustomTo] = useState('');
  const loadPreview = useReportsStore((s) => s.loadPreview);
  const reset = useReportsStore((s) => s.reset);
  const status = useReportsStore((s) => s.status);
  const previewed = useReportsStore((s) => s.previewed);

  useEffect(() => reset, [reset]);

  const choice: PeriodChoice =
    type === 'quarter'
      ? { type, year: Number(quarter.split('-')[0]), quarter: Number(quarter.split('-')[1]) as 1 | 2 | 3 | 4 }
      : type === 'financialYear'
        ? { type, startYear: Number(financialYear) }
        : type === 'calendarYear'
          ? { type, year: Number(calendarYear) }
          : { type, from: customFrom, to: customTo };
  const range = periodRange(choice);
  const [showCustomErrors, setShowCustomErrors] = useState(false);
  const request: ReportRequest | null = range.ok ? { kind: 'statistics', from: range.from, to: range.to } : null;
  const isShown = request !== null && JSON.stringify(previewed) === JSON.stringify(request) && status !== 'idle';

  const preview = () => {
    setShowCustomErrors(true);
    if (request) void loadPreview(request);
  };
  const customError = (field: 'from' | 'to') => (showCustomErrors && !range.ok && range.field === field ? range.message : undefined);

  return (
    <>
      <PageHeader title="Reports" />
      <Box style={{ flex: 1, minHeight: 0, overflow: 'auto' }} p="md">
        <Stack gap="md" maw={1200}>
          <Paper withBorder p="sm">
            <Stack gap="xs">
              <Text fw={600}>{REPORT_KIND_LABELS.statistics}</Text>
              <Text size="sm" c="dimmed">
                Counts by kind, outcome, business unit and month; time to contain and to notify; incidents reported to the ICO and the others by category — in the shape
                of a department’s annual report. Saved as PDF or Excel.
              </Text>
              <Group gap="sm" align="flex-end" wrap="wrap">
                <SegmentedControl aria-label="Kind of period" value={type} onChange={(v) => setType(v as PeriodType)} data={PERIOD_TYPES} />
                {type === 'quarter' && <Select label="Quarter" data={quarters} value={quarter} onChange={(v) => v && setQuarter(v)} allowDeselect={false} w={220} />}
                {type === 'financialYear' && (
                  <Select label="Financial year" data={years.financial} value={financialYear} onChange={(v) => v && setFinancialYear(v)} allowDeselect={false} w={260} />
                )}
                {type === 'calendarYear' && (
                  <Select label="Calendar year" data={years.calendar} value={calendarYear} onChange={(v) => v && setCalendarYear(v)} allowDeselect={false} w={160} />
                )}
                {type === 'custom' && (
                  <>
                    <TextInput
                      label="From"
                      placeholder="DD/MM/YYYY"
                      value={customFrom}
                      onChange={(e) => setCustomFrom(e.currentTarget.value)}
                      error={customError('from')}
                      w={150}
                    />
                    <TextInput
                      label="To (included)"
                      placeholder="DD/MM/YYYY"
                      value={customTo}
                      onChange={(e) => setCustomTo(e.currentTarget.value)}
                      error={customError('to')}
                      w={150}
                    />
                  </>
                )}
                <Button onClick={preview} loading={status === 'loading'}>
                  Preview
                </Button>
              </Group>
              {range.ok && (
                <Text size="xs" c="dimmed" data-testid="period-label">
                  {range.label}
                </Text>
              )}
            </Stack>
          </Paper>
          {isShown && (
            <Group justify="flex-end">
              <SaveButtons request={request} disabled={status !== 'ready'} />
            </Group>
          )}
          {(isShown || status === 'error') && <ReportPreviewBody />}
        </Stack>
      </Box>
    </>
  );
}
