import { Center, Loader, SimpleGrid, Stack } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { REGULATOR_HOURS } from '../../../../shared/domain/clocks';
import type { Dashboard } from '../../../../shared/contract/dashboard';
import { formatUkDate } from '../../../../shared/time/ukTime';
import { DASHBOARD_MONTHS } from '../../stores/useDashboardStore';
import { ActionsDue } from './ActionsDue';
import { DueForErasure } from './DueForErasure';
import { formatMeanHours, shareText } from './dashboardView';
import { Metric } from './Metric';
import { OpenIncidents } from './OpenIncidents';
import { Panel } from './Panel';
import { RegulatorClocks } from './RegulatorClocks';

// The charting library is most of the bundle's weight: it loads (from the app's own files) when first shown.
const IncidentsByMonthChart = lazy(() => import('./IncidentsByMonthChart').then((m) => ({ default: m.IncidentsByMonthChart })));

/** The loaded dashboard: the headline figures, the clocks and actions to watch, and the monthly chart. */
export function DashboardBody({ dashboard }: { dashboard: Dashboard }) {
  const period = `Incidents discovered ${formatUkDate(dashboard.since)} – ${formatUkDate(dashboard.until)}`;
  return (
    <Stack gap="md">
      <DueForErasure />
      <SimpleGrid cols={4} spacing="md">
        <OpenIncidents dashboard={dashboard} />
        <Metric
          testId="metric-within-72h"
          label={`ICO notifications within ${REGULATOR_HOURS} h`}
          value={shareText(dashboard.regulatorNotifications)}
          hint={period}
          progress={dashboard.regulatorNotifications.total > 0 ? (dashboard.regulatorNotifications.within72h / dashboard.regulatorNotifications.total) * 100 : null}
        />
        <Metric testId="metric-containment" label="Mean time, awareness to containment" value={formatMeanHours(dashboard.meanHoursToContainment)} hint={period} />
        <Metric testId="metric-to-regulator" label="Mean time, awareness to ICO notification" value={formatMeanHours(dashboard.meanHoursToRegulator)} hint={period} />
      </SimpleGrid>
      <SimpleGrid cols={2} spacing="md">
        <RegulatorClocks dashboard={dashboard} />
        <ActionsDue dashboard={dashboard} />
      </SimpleGrid>
      <Panel title={`Incidents by kind per month — last ${DASHBOARD_MONTHS} months`} testId="panel-by-month">
        <Suspense
          fallback={
            <Center h={280}>
              <Loader size="sm" role="status" aria-label="Drawing the chart" />
            </Center>
          }
        >
          <IncidentsByMonthChart dashboard={dashboard} />
        </Suspense>
      </Panel>
    </Stack>
  );
}
