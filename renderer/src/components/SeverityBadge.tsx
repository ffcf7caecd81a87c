import { Badge, Tooltip } from '@mantine/core';
import { formatSeverityScore, SEVERITY_BAND_LABELS, SEVERITY_BAND_MEANINGS, type SeverityBand } from '../../../shared/domain/severity';
import { SEVERITY_COLOURS } from '../theme';

/** The ENISA band of the latest assessment; the meaning for individuals on hover. */
export function SeverityBadge({ band, score, size = 'sm' }: { band: SeverityBand; score?: number | null; size?: 'xs' | 'sm' | 'md' }) {
  const text = score == null ? SEVERITY_BAND_LABELS[band] : `${SEVERITY_BAND_LABELS[band]} ${formatSeverityScore(score)}`;
  return (
    <Tooltip label={SEVERITY_BAND_MEANINGS[band]} multiline w={280} openDelay={300}>
      <Badge color={SEVERITY_COLOURS[band]} variant={band === 'very_high' ? 'filled' : 'light'} size={size} data-testid="severity-badge" style={{ flexShrink: 0 }}>
        {text}
      </Badge>
    </Tooltip>
  );
}
