import { Button, Group, TagsInput, Text } from '@mantine/core';
import { useUiStore } from '../../stores/useUiStore';
import { useLookalikesStore } from '../../stores/useLookalikesStore';

/** Which domains to protect: those typed in, or (left empty) every internal and partner domain in Settings. */
export function LookalikeDomainsForm() {
  const domains = useLookalikesStore((s) => s.domains);
  const setDomains = useLookalikesStore((s) => s.setDomains);
  const configured = useLookalikesStore((s) => s.configured);
  const generate = useLookalikesStore((s) => s.generate);
  const isLoading = useLookalikesStore((s) => s.status === 'loading');
  const navigate = useUiStore((s) => s.navigate);

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void generate();
      }}
    >
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <TagsInput
          label="Domains to protect"
          placeholder={domains.length === 0 ? 'All configured domains — or type one, such as army.mil, and press Enter' : 'Add another'}
          value={domains}
          onChange={(next) => setDomains(next.map((d) => d.trim().toLowerCase()).filter(Boolean))}
          splitChars={[',', ' ', ';']}
          clearable
          style={{ flex: 1, maxWidth: 720 }}
        />
        <Button type="submit" loading={isLoading}>
          Generate
        </Button>
      </Group>
      {domains.length === 0 && (
        <Text size="xs" c="dimmed" mt={4} data-testid="configured-domains">
          {configured === null
            ? 'Left empty, the list covers every internal and partner domain in Settings.'
            : configured.length === 0
              ? 'No internal or partner domains are configured yet: type the domains to protect, or add them in Settings.'
              : `Left empty, the list covers the ${configured.length} configured domains: ${configured.join(', ')}.`}{' '}
          {configured?.length === 0 && (
            <Button variant="subtle" size="compact-xs" onClick={() => navigate({ page: 'settings' })}>
              Open Settings
            </Button>
          )}
        </Text>
      )}
    </form>
  );
}
