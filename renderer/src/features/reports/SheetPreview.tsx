import { Box, Table, Text } from '@mantine/core';
import type { Sheet } from '../../../../shared/contract/reports';
import { formatUkDate, formatUkDateTime } from '../../../../shared/time/ukTime';

/** How many rows of a sheet the preview draws; the file holds them all. */
export const SHEET_PREVIEW_ROWS = 50;

function cellText(value: string | number | null, type: Sheet['columns'][number]['type']): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (type === 'date') return formatUkDate(value);
    if (type === 'datetime') return formatUkDateTime(value);
    return value.toLocaleString('en-GB');
  }
  return value;
}

/** The first rows of a tabular report, with the total the file will hold. */
export function SheetPreview({ sheet, rowCount }: { sheet: Sheet; rowCount: number | null }) {
  const total = rowCount ?? sheet.rows.length;
  const shown = sheet.rows.slice(0, SHEET_PREVIEW_ROWS);
  return (
    <Box data-testid="sheet-preview">
      <Text size="sm" mb={6} data-testid="sheet-row-count">
        <b>
          {total.toLocaleString('en-GB')} {total === 1 ? 'row' : 'rows'}
        </b>{' '}
        will be saved
        {shown.length < total ? ` — the first ${shown.length.toLocaleString('en-GB')} are shown here` : ''}.
      </Text>
      {/* Focusable, so the keyboard can scroll a sheet wider and longer than the dialog. */}
      <Box tabIndex={0} role="region" aria-label="Rows to be saved" style={{ overflow: 'auto', maxHeight: '55vh', border: '1px solid var(--mantine-color-gray-3)' }}>
        <Table striped stickyHeader withColumnBorders verticalSpacing={3} horizontalSpacing={6} fz="xs">
          <Table.Thead>
            <Table.Tr>
              {sheet.columns.map((c, i) => (
                <Table.Th key={i} style={{ whiteSpace: 'nowrap' }}>
                  {c.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row, i) => (
              <Table.Tr key={i}>
                {row.map((cell, j) => (
                  <Table.Td
                    key={j}
                    style={{ maxWidth: 280, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', unicodeBidi: 'plaintext' }}
                    ta={sheet.columns[j]?.type === 'number' ? 'right' : undefined}
                    title={cellText(cell, sheet.columns[j]?.type ?? 'text')}
                  >
                    {cellText(cell, sheet.columns[j]?.type ?? 'text')}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
    </Box>
  );
}
