import { Radio, SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';
import { useController } from 'react-hook-form';
import type { AssessmentControl } from './assessmentControl';

type Props = {
  control: AssessmentControl;
  name: 'dpcCategory' | 'ease' | 'confidentiality' | 'integrity' | 'availability';
  label: string;
  options: readonly { value: string; title: ReactNode; description?: ReactNode }[];
  cols?: number;
};

/** A set of mutually exclusive levels, each with its score and what it means. */
export function LevelChoice({ control, name, label, options, cols = 1 }: Props) {
  const { field, fieldState } = useController({ control, name });
  return (
    <Radio.Group label={label} value={field.value ?? null} onChange={(v) => field.onChange(v)} error={fieldState.error?.message} required>
      <SimpleGrid cols={cols} spacing={6} verticalSpacing={6} mt={4}>
        {options.map((o) => (
          <Radio key={o.value} value={o.value} label={o.title} description={o.description} size="xs" ref={o === options[0] ? field.ref : undefined} />
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
