import { initialAuditState, useAuditStore } from './useAuditStore';
import { initialDashboardState, useDashboardStore } from './useDashboardStore';
import { initialDomainsState, useDomainsStore } from './useDomainsStore';
import { initialDraftsState, useDraftsStore } from './useDraftsStore';
import { initialEmailState, useEmailImportStore } from './useEmailImportStore';
import { initialEvidenceState, useEvidenceStore } from './useEvidenceStore';
import { initialGatewayImportState, useGatewayImportStore } from './useGatewayImportStore';
import { initialIncidentState, useIncidentStore } from './useIncidentStore';
import { initialIncidentsState, useIncidentsStore } from './useIncidentsStore';
import { initialInvestigationState, useInvestigationStore } from './useInvestigationStore';
import { initialLookalikesState, useLookalikesStore } from './useLookalikesStore';
import { initialPartiesState, usePartiesStore } from './usePartiesStore';
import { initialPeopleImportState, usePeopleImportStore } from './usePeopleImportStore';
import { initialRelatedState, useRelatedStore } from './useRelatedStore';
import { initialReportsState, useReportsStore } from './useReportsStore';
import { initialRetentionState, useRetentionStore } from './useRetentionStore';
import { initialSessionState, useSessionStore } from './useSessionStore';
import { initialSettingsState, useSettingsStore } from './useSettingsStore';
import { initialUiState, useUiStore } from './useUiStore';
import { initialAccountsState, useAccountsStore } from './useAccountsStore';

type Resettable = { setState: (state: never) => void };

/** Every store that caches something read from the register, with the state it starts in. */
const STORES: [Resettable, object][] = [
  [useAuditStore, initialAuditState],
  [useDashboardStore, initialDashboardState],
  [useDomainsStore, initialDomainsState],
  [useDraftsStore, initialDraftsState],
  [useEmailImportStore, initialEmailState],
  [useEvidenceStore, initialEvidenceState],
  [useGatewayImportStore, initialGatewayImportState],
  [useIncidentStore, initialIncidentState],
  [useIncidentsStore, initialIncidentsState],
  [useInvestigationStore, initialInvestigationState],
  [useLookalikesStore, initialLookalikesState],
  [usePartiesStore, initialPartiesState],
  [usePeopleImportStore, initialPeopleImportState],
  [useRelatedStore, initialRelatedState],
  [useReportsStore, initialReportsState],
  [useRetentionStore, initialRetentionState],
  [useSessionStore, initialSessionState],
  [useSettingsStore, initialSettingsState],
  [useUiStore, initialUiState],
  [useAccountsStore, initialAccountsState],
];

/**
 * On lock, every store goes back to how it started, so nothing of the register stays in memory or on
 * screen for whoever picks up the laptop; the next login reads it all again from the core.
 */
export function resetAllStores(): void {
  for (const [store, initial] of STORES) store.setState(initial as never);
}
