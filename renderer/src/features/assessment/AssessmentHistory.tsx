import { Fieldset, Table, Text } from '@mantine/core';
import type { Assessment } from '../../../../shared/contract/assessments';
import { DPC_CATEGORY_LABELS, DPC_FACTOR_LABELS, EI_LEVEL_LABELS } from '../../../../shared/domain/severity';
import { formatUkDateTime } from '../../../../shared/time/ukTime';
import { SeverityBadge } from '../../components/SeverityBadge';
import { formulaText } from './assessmentForm';

const count = (n: number | null) => (n === null ? '—' : n.toLocaleString('en-GB'));

/** Every assessment of the incident, newest first: re-assessing never overwrites the earlier ones. */
export function AssessmentHistory({ items }: { items: readonly Assessment[] }) {
  return (
    <Fieldset legend="Assessments" variant="filled" p="sm">
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          Not assessed yet.
        </Text>
      ) : (
        <Table data-testid="assessment-history" verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={36}>No.</Table.Th>
              <Table.Th w={150}>Assessed</Table.Th>
              <Table.Th w={110}>Severity</Table.Th>
              <Table.Th>Score and choices</Table.Th>
              <Table.Th w={90} ta="right">
                People
              </Table.Th>
              <Table.Th w={90} ta="right">
                Records
              </Table.Th>
              <Table.Th w={190}>Recommended</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((a) => (
              <Table.Tr key={a.id} data-testid="assessment-version">
                <Table.Td>{a.number}</Table.Td>
                <Table.Td>
                  <Text size="sm">{formatUkDateTime(a.assessedAt)}</Text>
                  <Text size="xs" c="dimmed">
                    {a.assessedBy}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <SeverityBadge band={a.band} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {formulaText(a)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {DPC_CATEGORY_LABELS[a.severity.dpcCategory]}
                    {a.severity.dpcAdjustment !== 0 &&
                      ` ${a.severity.dpcAdjustment > 0 ? '+' : '−'}${Math.abs(a.severity.dpcAdjustment)} (${a.severity.dpcFactors
                        .map((f) => DPC_FACTOR_LABELS[f].toLowerCase())
                        .join(', ')})`}
                    {' · '}identification {EI_LEVEL_LABELS[a.severity.ease].toLowerCase()}
                    {a.severity.maliciousIntent && ' · malicious'}
                    {a.unintelligible && ' · data unintelligible'}
                  </Text>
                  {a.notes && (
                    <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
                      {a.notes}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{count(a.peopleAffected)}</Table.Td>
                <Table.Td ta="right">{count(a.recordsAffected)}</Table.Td>
                <Table.Td>
                  <Text size="xs">
                    ICO: {a.recommendation.notifyRegulator ? 'notify' : 'no need'}
                    <br />
                    People: {a.recommendation.notifySubjects ? 'tell them' : 'no need'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Fieldset>
  );
}
