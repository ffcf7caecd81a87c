import { Alert, Button, Group, Stack, TagsInput, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { toUiError } from '../../lib/errors';
import { useDomainsStore } from '../../stores/useDomainsStore';
import { DomainSuggestions } from './DomainSuggestions';
import { firstMalformed, issuesByList, normaliseList, sameDomains, type DomainListName } from './domainLists';

type Lists = Record<DomainListName, string[]>;

const LISTS: { name: DomainListName; label: string; description: string }[] = [
  { name: 'internal', label: 'Internal domains', description: 'The department’s own mail: never an unintended recipient.' },
  {
    name: 'partners',
    label: 'Trusted partner domains',
    description: 'Where officers legitimately write. A recipient domain that imitates one of these is flagged as a lookalike.',
  },
];

/** The department's own and trusted partner domains, against which every recipient is classified. */
export function DomainSettingsForm() {
  const view = useDomainsStore((s) => s.view);
  const loadError = useDomainsStore((s) => s.error);
  const load = useDomainsStore((s) => s.load);
  const update = useDomainsStore((s) => s.update);
  const [lists, setLists] = useState<Lists>({ internal: [], partners: [] });
  const [errors, setErrors] = useState<ReturnType<typeof issuesByList>>({});
  const [isSaving, setSaving] = useState(false);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (view) setLists({ internal: view.internal, partners: view.partners });
  }, [view]);

  const isUnchanged = view !== null && sameDomains(lists.internal, view.internal) && sameDomains(lists.partners, view.partners);
  const change = (name: DomainListName, entries: string[]) => {
    setLists((l) => ({ ...l, [name]: normaliseList(entries) }));
    setErrors((e) => ({ ...e, [name]: undefined, other: undefined }));
  };

  const save = async () => {
    const malformed = { internal: firstMalformed(lists.internal) ?? undefined, partners: firstMalformed(lists.partners) ?? undefined };
    setErrors(malformed);
    if (malformed.internal || malformed.partners) return;
    setSaving(true);
    try {
      const saved = await update(lists);
      notifications.show({
        message: `Domain lists saved: ${saved.internal.length} internal, ${saved.partners.length} trusted partner. Emails imported from now on are classified against them.`,
      });
    } catch (e) {
      const error = toUiError(e);
      const placed = issuesByList(error.issues ?? [], lists);
      setErrors(error.issues?.length ? placed : { other: error.message });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="sm">
      <Text size="sm">
        Every recipient of an imported email or gateway log is classified against these lists. A public suffix such as <b>gov.uk</b> or <b>mil</b> covers every domain
        under it. Every change is recorded in the audit trail.
      </Text>
      {loadError && (
        <Alert color="red" variant="light" py={6}>
          {loadError.message}
        </Alert>
      )}
      {LISTS.map(({ name, label, description }) => (
        <Stack key={name} gap={4}>
          <TagsInput
            label={label}
            description={description}
            placeholder="Type a domain and press Enter"
            value={lists[name]}
            onChange={(entries) => change(name, entries)}
            splitChars={[',', ' ', ';']}
            acceptValueOnBlur
            clearable
            size="xs"
            error={errors[name]}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            disabled={view === null}
          />
          {view && (
            <DomainSuggestions
              listLabel={label.toLowerCase()}
              list={lists[name]}
              suggested={view.suggested[name]}
              onAdd={(domains) => change(name, [...lists[name], ...domains])}
            />
          )}
        </Stack>
      ))}
      {errors.other && (
        <Alert color="red" variant="light" py={6}>
          {errors.other}
        </Alert>
      )}
      <Group gap="xs">
        <Button onClick={() => void save()} loading={isSaving} disabled={view === null || isUnchanged}>
          Save domains
        </Button>
        {!isUnchanged && view && (
          <Button variant="subtle" onClick={() => setLists({ internal: view.internal, partners: view.partners })}>
            Discard changes
          </Button>
        )}
      </Group>
    </Stack>
  );
}
