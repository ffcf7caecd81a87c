import { NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormRegisterReturn } from 'react-hook-form';

export type PartyField = 'type' | 'name' | 'email' | 'phone' | 'organisation' | 'notes';

type Props = {
  /** `form.register` for each party field, wherever the form keeps it. */
  field: (name: PartyField) => UseFormRegisterReturn;
  errors: Partial<Record<PartyField, string | undefined>>;
};

/** A person's or organisation's own details, shared by "Add party" and the party page. */
export function PartyFields({ field, errors }: Props) {
  return (
    <Stack gap="xs">
      <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
        <TextInput label="Name" required error={errors.name} {...field('name')} />
        <NativeSelect
          label="Type"
          data={[
            { value: 'person', label: 'Person' },
            { value: 'organisation', label: 'Organisation' },
          ]}
          error={errors.type}
          {...field('type')}
        />
        <TextInput label="Email" type="email" error={errors.email} {...field('email')} />
        <TextInput label="Phone" error={errors.phone} {...field('phone')} />
        <TextInput label="Organisation" error={errors.organisation} {...field('organisation')} />
      </SimpleGrid>
      <Textarea label="Notes" error={errors.notes} {...field('notes')} />
    </Stack>
  );
}
