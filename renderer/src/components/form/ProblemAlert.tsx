import { Alert, type MantineSpacing } from '@mantine/core';

/** What stopped a form or an action, said in a sentence next to it; nothing while there is no problem. */
export function ProblemAlert({ problem, testId, py, mb }: { problem: string | null; testId?: string; py?: MantineSpacing; mb?: MantineSpacing }) {
  if (!problem) return null;
  return (
    <Alert color="red" variant="light" py={py} mb={mb} data-testid={testId}>
      {problem}
    </Alert>
  );
}
