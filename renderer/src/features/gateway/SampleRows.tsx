import { ScrollArea, Table, Text } from '@mantine/core';

/** The file's first rows under its own column names, so the officer can see what each column holds. */
export function SampleRows({ columns, rows }: { columns: string[]; rows: string[][] }) {
  if (rows.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        The file has a header but no rows under it.
      </Text>
    );
  }
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Table
        withTableBorder
        withColumnBorders
        fz="xs"
        verticalSpacing={2}
        horizontalSpacing={6}
        style={{ whiteSpace: 'nowrap' }}
        aria-label={`The first ${rows.length} rows of the file`}
        data-testid="sample-rows"
      >
        <Table.Thead>
          <Table.Tr>
            {columns.map((name, i) => (
              <Table.Th key={i}>{name || `Column ${i + 1}`}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, r) => (
            <Table.Tr key={r}>
              {columns.map((_, c) => (
                <Table.Td key={c} maw={260} style={{ overflow: 'hidden', textOverflow: 'ellipsis' }} title={row[c] ?? ''}>
                  {row[c] ?? ''}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
