import { Box, List, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { ReportBlock, ReportDocument } from '../../../../shared/contract/reports';
import { MarkingBanner } from '../../components/MarkingBanner';
import classes from './ReportDocumentView.module.css';

// recharts is big: loaded with the first chart, as the dashboard's is, so the main bundle stays small.
const ReportChart = lazy(() => import('./ReportChart').then((m) => ({ default: m.ReportChart })));

/**
 * One report document as the officer will see it on paper: the marking banner at the top and bottom,
 * the title, then each block. Text is rendered as text (never as HTML), so hostile input stays inert.
 */
export function ReportDocumentView({ document }: { document: ReportDocument }) {
  return (
    <Paper withBorder shadow="xs" radius={0} className={classes.page} data-testid="report-document">
      <MarkingBanner marking={document.marking} />
      <Stack gap="sm" px="xl" py="lg">
        <Box>
          <Title order={2} size="h3" data-testid="report-title">
            {document.title}
          </Title>
          {document.subtitle && (
            <Text size="sm" c="dimmed">
              {document.subtitle}
            </Text>
          )}
        </Box>
        {document.blocks.map((block, i) => (
          <Block key={i} block={block} />
        ))}
        {document.footer && (
          <Text size="xs" c="dimmed" pt="sm" className={classes.footer}>
            {document.footer}
          </Text>
        )}
      </Stack>
      <MarkingBanner marking={document.marking} />
    </Paper>
  );
}

function Block({ block }: { block: ReportBlock }) {
  switch (block.type) {
    case 'heading':
      return (
        <Title order={block.level === 1 ? 3 : 4} size={block.level === 1 ? 'h4' : 'h5'} mt={block.level === 1 ? 'sm' : 4}>
          {block.text}
        </Title>
      );
    case 'paragraph':
      return block.tone === 'missing' ? (
        <Text size="sm" className={classes.missing} data-testid="report-missing">
          {block.text}
        </Text>
      ) : (
        <Text size="sm" c={block.tone === 'note' ? 'dimmed' : undefined} fs={block.tone === 'note' ? 'italic' : undefined} className={classes.text}>
          {block.text}
        </Text>
      );
    case 'fields':
      return (
        <Table withTableBorder withColumnBorders verticalSpacing={4} fz="sm" className={classes.fields}>
          <Table.Tbody>
            {block.rows.map((row, i) => (
              <Table.Tr key={i}>
                <Table.Th w="32%" className={classes.label}>
                  {row.label}
                </Table.Th>
                <Table.Td className={row.isMissing ? classes.missing : classes.text} data-testid={row.isMissing ? 'report-missing' : undefined}>
                  {row.value}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      );
    case 'table':
      return (
        <Box style={{ overflowX: 'auto' }}>
          <Table withTableBorder withColumnBorders striped verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                {block.columns.map((column, i) => (
                  <Table.Th key={i}>{column}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {block.rows.map((row, i) => (
                <Table.Tr key={i}>
                  {row.map((cell, j) => (
                    <Table.Td key={j} className={classes.text}>
                      {cell}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      );
    case 'bullets':
      return (
        <List size="sm" spacing={2} withPadding>
          {block.items.map((item, i) => (
            <List.Item key={i} className={classes.text}>
              {item}
            </List.Item>
          ))}
        </List>
      );
    case 'chart':
      return (
        <Suspense fallback={<Loader size="xs" role="status" aria-label="Drawing the chart" />}>
          <ReportChart block={block} />
        </Suspense>
      );
    case 'pageBreak':
      return <hr className={classes.pageBreak} aria-label="Page break" />;
    default:
      return null;
  }
}
