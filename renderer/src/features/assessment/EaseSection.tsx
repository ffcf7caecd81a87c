import { Fieldset, Text } from '@mantine/core';
import { EI_LEVEL_LABELS, EI_LEVEL_MEANINGS, EI_LEVELS, EI_VALUES } from '../../../../shared/domain/severity';
import type { AssessmentControl } from './assessmentControl';
import { LevelChoice } from './LevelChoice';

const EASE_OPTIONS = EI_LEVELS.map((l) => ({
  value: l,
  title: (
    <>
      <b>{EI_LEVEL_LABELS[l]}</b> — {EI_VALUES[l]}
    </>
  ),
  description: EI_LEVEL_MEANINGS[l],
}));

/** Step 2: how easily the people can be identified from the data. */
export function EaseSection({ control }: { control: AssessmentControl }) {
  return (
    <Fieldset legend="2 · Ease of identification (EI)" variant="filled" p="sm">
      <LevelChoice control={control} name="ease" label="How easily can the people be identified from the data?" options={EASE_OPTIONS} cols={2} />
      <Text size="xs" c="dimmed" mt={6}>
        Count identification through public data, the internet and cross-matching too.
      </Text>
    </Fieldset>
  );
}
