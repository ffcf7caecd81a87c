import { Fieldset, Grid, SimpleGrid, Stack } from '@mantine/core';
import type { Control } from 'react-hook-form';
import type { ReactNode } from 'react';
import { SelectField } from '../../components/form/SelectField';
import { TextareaField } from '../../components/form/TextareaField';
import { TextField } from '../../components/form/TextField';
import { UK_DATE_TIME_PLACEHOLDER } from '../../lib/ukDateText';
import type { DecisionEdits, DecisionsFormValues } from './decisionsForm';

type Props = {
  control: Control<DecisionsFormValues, unknown, DecisionEdits>;
  legend: string;
  /** The yes/no/undecided choice, when it was decided, and why. */
  fields: { notify: 'regulatorNotify' | 'subjectsNotify'; decidedAt: 'regulatorDecidedAt' | 'subjectsDecidedAt'; rationale: 'regulatorRationale' | 'subjectsRationale' };
  notifyLabel: string;
  options: { value: string; label: string }[];
  /** Who decided and when, under the choice, once it is saved. */
  decidedBy: string | undefined;
  isRationaleRequired: boolean;
  beforeRationale?: ReactNode;
  afterRationale?: ReactNode;
  /** The latest assessment's recommendation, beside the decision. */
  recommendation: ReactNode;
};

/** One notification decision (to the ICO, or to the people affected) beside what the assessment recommends. */
export function DecisionFieldset({
  control,
  legend,
  fields,
  notifyLabel,
  options,
  decidedBy,
  isRationaleRequired,
  beforeRationale,
  afterRationale,
  recommendation,
}: Props) {
  return (
    <Fieldset legend={legend} variant="filled" p="sm">
      <Grid gap="md">
        <Grid.Col span={7}>
          <Stack gap="xs">
            <SimpleGrid cols={2} spacing="sm">
              <SelectField control={control} name={fields.notify} label={notifyLabel} description={decidedBy} data={options} emptyValue="" />
              <TextField
                control={control}
                name={fields.decidedAt}
                label="Decided at"
                description="Left empty, Casebook records now"
                placeholder={UK_DATE_TIME_PLACEHOLDER}
              />
            </SimpleGrid>
            {beforeRationale}
            <TextareaField control={control} name={fields.rationale} label="Rationale" required={isRationaleRequired} minRows={3} />
            {afterRationale}
          </Stack>
        </Grid.Col>
        <Grid.Col span={5}>{recommendation}</Grid.Col>
      </Grid>
    </Fieldset>
  );
}
