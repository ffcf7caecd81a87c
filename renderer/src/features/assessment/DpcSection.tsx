import { Checkbox, Fieldset, Group, Input, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useController, useWatch } from 'react-hook-form';
import {
  DPC_ADJUSTMENT_MAX,
  DPC_ADJUSTMENT_MIN,
  DPC_BASE_SCORES,
  DPC_CATEGORIES,
  DPC_CATEGORY_EXAMPLES,
  DPC_CATEGORY_LABELS,
  DPC_FACTOR_EXPLANATIONS,
  DPC_FACTOR_LABELS,
  DPC_FACTORS,
} from '../../../../shared/domain/severity';
import type { AssessmentControl } from './assessmentControl';
import { dpcText } from './assessmentForm';
import { LevelChoice } from './LevelChoice';

const ADJUSTMENTS = Array.from({ length: DPC_ADJUSTMENT_MAX - DPC_ADJUSTMENT_MIN + 1 }, (_, i) => DPC_ADJUSTMENT_MIN + i).map((n) => ({
  value: String(n),
  label: n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0',
}));
const CATEGORY_OPTIONS = DPC_CATEGORIES.map((c) => ({
  value: c,
  title: (
    <>
      <b>{DPC_CATEGORY_LABELS[c]}</b> — base score {DPC_BASE_SCORES[c]}
    </>
  ),
  description: DPC_CATEGORY_EXAMPLES[c],
}));

const clampDpc = (raw: number) => Math.min(4, Math.max(1, raw));

/** Step 1: the data processing context, its contextual adjustment and the factors that justify it. */
export function DpcSection({ control, factorsProblem }: { control: AssessmentControl; factorsProblem: string | null | undefined }) {
  const [category, adjustment] = useWatch({ control, name: ['dpcCategory', 'dpcAdjustment'] });
  const adjustmentField = useController({ control, name: 'dpcAdjustment' }).field;
  const factors = useController({ control, name: 'dpcFactors' });
  const isAdjusted = adjustment !== 0;

  return (
    <Fieldset legend="1 · Data processing context (DPC)" variant="filled" p="sm">
      <Stack gap="sm">
        <LevelChoice control={control} name="dpcCategory" label="What kind of data, in its context?" options={CATEGORY_OPTIONS} cols={2} />
        <Input.Wrapper
          label="Contextual adjustment"
          description="Move the score up or down for the context; the DPC stays within 1–4"
          inputWrapperOrder={['label', 'input', 'description', 'error']}
        >
          <Group gap="sm" mt={4} mb={2}>
            <SegmentedControl
              aria-label="Contextual adjustment"
              size="xs"
              data={ADJUSTMENTS}
              value={String(adjustmentField.value)}
              onChange={(v) => adjustmentField.onChange(Number(v))}
            />
            {category && (
              <Text size="sm" ff="monospace" data-testid="dpc-text">
                {dpcText(DPC_BASE_SCORES[category], adjustment, clampDpc(DPC_BASE_SCORES[category] + adjustment))}
              </Text>
            )}
          </Group>
        </Input.Wrapper>
        <Checkbox.Group
          label="Factors that justify the adjustment"
          description={isAdjusted ? 'Tick at least one' : 'Tick any that apply'}
          value={factors.field.value}
          onChange={factors.field.onChange}
          error={factors.fieldState.error?.message ?? (isAdjusted && factors.field.value.length === 0 ? factorsProblem : undefined)}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
        >
          <SimpleGrid cols={2} spacing={6} verticalSpacing={6} mt={4}>
            {DPC_FACTORS.map((f, i) => (
              <Checkbox key={f} value={f} size="xs" label={DPC_FACTOR_LABELS[f]} description={DPC_FACTOR_EXPLANATIONS[f]} ref={i === 0 ? factors.field.ref : undefined} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      </Stack>
    </Fieldset>
  );
}
