import { AccountsPage } from '../accounts/AccountsPage';
import { DashboardPage } from '../dashboard/DashboardPage';
import { GatewayImportPage } from '../gateway/GatewayImportPage';
import { LookalikesPage } from '../lookalikes/LookalikesPage';
import { IncidentPage } from '../incidentPage/IncidentPage';
import { NewIncidentPage } from '../incidentForm/NewIncidentPage';
import { PartiesPage } from '../parties/PartiesPage';
import { PartyPage } from '../parties/PartyPage';
import { RegisterPage } from '../register/RegisterPage';
import { ReportsPage } from '../reports/ReportsPage';
import { RetentionPage } from '../retention/RetentionPage';
import { SettingsPage } from '../settings/SettingsPage';
import { useUiStore } from '../../stores/useUiStore';
import { useAddressHistory } from './useAddressHistory';

/** The view the route names; the address and the route are kept in step from here, inside the open register. */
export function CurrentPage() {
  const route = useUiStore((s) => s.route);
  useAddressHistory();
  switch (route.page) {
    case 'dashboard':
      return <DashboardPage />;
    case 'register':
      return <RegisterPage />;
    case 'newIncident':
      return <NewIncidentPage />;
    case 'incident':
      return <IncidentPage key={route.reference} reference={route.reference} tab={route.tab} />;
    case 'parties':
      return <PartiesPage />;
    case 'party':
      return <PartyPage key={route.id} id={route.id} />;
    case 'reports':
      return <ReportsPage />;
    case 'gatewayImport':
      return <GatewayImportPage />;
    case 'lookalikes':
      return <LookalikesPage />;
    case 'settings':
      return <SettingsPage />;
    case 'retention':
      return <RetentionPage />;
    case 'accounts':
      return <AccountsPage />;
    default:
      throw new Error(`No page for route ${JSON.stringify(route satisfies never)}`);
  }
}
