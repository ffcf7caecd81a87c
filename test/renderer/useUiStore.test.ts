// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The route store against the page's real address and history (happy-dom), with the core's client mocked:
 * every route change asks forms with unsaved work first, a refusal changes nothing, and the lock never asks.
 * Loaded by paths tsc does not follow (no DOM library).
 */
const call = vi.fn();
vi.mock('../../renderer/src/lib/api', () => ({ call }));

type Route = Record<string, unknown>;
type UiStore = {
  getState(): {
    route: Route;
    isHeadingFocusDue: boolean;
    navigate(r: Route): void;
    openIncident(ref: string, tab?: string): void;
    setIncidentTab(tab: string): void;
    followAddress(): void;
  };
  setState(state: Record<string, unknown>): void;
};
type IncidentsStore = { getState(): { filter: Record<string, unknown> }; setState(state: Record<string, unknown>): void };

let ui: UiStore;
let initialUi: Record<string, unknown>;
let incidents: IncidentsStore;
let initialIncidents: Record<string, unknown>;
let guardLeaving: (unsaved: () => string | null) => () => void;
let resetAllStores: () => void;

/** The page's window, typed for what these tests touch (the test project is compiled without the DOM library). */
const window = globalThis as unknown as {
  location: { hash: string; search: string };
  history: { length: number; replaceState(data: null, unused: string, url: string): void };
  confirm: (message: string) => boolean;
};

const load = (path: string) => import(/* @vite-ignore */ `../../renderer/src/${path}`) as Promise<Record<string, unknown>>;

beforeAll(async () => {
  const uiModule = await load('stores/useUiStore');
  ui = uiModule.useUiStore as UiStore;
  initialUi = uiModule.initialUiState as Record<string, unknown>;
  const incidentsModule = await load('stores/useIncidentsStore');
  incidents = incidentsModule.useIncidentsStore as IncidentsStore;
  initialIncidents = incidentsModule.initialIncidentsState as Record<string, unknown>;
  guardLeaving = (await load('lib/leaveGuard')).guardLeaving as typeof guardLeaving;
  resetAllStores = (await load('stores/resetStores')).resetAllStores as typeof resetAllStores;
});

const INCIDENT = { page: 'incident', reference: 'INC-2026-0042', tab: 'parties' };
let confirm: ReturnType<typeof vi.fn>;
let unguard: () => void = () => undefined;

beforeEach(() => {
  unguard();
  call.mockReset();
  call.mockResolvedValue({ items: [], total: 0, nextCursor: null });
  ui.setState(initialUi);
  incidents.setState(initialIncidents);
  window.history.replaceState(null, '', '/?token=abc#/dashboard');
  confirm = vi.fn(() => false);
  window.confirm = confirm as unknown as (message: string) => boolean;
});

/** A form on screen with an unsaved note. */
function unsavedNote() {
  unguard = guardLeaving(() => 'a note on INC-2026-0042');
}

describe('the route store', () => {
  it('puts each view in the hash, with a history entry, leaving the token in the query alone', () => {
    const before = window.history.length;
    ui.getState().openIncident('INC-2026-0042', 'parties');
    expect(ui.getState().route).toEqual(INCIDENT);
    expect(window.location.hash).toBe('#/incidents/INC-2026-0042/parties');
    expect(window.location.search).toBe('?token=abc');
    expect(window.history.length).toBe(before + 1);
    expect(ui.getState().isHeadingFocusDue).toBe(true);
  });

  it('asks before leaving unsaved work, and stays, changing nothing, when the officer says no', () => {
    ui.getState().openIncident('INC-2026-0042', 'parties');
    unsavedNote();
    const before = window.history.length;
    ui.getState().navigate({ page: 'register' });
    ui.getState().setIncidentTab('notes');
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(confirm.mock.calls[0]?.[0]).toContain('a note on INC-2026-0042');
    expect(ui.getState().route).toEqual(INCIDENT);
    expect(window.location.hash).toBe('#/incidents/INC-2026-0042/parties');
    expect(window.history.length).toBe(before);
  });

  it('leaves when the officer agrees', () => {
    unsavedNote();
    confirm.mockReturnValue(true);
    ui.getState().navigate({ page: 'settings' });
    expect(confirm).toHaveBeenCalledOnce();
    expect(ui.getState().route).toEqual({ page: 'settings' });
    expect(window.location.hash).toBe('#/settings');
  });

  it('follows an address changed by Back or by hand, once unsaved work agrees', () => {
    window.history.replaceState(null, '', '#/incidents/INC-2026-0042/parties');
    ui.getState().followAddress();
    expect(ui.getState().route).toEqual(INCIDENT);
    expect(confirm).not.toHaveBeenCalled();
  });

  it('puts the address back, without a history entry, when unsaved work refuses an edited address', () => {
    ui.getState().openIncident('INC-2026-0042', 'parties');
    unsavedNote();
    window.history.replaceState(null, '', '#/reports');
    const before = window.history.length;
    ui.getState().followAddress();
    expect(confirm).toHaveBeenCalledOnce();
    expect(ui.getState().route).toEqual(INCIDENT);
    expect(window.location.hash).toBe('#/incidents/INC-2026-0042/parties');
    expect(window.history.length).toBe(before);
  });

  it('shows the dashboard for an address that is no route, and corrects the address', () => {
    ui.getState().navigate({ page: 'reports' });
    window.history.replaceState(null, '', '#/incidents/nonsense');
    ui.getState().followAddress();
    expect(ui.getState().route).toEqual({ page: 'dashboard' });
    expect(window.location.hash).toBe('#/dashboard');
  });

  it('brings a filtered register link’s filter to the register, and writes the register’s filter in its address', () => {
    window.history.replaceState(null, '', '#/register?status=open&q=army.ml');
    ui.getState().followAddress();
    expect(ui.getState().route).toEqual({ page: 'register' });
    expect(incidents.getState().filter).toEqual({
      statuses: ['reported', 'triage', 'investigating', 'contained', 'notifying'],
      kinds: [],
      markings: [],
      text: 'army.ml',
    });
    ui.getState().navigate({ page: 'settings' });
    ui.getState().navigate({ page: 'register' });
    expect(window.location.hash).toBe('#/register?status=open&q=army.ml');
  });

  it('does not ask when the lock clears the screen', () => {
    ui.getState().openIncident('INC-2026-0042', 'parties');
    unsavedNote();
    resetAllStores();
    expect(confirm).not.toHaveBeenCalled();
    expect(ui.getState().route).toEqual({ page: 'dashboard' });
  });
});
