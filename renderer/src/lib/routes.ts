import { INCIDENT_KINDS, INCIDENT_STATUSES, MARKINGS, type IncidentKind, type IncidentStatus, type Marking } from '../../../shared/domain/vocabulary';

export const INCIDENT_TABS = [
  'details',
  'ico',
  'parties',
  'assessment',
  'decisions',
  'notifications',
  'actions',
  'notes',
  'evidence',
  'email',
  'related',
  'history',
] as const;
export type IncidentTab = (typeof INCIDENT_TABS)[number];

/** The register's search and filters, as the register store keeps them. */
export type RegisterFilter = { statuses: IncidentStatus[]; kinds: IncidentKind[]; markings: Marking[]; text: string };

/**
 * Where the officer is, and what the address after `#` says. Routes live in the hash because the
 * packaged app loads `index.html` from a file URL and the shell allows that one file only (any
 * fragment), and because the harness's token sits in the query, which a route must leave alone.
 * An incident is addressed by its reference (INC-2026-0042), which officers read and quote; a party has
 * no reference, so its id. A register route may carry its filter, so a filtered register is a link.
 */
export type Route =
  | { page: 'dashboard' }
  | { page: 'register'; filter?: RegisterFilter }
  | { page: 'newIncident' }
  | { page: 'incident'; reference: string; tab: IncidentTab }
  | { page: 'parties' }
  | { page: 'party'; id: string }
  | { page: 'reports' }
  | { page: 'gatewayImport' }
  | { page: 'lookalikes' }
  | { page: 'settings' }
  | { page: 'retention' }
  | { page: 'accounts' };

const DASHBOARD: Route = { page: 'dashboard' };

/** Pages whose address is one fixed word. */
const PLAIN_PAGES = {
  dashboard: 'dashboard',
  parties: 'parties',
  reports: 'reports',
  gatewayImport: 'gateway',
  lookalikes: 'lookalikes',
  settings: 'settings',
  retention: 'retention',
  accounts: 'accounts',
} as const satisfies Partial<Record<Route['page'], string>>;

const REFERENCE = /^INC-\d{4}-\d{4,}$/i;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OPEN_STATUSES: readonly IncidentStatus[] = INCIDENT_STATUSES.filter((s) => s !== 'closed');

/** The address of a route, `#/…`. */
export function formatRoute(route: Route): string {
  switch (route.page) {
    case 'register':
      return `#/register${registerQuery(route.filter)}`;
    case 'newIncident':
      return '#/incidents/new';
    case 'incident':
      return `#/incidents/${route.reference}${route.tab === 'details' ? '' : `/${route.tab}`}`;
    case 'party':
      return `#/parties/${route.id}`;
    default:
      return `#/${PLAIN_PAGES[route.page]}`;
  }
}

/** The route an address names; anything it cannot read as a route is the dashboard, never an error. */
export function parseRoute(hash: string): Route {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  const queryAt = text.indexOf('?');
  const path = queryAt === -1 ? text : text.slice(0, queryAt);
  const query = queryAt === -1 ? '' : text.slice(queryAt + 1);
  const parts = path.split('/').filter(Boolean).map(decodePart);
  if (parts.some((p) => p === null)) return DASHBOARD;
  const [first, second, third, ...rest] = parts as string[];
  if (first === undefined) return DASHBOARD;
  if (rest.length > 0) return DASHBOARD;
  if (first === 'register') return second === undefined ? { page: 'register', filter: parseRegisterQuery(query) } : DASHBOARD;
  if (first === 'incidents') return parseIncident(second, third);
  if (first === 'parties' && second !== undefined) return third === undefined && GUID.test(second) ? { page: 'party', id: second.toLowerCase() } : DASHBOARD;
  const plain = Object.entries(PLAIN_PAGES).find(([, word]) => word === first);
  return plain && second === undefined ? ({ page: plain[0] } as Route) : DASHBOARD;
}

function parseIncident(reference: string | undefined, tab: string | undefined): Route {
  if (reference === 'new') return tab === undefined ? { page: 'newIncident' } : DASHBOARD;
  if (reference === undefined || !REFERENCE.test(reference)) return DASHBOARD;
  if (tab !== undefined && !isIncidentTab(tab)) return DASHBOARD;
  return { page: 'incident', reference: reference.toUpperCase(), tab: tab ?? 'details' };
}

function isIncidentTab(tab: string): tab is IncidentTab {
  return (INCIDENT_TABS as readonly string[]).includes(tab);
}

function decodePart(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/**
 * `?status=open&kind=cc_exposure&marking=OFFICIAL-SENSITIVE&q=army.ml`; every status but closed reads
 * "open", as the dashboard's "open incidents" count means it. Empty when nothing is filtered.
 */
function registerQuery(filter: RegisterFilter | undefined): string {
  if (!filter) return '';
  const query = new URLSearchParams();
  const isOpen = filter.statuses.length === OPEN_STATUSES.length && OPEN_STATUSES.every((s) => filter.statuses.includes(s));
  for (const status of isOpen ? ['open'] : filter.statuses) query.append('status', status);
  for (const kind of filter.kinds) query.append('kind', kind);
  for (const marking of filter.markings) query.append('marking', marking);
  if (filter.text.trim()) query.set('q', filter.text);
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** Values the register does not know are dropped: a hand-edited link still opens the register. */
function parseRegisterQuery(text: string): RegisterFilter {
  const query = new URLSearchParams(text);
  const statuses = query.getAll('status').flatMap((s): readonly string[] => (s === 'open' ? OPEN_STATUSES : [s]));
  return {
    statuses: known(statuses, INCIDENT_STATUSES),
    kinds: known(query.getAll('kind'), INCIDENT_KINDS),
    markings: known(query.getAll('marking'), MARKINGS),
    text: query.get('q') ?? '',
  };
}

function known<T extends IncidentKind | Marking | IncidentStatus>(values: readonly string[], vocabulary: readonly T[]): T[] {
  return vocabulary.filter((v) => values.includes(v));
}

/** Whether two routes show the same view (a register's filter is the register store's, not the view's). */
export function isSameView(a: Route, b: Route): boolean {
  const withoutFilter = (r: Route) => (r.page === 'register' ? '#/register' : formatRoute(r));
  return withoutFilter(a) === withoutFilter(b);
}
