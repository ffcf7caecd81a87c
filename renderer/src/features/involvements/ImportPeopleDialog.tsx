import { Alert, Badge, Button, Checkbox, Group, Input, Loader, Modal, MultiSelect, ScrollArea, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { PEOPLE_FIELD_LABELS, PEOPLE_FIELDS, type PeoplePreview } from '../../../../shared/contract/peopleImport';
import { DATA_CATEGORY_LABELS, NOTIFICATION_STATUS_LABELS, PARTY_ROLE_LABELS, type DataCategory, type PartyRole } from '../../../../shared/domain/vocabulary';
import { showHiddenMarks } from '../../../../shared/text/hiddenMarks';
import { optionsFrom } from '../../lib/options';
import { usePeopleImportStore } from '../../stores/usePeopleImportStore';
import { importBlocker, peopleToImport, previewSummary, resultSummary, rowOutcome, type RowTone } from './peopleImportView';

const ROLE_OPTIONS = optionsFrom(PARTY_ROLE_LABELS);
const CATEGORY_OPTIONS = optionsFrom(DATA_CATEGORY_LABELS);
const STATUS_OPTIONS = (['undecided', 'pending', 'not_required'] as const).map((value) => ({ value, label: NOTIFICATION_STATUS_LABELS[value] }));
const TONE_COLOUR = { problem: 'red', repeat: 'gray', match: 'blue', new: 'green' } as const satisfies Record<RowTone, string>;
const SHEET_STATE = { visible: '', hidden: ' (hidden)', veryHidden: ' (very hidden)' } as const;

/**
 * Imports the people listed in a CSV or XLSX into an incident: choose, check the preview, import. The
 * opener starts the store for the incident (`begin`) before showing it.
 */
export function ImportPeopleDialog({ onClose }: { onClose: () => void }) {
  const s = usePeopleImportStore();
  const isBusy = s.step === 'reading' || s.step === 'importing';
  const blocker = importBlocker(s.preview, Boolean(s.mapping.name), s.skipRowsWithProblems);

  return (
    <Modal opened onClose={onClose} title="Import people from a spreadsheet" size="90%" closeOnClickOutside={false}>
      <Stack gap="sm" data-testid="people-import">
        {s.step === 'done' && s.result ? (
          <>
            <Alert color="green" variant="light" title="People imported" data-testid="people-import-result">
              {resultSummary(s.result)}
            </Alert>
            <Group justify="flex-end">
              <Button onClick={onClose}>Close</Button>
            </Group>
          </>
        ) : (
          <>
            <Input.Wrapper
              id="people-file"
              label="Spreadsheet of people"
              description="A .csv or .xlsx with one person per row and a header row. Hidden sheets, rows and columns are read too."
            >
              <Group gap="sm" mt={6}>
                <input
                  id="people-file"
                  aria-describedby="people-file-description"
                  type="file"
                  accept=".csv,.xlsx,.txt"
                  disabled={isBusy}
                  onClick={(e) => {
                    e.currentTarget.value = '';
                  }}
                  onChange={(e) => {
                    const file = e.currentTarget.files?.[0];
                    if (file) void s.chooseFile(file);
                  }}
                />
                {isBusy && (
                  <Group gap={6}>
                    <Loader size={14} />
                    <Text size="sm" c="dimmed">
                      {s.step === 'importing' ? 'Importing…' : 'Reading the file…'}
                    </Text>
                  </Group>
                )}
              </Group>
            </Input.Wrapper>
            {s.error && (
              <Alert color="red" variant="light" title={s.preview ? 'Not imported' : 'This file could not be read'} data-testid="people-import-error">
                {s.error.message}
              </Alert>
            )}
            {s.preview && <PreviewSection preview={s.preview} />}
            {s.preview && (
              <>
                <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
                  <Select
                    label="Role of everyone in the list"
                    data={ROLE_OPTIONS}
                    value={s.role}
                    onChange={(v) => v && s.setRole(v as PartyRole)}
                    allowDeselect={false}
                  />
                  <MultiSelect
                    label="Their personal data involved"
                    description="Given to everyone, beside any categories the file gives a person"
                    data={CATEGORY_OPTIONS}
                    value={s.dataCategories}
                    onChange={(v) => s.setDataCategories(v as DataCategory[])}
                    searchable
                  />
                  <Select
                    label="Told about the breach?"
                    data={STATUS_OPTIONS}
                    value={s.notificationStatus}
                    onChange={(v) => v && s.setNotificationStatus(v as (typeof STATUS_OPTIONS)[number]['value'])}
                    allowDeselect={false}
                  />
                </SimpleGrid>
                {s.preview.counts.withProblems > 0 && (
                  <Checkbox
                    label={`Leave out ${s.preview.counts.withProblems === 1 ? 'the row' : `the ${s.preview.counts.withProblems.toLocaleString('en-GB')} rows`} with problems and import the others`}
                    checked={s.skipRowsWithProblems}
                    onChange={(e) => s.setSkipRowsWithProblems(e.currentTarget.checked)}
                  />
                )}
              </>
            )}
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                {blocker ?? ''}
              </Text>
              <Group gap="sm">
                <Button variant="default" onClick={onClose}>
                  Cancel
                </Button>
                <Button onClick={() => void s.importPeople()} disabled={blocker !== null || isBusy} loading={s.step === 'importing'}>
                  {s.preview && blocker === null ? `Import ${peopleToImport(s.preview).toLocaleString('en-GB')} people` : 'Import'}
                </Button>
              </Group>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}

/** The sheet and columns to read, what the workbook hid, and the rows worth a look. */
function PreviewSection({ preview }: { preview: PeoplePreview }) {
  const mapping = usePeopleImportStore((s) => s.mapping);
  const chooseSheet = usePeopleImportStore((s) => s.chooseSheet);
  const setMappingField = usePeopleImportStore((s) => s.setMappingField);
  const isReading = usePeopleImportStore((s) => s.step === 'reading');
  const columns = preview.columns.map((c) => ({ value: c.name, label: `${c.letter}: ${c.name}${c.hidden ? ' (hidden)' : ''}` }));

  return (
    <Stack gap="sm">
      {preview.sheets.length > 0 && (
        <Select
          label="Sheet"
          w={360}
          data={preview.sheets.map((sh) => ({ value: sh.name, label: `${sh.name}${SHEET_STATE[sh.state]}: ${sh.rowCount.toLocaleString('en-GB')} rows` }))}
          value={preview.sheet}
          onChange={(v) => v && void chooseSheet(v)}
          allowDeselect={false}
          disabled={isReading}
        />
      )}
      {preview.hiddenNotes.length > 0 && (
        <Alert color="orange" variant="light" title="Hidden in this spreadsheet" data-testid="people-hidden-notes">
          <Stack gap={2}>
            {preview.hiddenNotes.map((note) => (
              <Text key={note} size="sm">
                {note}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, lg: 6 }} spacing="sm" data-testid="people-mapping">
        {PEOPLE_FIELDS.map((field) => (
          <Select
            key={field}
            label={PEOPLE_FIELD_LABELS[field]}
            required={field === 'name'}
            placeholder={field === 'name' ? 'Choose a column' : 'Not in this file'}
            data={columns}
            value={mapping[field] ?? null}
            onChange={(column) => void setMappingField(field, column ?? '')}
            clearable={field !== 'name'}
            disabled={isReading}
            error={field === 'name' && !mapping.name ? 'Choose the column with the names' : undefined}
          />
        ))}
      </SimpleGrid>
      {mapping.name && (
        <>
          <Text size="sm" data-testid="people-summary">
            {previewSummary(preview)}
          </Text>
          <ScrollArea.Autosize mah={360}>
            <Table striped={false} stickyHeader data-testid="people-rows">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Row</Table.Th>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Email</Table.Th>
                  <Table.Th>Phone</Table.Th>
                  <Table.Th>Organisation</Table.Th>
                  <Table.Th>What happens</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.rows.map((row) => {
                  const outcome = rowOutcome(row);
                  return (
                    <Table.Tr key={row.row} data-testid="people-row" data-tone={outcome.tone}>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Text size="sm">{row.row}</Text>
                          {row.hidden && (
                            <Badge size="xs" color="orange" variant="light">
                              hidden
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>{showHiddenMarks(row.name)}</Table.Td>
                      <Table.Td>{row.email}</Table.Td>
                      <Table.Td>{row.phone}</Table.Td>
                      <Table.Td>{row.organisation}</Table.Td>
                      <Table.Td>
                        <Text size="xs" c={TONE_COLOUR[outcome.tone]}>
                          {outcome.text}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
          {(preview.rowsNotShown > 0 || preview.counts.rows > preview.rows.length) && (
            <Text size="xs" c="dimmed">
              Shown: the first rows and every row with a problem, a repeat, a match or hidden
              {preview.rowsNotShown > 0 ? ` (${preview.rowsNotShown.toLocaleString('en-GB')} more of those are not shown)` : ''}.
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
