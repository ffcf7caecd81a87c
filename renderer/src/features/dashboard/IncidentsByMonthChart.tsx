import { useMantineTheme } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Dashboard } from '../../../../shared/contract/dashboard';
import { INCIDENT_KIND_LABELS } from '../../../../shared/domain/vocabulary';
import { chartRows, KIND_COLOURS, kindsPresent } from './dashboardView';

/** Incidents discovered per month, stacked by kind: drawn as SVG in the page, nothing fetched. */
export function IncidentsByMonthChart({ dashboard }: { dashboard: Dashboard }) {
  const theme = useMantineTheme();
  const rows = chartRows(dashboard);
  const kinds = kindsPresent(dashboard.byMonth);
  const total = rows.reduce((n, r) => n + r.total, 0);
  const axis = { fontSize: 11, fill: theme.colors.gray[7] };

  return (
    <div
      role="img"
      aria-label={`Incidents discovered per month by kind, ${rows[0]?.label ?? ''} to ${rows[rows.length - 1]?.label ?? ''}: ${total} in all`}
      data-testid="incidents-by-month"
      style={{ width: '100%', height: 280 }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} barCategoryGap="25%">
          <CartesianGrid vertical={false} stroke={theme.colors.gray[2]} />
          <XAxis dataKey="label" tick={axis} tickLine={false} axisLine={{ stroke: theme.colors.gray[4] }} interval={0} />
          <YAxis allowDecimals={false} tick={axis} tickLine={false} axisLine={false} width={48} />
          <Tooltip
            isAnimationActive={false}
            cursor={{ fill: theme.colors.gray[1] }}
            contentStyle={{ fontSize: 12, borderRadius: 4, borderColor: theme.colors.gray[3] }}
            formatter={(value, name) => [value, INCIDENT_KIND_LABELS[name as keyof typeof INCIDENT_KIND_LABELS] ?? name]}
          />
          <Legend
            iconType="square"
            iconSize={10}
            wrapperStyle={{ fontSize: 12 }}
            formatter={(value: string) => (
              <span style={{ color: theme.colors.gray[8] }}>{INCIDENT_KIND_LABELS[value as keyof typeof INCIDENT_KIND_LABELS] ?? value}</span>
            )}
          />
          {kinds.map((kind) => (
            <Bar key={kind} dataKey={kind} stackId="kinds" fill={theme.colors[KIND_COLOURS[kind]][6]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
