import { Fieldset, SimpleGrid, Stack } from '@mantine/core';
import { CheckboxField } from '../../components/form/CheckboxField';
import { TextareaField } from '../../components/form/TextareaField';
import { TextField } from '../../components/form/TextField';
import type { AssessmentControl } from './assessmentControl';

/** Step 4: what the recommendation weighs beside the score — how many, and whether the data could be read. */
export function WeighedAlongsideSection({ control, linkedSubjects }: { control: AssessmentControl; linkedSubjects: number }) {
  return (
    <Fieldset legend="4 · Weighed alongside the score" variant="filled" p="sm">
      <Stack gap="xs">
        <SimpleGrid cols={2} spacing="sm">
          <TextField
            control={control}
            name="peopleAffected"
            label="People affected"
            description={`Approximate is fine. ${linkedSubjects.toLocaleString('en-GB')} linked here as data subjects.`}
            inputMode="numeric"
          />
          <TextField control={control} name="recordsAffected" label="Records affected" description="Approximate number of personal data records" inputMode="numeric" />
        </SimpleGrid>
        <CheckboxField
          control={control}
          name="unintelligible"
          size="xs"
          label="The data was unintelligible to whoever has it (e.g. encrypted, with the key kept safe)"
          description="UK GDPR Art. 34(3)(a): then the people need not be told"
        />
        <TextareaField
          control={control}
          name="notes"
          label="Notes"
          description="What the choices rest on, e.g. who the recipients are, what the addresses reveal"
          minRows={2}
        />
      </Stack>
    </Fieldset>
  );
}
