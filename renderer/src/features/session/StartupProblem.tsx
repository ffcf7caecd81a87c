import { Alert, Button, Center, Stack, Text, Title } from '@mantine/core';
import type { UiError } from '../../lib/errors';

type Props = { error: UiError | null; isUnauthorised: boolean; onRetry: () => void };

/** Shown when Casebook cannot reach its data at all: a wrong harness link, or a core that is not running. */
export function StartupProblem({ error, isUnauthorised, onRetry }: Props) {
  return (
    <Center h="100%" p="xl">
      <Stack maw={520} gap="sm" data-testid="startup-problem">
        <Title order={1}>{isUnauthorised ? 'Open Casebook from its link' : 'Casebook could not open'}</Title>
        <Alert color={isUnauthorised ? 'yellow' : 'red'} variant="light">
          <Text size="sm">{error?.message}</Text>
        </Alert>
        {!isUnauthorised && (
          <Button variant="default" onClick={onRetry} w="fit-content">
            Try again
          </Button>
        )}
      </Stack>
    </Center>
  );
}
