import { useMantineTheme } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReportBlock } from '../../../../shared/contract/reports';

type ChartBlock = Extract<ReportBlock, { type: 'chart' }>;

const SERIES_COLOURS = ['blue', 'teal', 'orange', 'grape', 'red', 'lime', 'indigo', 'cyan'] as const;

/** A report's chart block as an SVG bar chart, drawn in the page with nothing fetched. */
export function ReportChart({ block }: { block: ChartBlock }) {
  const theme = useMantineTheme();
  const rows = block.categories.map((category, i) => {
    const row: Record<string, string | number> = { category };
    block.series.forEach((s, j) => (row[`s${j}`] = s.values[i] ?? 0));
    return row;
  });
  const axis = { fontSize: 11, fill: theme.colors.gray[7] };
  return (
    <figure style={{ margin: 0 }} data-testid="report-chart">
      <figcaption style={{ fontSize: 13, fontWeight: 600, marginBottom: 4 }}>{block.title}</figcaption>
      <div role="img" aria-label={block.title} style={{ width: '100%', height: 240 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} barCategoryGap="20%">
            <CartesianGrid vertical={false} stroke={theme.colors.gray[2]} />
            <XAxis dataKey="category" tick={axis} tickLine={false} axisLine={{ stroke: theme.colors.gray[4] }} />
            <YAxis allowDecimals={false} tick={axis} tickLine={false} axisLine={false} width={48} />
            <Tooltip isAnimationActive={false} cursor={{ fill: theme.colors.gray[1] }} contentStyle={{ fontSize: 12, borderRadius: 4 }} />
            {block.series.length > 1 && <Legend iconType="square" iconSize={10} wrapperStyle={{ fontSize: 12 }} />}
            {block.series.map((s, j) => (
              <Bar
                key={j}
                dataKey={`s${j}`}
                name={s.name}
                stackId={block.series.length > 1 ? 'series' : undefined}
                fill={theme.colors[SERIES_COLOURS[j % SERIES_COLOURS.length]!][6]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
