import { Alert, Box, Button, Center, Loader, Tabs } from '@mantine/core';
import { useEffect } from 'react';
import { useIncidentStore } from '../../stores/useIncidentStore';
import { useInvestigationStore } from '../../stores/useInvestigationStore';
import { useUiStore, type IncidentTab } from '../../stores/useUiStore';
import { MarkingBanner } from '../../components/MarkingBanner';
import { ActionsTab } from '../actions/ActionsTab';
import { ActionsTabLabel } from '../actions/ActionsTabLabel';
import { AssessmentTab } from '../assessment/AssessmentTab';
import { IcoTab } from '../ico/IcoTab';
import { EmailTab } from '../email/EmailTab';
import { EvidenceTab } from '../evidence/EvidenceTab';
import { NotificationsTab } from '../notifications/NotificationsTab';
import { RelatedSummary } from '../related/RelatedSummary';
import { RelatedTab } from '../related/RelatedTab';
import { ConflictBanner } from './ConflictBanner';
import { DecisionsTab } from './DecisionsTab';
import { DetailsTab } from './DetailsTab';
import { HistoryTab } from './HistoryTab';
import { IncidentHeader } from './IncidentHeader';
import { NotesTab } from './NotesTab';
import { PartiesTab } from './PartiesTab';
import { WhatsLeft } from './WhatsLeft';
import { useIncidentAddress } from './useIncidentAddress';

/** One incident, addressed by its reference (`#/incidents/INC-2026-0042/parties`), on one of its tabs. */
export function IncidentPage({ reference, tab }: { reference: string; tab: IncidentTab }) {
  const address = useIncidentAddress(reference);
  const id = address.id;
  const open = useIncidentStore((s) => s.open);
  const incident = useIncidentStore((s) => s.incident);
  const status = useIncidentStore((s) => s.status);
  const error = useIncidentStore((s) => s.error);
  const setTab = useUiStore((s) => s.setIncidentTab);
  const navigate = useUiStore((s) => s.navigate);
  const openInvestigation = useInvestigationStore((s) => s.open);
  const loadParties = useIncidentStore((s) => s.loadParties);

  useEffect(() => {
    if (id === null) return;
    // The header's clocks need the assessments and the parties whichever tab is shown.
    void open(id).then(() => loadParties());
    void openInvestigation(id);
  }, [open, openInvestigation, loadParties, id]);

  const problem = address.error ?? (status === 'error' ? error : null);
  if (problem) {
    return (
      <Alert color="red" variant="light" m="md" title="This incident could not be opened">
        {problem.message}{' '}
        <Button variant="subtle" size="compact-xs" onClick={() => navigate({ page: 'register' })}>
          Back to the register
        </Button>
      </Alert>
    );
  }
  if (!incident || incident.reference !== reference) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label="Opening the incident" />
      </Center>
    );
  }

  return (
    <>
      <MarkingBanner marking={incident.recordMarking} />
      <IncidentHeader incident={incident} />
      <RelatedSummary incident={incident} />
      <WhatsLeft incident={incident} />
      <ConflictBanner />
      <Tabs value={tab} onChange={(t) => t && setTab(t as IncidentTab)} style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
        <Tabs.List px="md">
          <Tabs.Tab value="details">Details</Tabs.Tab>
          <Tabs.Tab value="ico">ICO report</Tabs.Tab>
          <Tabs.Tab value="parties">Parties ({incident.partyCount.toLocaleString('en-GB')})</Tabs.Tab>
          <Tabs.Tab value="assessment">Assessment</Tabs.Tab>
          <Tabs.Tab value="decisions">Decisions</Tabs.Tab>
          <Tabs.Tab value="notifications">Notifications</Tabs.Tab>
          <Tabs.Tab value="actions">
            <ActionsTabLabel />
          </Tabs.Tab>
          <Tabs.Tab value="notes">Notes</Tabs.Tab>
          <Tabs.Tab value="evidence">Evidence</Tabs.Tab>
          <Tabs.Tab value="email">Email</Tabs.Tab>
          <Tabs.Tab value="related">Related</Tabs.Tab>
          <Tabs.Tab value="history">History</Tabs.Tab>
        </Tabs.List>
        <Box style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
          <Box p="md" maw={1200}>
            <Tabs.Panel value="details">
              <DetailsTab incident={incident} />
            </Tabs.Panel>
            <Tabs.Panel value="ico">
              <IcoTab incident={incident} />
            </Tabs.Panel>
            <Tabs.Panel value="parties">
              <PartiesTab incident={incident} />
            </Tabs.Panel>
            <Tabs.Panel value="assessment">
              <AssessmentTab incident={incident} />
            </Tabs.Panel>
            <Tabs.Panel value="decisions">
              <DecisionsTab incident={incident} />
            </Tabs.Panel>
            <Tabs.Panel value="notifications">
              <NotificationsTab incident={incident} />
            </Tabs.Panel>
            <Tabs.Panel value="actions">
              <ActionsTab incident={incident} />
            </Tabs.Panel>
            <Tabs.Panel value="notes">
              <NotesTab incidentId={incident.id} reference={incident.reference} isClosed={incident.status === 'closed'} />
            </Tabs.Panel>
            <Tabs.Panel value="evidence">
              <EvidenceTab incident={incident} />
            </Tabs.Panel>
            <Tabs.Panel value="email">
              <EmailTab incident={incident} />
            </Tabs.Panel>
            <Tabs.Panel value="related">
              <RelatedTab incident={incident} />
            </Tabs.Panel>
            <Tabs.Panel value="history">
              <HistoryTab />
            </Tabs.Panel>
          </Box>
        </Box>
      </Tabs>
      <MarkingBanner marking={incident.recordMarking} />
    </>
  );
}
