import { Badge, type MantineColor } from '@mantine/core';
import { DOMAIN_CLASS_LABELS, type DomainClass } from '../../../shared/domain/lookalike/classes';

/** Only a lookalike is filled red: it is the one class that means mail went to someone posing as a partner. */
const STYLES = {
  internal: { color: 'teal', variant: 'light' },
  partner: { color: 'blue', variant: 'light' },
  lookalike: { color: 'red', variant: 'filled' },
  external: { color: 'orange', variant: 'light' },
  invalid: { color: 'gray', variant: 'outline' },
} as const satisfies Record<DomainClass, { color: MantineColor; variant: 'light' | 'filled' | 'outline' }>;

export function DomainClassBadge({ domainClass }: { domainClass: DomainClass }) {
  const { color, variant } = STYLES[domainClass];
  return (
    <Badge color={color} variant={variant} data-testid="domain-class" style={{ flexShrink: 0 }}>
      {DOMAIN_CLASS_LABELS[domainClass]}
    </Badge>
  );
}
