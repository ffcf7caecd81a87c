import { Fieldset, Stack } from '@mantine/core';
import {
  AVAILABILITY_LOSS,
  AVAILABILITY_LOSS_LABELS,
  AVAILABILITY_LOSS_SCORES,
  CONFIDENTIALITY_LOSS,
  CONFIDENTIALITY_LOSS_LABELS,
  CONFIDENTIALITY_LOSS_SCORES,
  INTEGRITY_LOSS,
  INTEGRITY_LOSS_LABELS,
  INTEGRITY_LOSS_SCORES,
  MALICIOUS_INTENT_LABEL,
  MALICIOUS_INTENT_SCORE,
} from '../../../../shared/domain/severity';
import { CheckboxField } from '../../components/form/CheckboxField';
import type { AssessmentControl } from './assessmentControl';
import { LevelChoice } from './LevelChoice';
import { ScoredLabel } from './ScoredLabel';

const scoredOptions = <L extends string>(levels: readonly L[], scores: Record<L, number>, labels: Record<L, string>) =>
  levels.map((l) => ({ value: l, title: <ScoredLabel score={scores[l]} label={labels[l]} /> }));

const CONFIDENTIALITY_OPTIONS = scoredOptions(CONFIDENTIALITY_LOSS, CONFIDENTIALITY_LOSS_SCORES, CONFIDENTIALITY_LOSS_LABELS);
const INTEGRITY_OPTIONS = scoredOptions(INTEGRITY_LOSS, INTEGRITY_LOSS_SCORES, INTEGRITY_LOSS_LABELS);
const AVAILABILITY_OPTIONS = scoredOptions(AVAILABILITY_LOSS, AVAILABILITY_LOSS_SCORES, AVAILABILITY_LOSS_LABELS);

/** Step 3: the circumstances of the breach — what was lost, and whether anyone meant harm. */
export function CircumstancesSection({ control }: { control: AssessmentControl }) {
  return (
    <Fieldset legend="3 · Circumstances of breach (CB)" variant="filled" p="sm">
      <Stack gap="sm">
        <LevelChoice control={control} name="confidentiality" label="Loss of confidentiality" options={CONFIDENTIALITY_OPTIONS} />
        <LevelChoice control={control} name="integrity" label="Loss of integrity" options={INTEGRITY_OPTIONS} />
        <LevelChoice control={control} name="availability" label="Loss of availability" options={AVAILABILITY_OPTIONS} />
        <CheckboxField control={control} name="maliciousIntent" size="xs" label={<ScoredLabel score={MALICIOUS_INTENT_SCORE} label={MALICIOUS_INTENT_LABEL} />} />
      </Stack>
    </Fieldset>
  );
}
